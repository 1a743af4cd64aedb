package fr.catalogue.api.offer;

/** The partner an offer belongs to. */
public record PartnerRefJson(long id, String name) {
}
