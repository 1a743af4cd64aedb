package fr.catalogue.api.partner;

import fr.catalogue.partner.PartnerIdentity;

/** The partner behind a token, and the user code of the account acting for it. */
public record PartnerJson(long id, String name, String kind, String siren, String town, String postcode,
                          String website, String userCode) {

    public static PartnerJson of(PartnerIdentity partner) {
        return new PartnerJson(partner.id(), partner.name(), partner.kind().name(), partner.siren(), partner.town(),
                partner.postcode(), partner.website(), partner.userCode());
    }
}
