package fr.catalogue.web.contact;

import fr.catalogue.contact.PublicPartner;
import fr.catalogue.contact.PublicPartners;
import fr.catalogue.contact.ViewStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.Instant;

/**
 * The public page of a partner ({@code /partenaire.xhtml?id=…}, R24): its card, offers, ratings and
 * published comments; unknown or without the right of use, a 404 page. Each view is counted.
 */
@Named
@RequestScoped
public class PublicPartnerPage {

    @Inject
    private PublicPartners partners;

    @Inject
    private ViewStatistics statistics;

    private String id;
    private PublicPartner partner;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        partner = Requests.id(id).flatMap(partners::find).orElse(null);
        if (partner == null) {
            Requests.notFound(faces, "Fournisseur introuvable");
            return;
        }
        if (!faces.isPostback()) {
            statistics.countPartnerView(partner.card().id(), Requests.userAgent(faces));
        }
    }

    /** A day as seen in France, for a comment's date. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(ZoneId.of("Europe/Paris")).toLocalDate();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PublicPartner getPartner() { return partner; }
}
