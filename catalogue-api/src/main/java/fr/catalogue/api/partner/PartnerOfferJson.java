package fr.catalogue.api.partner;

import fr.catalogue.offer.OwnOffer;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
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
        return new PartnerOfferJson(offer.id(), offer.categoryCode(), offer.categoryName(), offer.title(),
                offer.description(), offer.priceExclVat(), pricing(offer.pricing()),
                new LinkedHashMap<>(offer.attributes()), services(offer.services()), List.copyOf(offer.links()),
                offer.status().name(), offer.publishedAt(), offer.updatedAt(), offer.version());
    }

    static Map<String, PriceJson> pricing(Map<String, PriceComponent> components) {
        Map<String, PriceJson> pricing = new LinkedHashMap<>();
        components.forEach((key, c) -> pricing.put(key, new PriceJson(c.amount(), c.unit(), c.description())));
        return pricing;
    }

    static Map<String, String> services(Map<String, ServiceCoverage> coverages) {
        Map<String, String> services = new LinkedHashMap<>();
        coverages.forEach((key, coverage) -> services.put(key, coverage.name()));
        return services;
    }
}
