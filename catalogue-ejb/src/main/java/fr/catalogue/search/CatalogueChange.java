package fr.catalogue.search;

import java.util.List;

/**
 * Something that may change what the public catalogue shows: offers published, revised or
 * withdrawn; a partner's right of use or profile (R18: its offers leave or come back); a category's
 * specification brought into force (its offers judged again). Fired in the transaction of the
 * change; the search index follows once it commits ({@code TransactionPhase.AFTER_SUCCESS}).
 */
public record CatalogueChange(List<Long> offerIds, Long partnerId, String categoryCode) {

    public CatalogueChange {
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
    }

    public static CatalogueChange offers(List<Long> offerIds) {
        return new CatalogueChange(offerIds, null, null);
    }

    public static CatalogueChange offer(long offerId) {
        return offers(List.of(offerId));
    }

    public static CatalogueChange partner(long partnerId) {
        return new CatalogueChange(List.of(), partnerId, null);
    }

    public static CatalogueChange category(String categoryCode) {
        return new CatalogueChange(List.of(), null, categoryCode);
    }
}
