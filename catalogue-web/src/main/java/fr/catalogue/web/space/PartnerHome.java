package fr.catalogue.web.space;

import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.offer.PartnerOfferRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A partner's landing page: its own offers, and nobody else's (the service decides whose). */
@Named
@RequestScoped
public class PartnerHome {

    @Inject
    private OfferCatalogue catalogue;

    private List<PartnerOfferRow> offers;

    public void load() {
        offers = catalogue.findOwnOffers();
    }

    public List<PartnerOfferRow> getOffers() {
        return offers;
    }
}
