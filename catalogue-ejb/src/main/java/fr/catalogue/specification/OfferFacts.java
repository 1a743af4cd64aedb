package fr.catalogue.specification;

import java.util.HashMap;
import java.util.Map;

/**
 * What a partner declares about an offer, as the engine reads it: attribute values as typed
 * ("8 Go", "oui", "USB; HDMI"), the components of the price (R12) and, for a competence centre, how
 * it covers each service of Annex 3 (R9). Keys are criterion keys.
 *
 * <p>Null maps are empty; an entry with a null value is not stated and is left out. The maps are
 * unmodifiable copies without order: two facts with the same entries are equal, whatever the order
 * in which they were given.
 */
public record OfferFacts(Map<String, String> attributes, Map<String, PriceComponent> pricing,
        Map<String, ServiceCoverage> services) {

    public OfferFacts {
        attributes = copy("attribute", attributes);
        pricing = copy("price component", pricing);
        services = copy("service", services);
    }

    /** Facts with attributes only, no pricing nor services. */
    public static OfferFacts ofAttributes(Map<String, String> attributes) {
        return new OfferFacts(attributes, null, null);
    }

    private static <V> Map<String, V> copy(String what, Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, V> stated = new HashMap<>();
        map.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("An offer's " + what + " needs a key: \"" + key + "\"");
            }
            if (value != null) {
                stated.put(key, value);
            }
        });
        return Map.copyOf(stated);
    }
}
