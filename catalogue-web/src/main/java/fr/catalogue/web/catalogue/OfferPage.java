package fr.catalogue.web.catalogue;

import fr.catalogue.common.RichText;
import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.partner.Partner;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One published offer ({@code /offre.xhtml?id=…}) as a small business reads it: the label's caption
 * and state (R21), the price in words (R12), the criteria of the specification in force it meets,
 * each explained (R13), the partner's card and pages. An unknown id is a 404 page.
 */
@Named
@RequestScoped
public class OfferPage {

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private SpecificationService specifications;

    @Inject
    private ComparisonBasket basket;

    @Inject
    private FacesContext faces;

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private String id;
    private Offer offer;
    private String descriptionHtml;
    private OfferSheet sheet;

    /** The view action: loads the offer once per request. */
    public void load() throws IOException {
        offer = parseId().flatMap(catalogue::findPublished).orElse(null);
        if (offer == null) {
            faces.getExternalContext().responseSendError(404, "Offre introuvable");
            faces.responseComplete();
            return;
        }
        descriptionHtml = RichText.sanitize(offer.getDescription());
        sheet = OfferSheet.of(offer.content(), specifications.findInForce(offer.getCategory().getCode())
                .map(SpecificationVersion::toRules).orElse(null));
    }

    private Optional<Long> parseId() {
        try {
            return Optional.of(Long.parseLong(id.strip()));
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

    /** The price in words and the criteria of the version in force. */
    public OfferSheet getSheet() {
        return sheet;
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

    /** The caption the partner's label carries (R21). */
    public LabelCaption getCaption() {
        return LabelCaption.of(offer.getPartner().getKind());
    }

    /** The state of the partner's right to the label (GRANTED or WARNED on a public offer). */
    public LabelStatus getLabelStatus() {
        return offer.getPartner().getLabelStatus();
    }

    /** The day since which the partner is in that state, in France. */
    public LocalDate getLabelSince() {
        Partner partner = offer.getPartner();
        return partner.getLabelSince() == null ? null : partner.getLabelSince().atZone(FRANCE).toLocalDate();
    }

    /** The partner's département, from its postcode. */
    public Department getDepartment() {
        return Departments.ofPostcode(offer.getPartner().getPostcode()).orElse(null);
    }

    /** The address comparing this offer (with those being compared, when of the same category). */
    public String getCompareHref() {
        return basket.addHref(offer.getId(), offer.getCategory().getCode());
    }
}
