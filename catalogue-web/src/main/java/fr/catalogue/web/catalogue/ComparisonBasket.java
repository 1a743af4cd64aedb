package fr.catalogue.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The offers a visitor is comparing, remembered in the session once a comparison has been shown,
 * so that "Comparer" on another offer of the same category adds it to them. The comparison itself
 * is always the address {@code /comparer.xhtml?offres=…}; reading the basket never creates a
 * session (the search page stays session-free).
 */
@Named
@RequestScoped
public class ComparisonBasket {

    static final String ATTRIBUTE = "fr.catalogue.comparison";

    /** What the session keeps: the category compared and the offers, in order. */
    record Kept(String categoryCode, List<Long> ids) implements Serializable {
    }

    @Inject
    private FacesContext faces;

    private Kept kept;
    private boolean read;

    private Kept kept() {
        if (!read) {
            read = true;
            ExternalContext external = faces.getExternalContext();
            if (external.getSession(false) != null && external.getSessionMap().get(ATTRIBUTE) instanceof Kept found) {
                kept = found;
            }
        }
        return kept;
    }

    /** Remembers the comparison just shown (creates the session). */
    public void remember(String categoryCode, Comparison comparison) {
        kept = new Kept(categoryCode, comparison.ids());
        read = true;
        faces.getExternalContext().getSessionMap().put(ATTRIBUTE, kept);
    }

    /** The number of offers being compared. */
    public int getSize() {
        return kept() == null ? 0 : kept().ids().size();
    }

    /** The address of the comparison being made, or null when there is none. */
    public String getHref() {
        return getSize() == 0 ? null : href(selection());
    }

    private Comparison selection() {
        Comparison comparison = Comparison.empty();
        if (kept() != null) {
            for (long id : kept().ids()) {
                comparison = comparison.with(id);
            }
        }
        return comparison;
    }

    /**
     * The address comparing an offer with those being compared, when they are of its category;
     * otherwise a new comparison starting with it.
     */
    public String addHref(long offerId, String categoryCode) {
        Comparison comparison = kept() != null && kept().categoryCode().equals(categoryCode)
                ? selection() : Comparison.empty();
        return href(comparison.with(offerId));
    }

    /** Whether the offer is among those being compared. */
    public boolean contains(long offerId) {
        return kept() != null && kept().ids().contains(offerId);
    }

    private String href(Comparison comparison) {
        return faces.getExternalContext().getRequestContextPath() + "/comparer.xhtml?offres=" + comparison.param();
    }
}
