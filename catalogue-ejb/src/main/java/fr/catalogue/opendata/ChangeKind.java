package fr.catalogue.opendata;

/** What happened to an offer of the public catalogue, as the change feed tells it. */
public enum ChangeKind {
    /** The offer's first version was published (R14). */
    ADDED("Nouvelle offre"),
    /** A new version of the offer was published, replacing the previous one (R14). */
    CHANGED("Offre modifiée"),
    /** The partner withdrew the offer. */
    WITHDRAWN("Offre retirée"),
    /** The partner lost the label's right of use (withdrawn or expired, R18, R22): its offers left the catalogue. */
    RIGHT_LOST("Offre retirée : droit d'usage du label perdu"),
    /** The partner's right was reinstated: its published offers are back. */
    RIGHT_BACK("Offre de retour : droit d'usage du label rétabli");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The French wording of the feed. */
    public String label() {
        return label;
    }
}
