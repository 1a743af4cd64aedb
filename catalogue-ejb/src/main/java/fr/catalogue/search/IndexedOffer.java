package fr.catalogue.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What the index holds of one offer shown by the catalogue, read from the database in one pass:
 * the offer, its category, its partner (name, town, postcode, kind) and the attributes it declares.
 *
 * @param description the description as plain text (the partner's HTML stripped)
 * @param attributes criterion key to the value the partner typed
 */
public record IndexedOffer(long id, String title, String description, String categoryCode, String categoryName,
                           String family, long partnerId, String partnerName, String partnerTown, String postcode,
                           String kind, BigDecimal priceExclVat, Instant publishedAt, Map<String, String> attributes) {

    public IndexedOffer {
        description = description == null ? "" : description;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
