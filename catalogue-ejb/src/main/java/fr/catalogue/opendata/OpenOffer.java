package fr.catalogue.opendata;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One offer of the public catalogue as the open data files give it. {@code description} is plain
 * text; {@code partnerKind} the kind's stable name ({@code ADVISER}…); {@code departmentCode} the
 * partner's département, derived from its postcode.
 */
public record OpenOffer(long id, String title, String description, String categoryCode, String categoryName,
                        String family, BigDecimal priceExclVat, long partnerId, String partnerName, String partnerKind,
                        String town, String postcode, String departmentCode, String website, Instant publishedAt,
                        Instant updatedAt) {
}
