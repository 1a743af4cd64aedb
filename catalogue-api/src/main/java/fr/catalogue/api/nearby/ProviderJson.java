package fr.catalogue.api.nearby;

import fr.catalogue.geo.ProviderCard;

/**
 * A provider nearby: {@code kind} is the partner kind's stable name, {@code kindLabel} its French
 * wording; {@code sameDepartment} is false for a provider of a neighbouring département;
 * {@code page} is the partner's public page, relative to the application.
 */
public record ProviderJson(long id, String name, String kind, String kindLabel, String town, String postcode,
                           String department, String departmentName, String website, boolean sameDepartment,
                           String page) {

    static ProviderJson of(ProviderCard card) {
        return new ProviderJson(card.partnerId(), card.name(), card.kind().name(), card.kindLabel(), card.town(),
                card.postcode(), card.department().code(), card.department().name(), card.website(),
                card.sameDepartment(), card.link());
    }
}
