package fr.catalogue.label;

/** What happens to a partner's right of use (R18, R22), each moving it along {@link LabelRight}. */
public enum LabelEvent {
    /** A notice was issued after a review (R17, R18). */
    WARN,
    /** A reviewer accepted the correction the notice asked for (R18). */
    ACCEPT_CORRECTION,
    /** Fifteen days after receipt of the notice, without an accepted correction (R18). */
    WITHDRAW,
    /** The operation's end date has passed (R22). */
    EXPIRE,
    /** An administrator's decision, with a reason, to give the right back. */
    REINSTATE
}
