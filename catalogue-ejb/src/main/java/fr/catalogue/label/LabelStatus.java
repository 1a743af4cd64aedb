package fr.catalogue.label;

/** The state of a partner's right to use the label's name and logo (R18, R22). */
public enum LabelStatus {
    /** From validation and acceptance of the terms, or reinstated by an administrator. */
    GRANTED("Accordé"),
    /** A notice is open: the right is kept until the correction deadline (R18). */
    WARNED("Averti"),
    /** Not corrected within fifteen days of receiving the notice (R18). */
    WITHDRAWN("Retiré"),
    /** The operation's end date has passed (R22). */
    EXPIRED("Expiré");

    private final String label;

    LabelStatus(String label) {
        this.label = label;
    }

    /** The French name shown to users. */
    public String label() {
        return label;
    }

    /** Whether a partner in this state may use the name and logo (its offers are public, its downloads served). */
    public boolean holdsRight() {
        return this == GRANTED || this == WARNED;
    }
}
