package fr.catalogue.contact;

/** A partner as its public page introduces it: no personal data of its staff. */
public record PartnerCard(long id, String name, String kindLabel, String town, String postcode, String department,
        String website, String caption, String labelState) {
}
