package fr.catalogue.geo;

import java.util.List;

/** The place understood and the providers found there, the visitor's département first (R25). */
public record Nearby(Place place, List<ProviderCard> providers) {

    public Nearby {
        providers = List.copyOf(providers);
    }
}
