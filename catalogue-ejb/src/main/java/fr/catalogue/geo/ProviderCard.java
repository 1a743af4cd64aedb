package fr.catalogue.geo;

import fr.catalogue.partner.PartnerKind;

/**
 * A competence centre or adviser near a visitor (R25), as a card: who, what kind, where, its site,
 * and whether it is of the visitor's own département or of a neighbouring one.
 *
 * @param website the partner's declared site (may be null)
 * @param sameDepartment {@code true} in the visitor's département, {@code false} in a neighbouring one
 */
public record ProviderCard(long partnerId, String name, PartnerKind kind, String town, String postcode,
                           Department department, String website, boolean sameDepartment) {

    /** The kind in French ("Centre de compétences TPE informatique"). */
    public String kindLabel() {
        return kind.label();
    }

    /** The website, only when it is an http(s) address (nothing else becomes a link). */
    public String safeWebsite() {
        return website != null && website.matches("(?i)https?://\\S+") ? website : null;
    }

    /** The partner's public page, relative to the application. */
    public String link() {
        return "/partenaire.xhtml?id=" + partnerId;
    }
}
