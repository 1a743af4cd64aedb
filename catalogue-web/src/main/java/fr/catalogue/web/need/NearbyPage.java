package fr.catalogue.web.need;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.geo.Nearby;
import fr.catalogue.geo.NearbyProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Providers nearby (R25), {@code /pres-de-chez-vous.xhtml?ou=…}: a plain GET form, so that the
 * address of a search can be kept and shared.
 */
@Named
@RequestScoped
public class NearbyPage {

    @Inject
    private NearbyProviders providers;

    private String where;
    private Nearby nearby;
    private String refusal;

    /** The view action: looks once per request, when a place was given. */
    public void load() {
        if (where == null || where.isBlank()) {
            return;
        }
        try {
            nearby = providers.around(where);
        } catch (InvalidInputException e) {
            refusal = e.getMessage();
        }
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    /** What was found, or null before a search or when the place was refused. */
    public Nearby getNearby() {
        return nearby;
    }

    /** Why the place was refused (French), or null. */
    public String getRefusal() {
        return refusal;
    }
}
