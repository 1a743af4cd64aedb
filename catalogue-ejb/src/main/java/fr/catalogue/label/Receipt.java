package fr.catalogue.label;

/** How the receipt of a notice is established (R18). */
public enum Receipt {
    /** The partner acknowledged it in its space. */
    ACKNOWLEDGED,
    /** Not acknowledged: presumed received a set number of days after sending. */
    PRESUMED
}
