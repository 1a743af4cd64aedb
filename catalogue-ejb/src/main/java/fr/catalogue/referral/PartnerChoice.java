package fr.catalogue.referral;

/** A partner one may report, as the form lists it. */
public record PartnerChoice(long id, String name) {
}
