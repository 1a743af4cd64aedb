package fr.catalogue.label;

/**
 * Where a notice stands (R18). A notice is open until it is {@link #ACCEPTED} or the right is
 * {@link #WITHDRAWN} at its deadline.
 */
public enum NoticeStatus {
    /** Sent, not yet acknowledged nor presumed received. */
    SENT("Envoyé"),
    /** Received (acknowledged or presumed): the fifteen days run. */
    RECEIVED("Reçu"),
    /** The partner answered; a reviewer is to decide. */
    ANSWERED("Réponse reçue"),
    /** The correction is accepted: the notice is closed and the right back to GRANTED. */
    ACCEPTED("Correction acceptée"),
    /** The answer is not enough: the partner may answer again until the deadline. */
    REJECTED("Correction refusée"),
    /** The deadline passed without an accepted correction: the right was withdrawn. */
    WITHDRAWN("Droit retiré");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the notice still runs (neither accepted nor ended by the withdrawal). */
    public boolean isOpen() {
        return this != ACCEPTED && this != WITHDRAWN;
    }
}
