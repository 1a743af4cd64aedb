package fr.catalogue.web.catalogue;

import fr.catalogue.common.RichText;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferCatalogue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** One published offer ({@code /offre.xhtml?id=…}); an unknown id is a 404 page. */
@Named
@RequestScoped
public class OfferPage {

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private FacesContext faces;

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private String id;
    private Offer offer;
    private String descriptionHtml;

    /** The view action: loads the offer once per request. */
    public void load() throws IOException {
        offer = parseId().flatMap(catalogue::findPublished).orElse(null);
        if (offer == null) {
            faces.getExternalContext().responseSendError(404, "Offre introuvable");
            faces.responseComplete();
            return;
        }
        descriptionHtml = RichText.sanitize(offer.getDescription());
    }

    private Optional<Long> parseId() {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }

    /**
     * The partner's description, sanitised by an allow-list (OWASP): the only text of the page shown
     * unescaped. Plain text keeps its line breaks through the style sheet.
     */
    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    /** The publication day as seen in France (the server keeps UTC instants). */
    public LocalDate getPublishedOn() {
        return offer == null || offer.getPublishedAt() == null ? null
                : offer.getPublishedAt().atZone(FRANCE).toLocalDate();
    }
}
