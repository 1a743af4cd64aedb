package fr.catalogue.campaign;

/** Where a review finding comes from. */
public enum FindingSource {
    /** The campaign's automatic checks, when it opened. */
    AUTOMATIC("Contrôle automatique"),
    /** A reviewer. */
    MANUAL("Relecteur"),
    /** A referral by a partner or a visitor, triaged by a reviewer (R20). */
    REFERRAL("Signalement");

    private final String label;

    FindingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
