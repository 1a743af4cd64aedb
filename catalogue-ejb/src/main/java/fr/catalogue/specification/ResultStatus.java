package fr.catalogue.specification;

/** The outcome of one criterion for one offer: met, not met, or not stated by the partner. */
public enum ResultStatus {
    PASS,
    FAIL,
    MISSING
}
