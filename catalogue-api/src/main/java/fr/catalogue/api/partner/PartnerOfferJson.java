package fr.catalogue.api.partner;

import fr.catalogue.offer.OwnOffer;
import fr.catalogue.specification.PriceComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An offer as its partner sees it, whatever its status; the same shape as the body of POST and
 * PUT, plus what the server keeps ({@code id}, {@code status}, dates, {@code version}).
 */
public record PartnerOfferJson(long id, String category, String categoryName, String title, String description,
                               BigDecimal priceExclVat, Map<String, PriceJson> pricing, Map<String, String> attributes,
                               Map<String, String> services, List<String> links, String status, Instant publishedAt,
                               Instant updatedAt, long version) {

    /** A component of the price (R12): an amount of 0 means included, null means not stated as a figure. */
    public record PriceJson(BigDecimal amount, String unit, String description) {
    }

    public static PartnerOfferJson of(OwnOffer offer) {
        Map<String, PriceJson> pricing = new LinkedHashMap<>();
        offer.pricing().forEach((key, component) -> pricing.put(key, price(component)));
        Map<String, String> services = new LinkedHashMap<>();
        offer.services().forEach((key, coverage) -> services.put(key, coverage.name()));
        return new PartnerOfferJson(offer.id(), offer.categoryCode(), offer.categoryName(), offer.title(),
                offer.description(), offer.priceExclVat(), pricing, new LinkedHashMap<>(offer.attributes()), services,
                List.copyOf(offer.links()), offer.status().name(), offer.publishedAt(), offer.updatedAt(),
                offer.version());
    }

    private static PriceJson price(PriceComponent component) {
        return new PriceJson(component.amount(), component.unit(), component.description());
    }
}
