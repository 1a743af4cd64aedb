package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a partner submits for an offer: its category, texts and price, and the facts the
 * conformance engine judges (attributes by criterion key, structured price R12, Annex 3 services
 * R9), with links to pages of the partner's own site (R15). Maps and list may be empty, never null
 * after the compact constructor; they keep the order given and cannot be changed. The values are
 * checked by {@link OfferRules}, not here: a draft may hold anything the rules accept.
 */
public record OfferInput(String categoryCode, String title, String description, BigDecimal priceExclVat,
        Map<String, String> attributes, Map<String, PriceComponent> pricing,
        Map<String, ServiceCoverage> services, List<String> links) {

    public OfferInput {
        attributes = frozen(attributes);
        pricing = frozen(pricing);
        services = frozen(services);
        links = links == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(links));
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
