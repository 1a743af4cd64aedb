package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An offer as its owner (or an administrator acting for it, R7) sees it, whatever its status.
 *
 * @param version the optimistic lock version: give it back when saving, so that a change made
 *        meanwhile by someone else is not silently overwritten
 */
public record OwnOffer(long id, long partnerId, String partnerName, String categoryCode, String categoryName,
        String title, String description, BigDecimal priceExclVat, Map<String, String> attributes,
        Map<String, PriceComponent> pricing, Map<String, ServiceCoverage> services, List<String> links,
        OfferStatus status, Instant publishedAt, Instant updatedAt, long version) {

    /** What the offer holds, as it would be submitted again. */
    public OfferInput content() {
        return new OfferInput(categoryCode, title, description, priceExclVat, attributes, pricing, services, links);
    }
}
