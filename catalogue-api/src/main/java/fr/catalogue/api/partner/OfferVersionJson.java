package fr.catalogue.api.partner;

import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.OfferVersionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published version of an offer, kept as evidence (R14): when it was on the catalogue
 * ({@code until} null: it is now), the specification version it was judged against, and what it said.
 */
public record OfferVersionJson(int number, Instant publishedAt, Instant until, int specificationVersion,
                               ContentJson content) {

    /** The offer as published, in the shape of the body of POST and PUT. */
    public record ContentJson(String category, String title, String description, BigDecimal priceExclVat,
                              Map<String, PartnerOfferJson.PriceJson> pricing, Map<String, String> attributes,
                              Map<String, String> services, List<String> links) {
    }

    public static OfferVersionJson of(OfferVersionView version) {
        OfferInput content = version.content();
        return new OfferVersionJson(version.number(), version.publishedAt(), version.until(),
                version.specificationVersion(), new ContentJson(content.categoryCode(), content.title(),
                        content.description(), content.priceExclVat(), PartnerOfferJson.pricing(content.pricing()),
                        new LinkedHashMap<>(content.attributes()), PartnerOfferJson.services(content.services()),
                        List.copyOf(content.links())));
    }
}
