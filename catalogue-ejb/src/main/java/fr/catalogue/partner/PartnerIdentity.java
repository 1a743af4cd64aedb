package fr.catalogue.partner;

/** Who a partner is, as the partner itself sees it: its identity and the account acting for it. */
public record PartnerIdentity(long id, String name, PartnerKind kind, String siren, String town, String postcode,
                              String website, String userCode) {
}
