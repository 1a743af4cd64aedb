package fr.catalogue.partner;

import java.util.List;

/**
 * A partner in the administrators' directory: who it is, how many of its offers are on the
 * catalogue out of all it has (drafts and withdrawn ones included), and the accounts acting for it (R7).
 */
public record DirectoryRow(long id, String name, String siren, PartnerKind kind, String town, long publishedOffers,
                           long offers, List<String> userCodes) {

    public DirectoryRow {
        userCodes = List.copyOf(userCodes);
    }

    /** The user codes, comma-separated (a partner normally has one account). */
    public String userCodesText() {
        return String.join(", ", userCodes);
    }
}
