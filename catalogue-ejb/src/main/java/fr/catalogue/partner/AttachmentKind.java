package fr.catalogue.partner;

/** The supporting documents of an application or a profile (R8). */
public enum AttachmentKind {
    INSURANCE("Attestation d'assurance responsabilité civile professionnelle", true),
    SOCIAL_CONTRIBUTIONS("Attestation de paiement des cotisations sociales (URSSAF)", true),
    RCS_EXTRACT("Extrait d'inscription au RCS (Kbis)", false),
    OTHER("Autre document", false);

    private final String label;
    private final boolean expires;

    AttachmentKind(String label, boolean expires) {
        this.label = label;
        this.expires = expires;
    }

    public String label() {
        return label;
    }

    /** Whether the document is a certificate valid until a date, which must be given. */
    public boolean expires() {
        return expires;
    }

    /** The certificates a competence centre must send (R8). */
    public static java.util.Set<AttachmentKind> requiredOfCompetenceCentres() {
        return java.util.EnumSet.of(INSURANCE, SOCIAL_CONTRIBUTIONS);
    }
}
