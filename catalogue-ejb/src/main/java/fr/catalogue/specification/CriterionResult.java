package fr.catalogue.specification;

/**
 * How an offer fares on one criterion.
 *
 * @param key the criterion's key
 * @param label the criterion's label
 * @param status met, not met, or not stated
 * @param mandatory whether a FAIL or MISSING here keeps the offer out of the catalogue (R11)
 * @param message for partners and reviewers, in French, starting with the label
 */
public record CriterionResult(String key, String label, ResultStatus status, boolean mandatory, String message) {

    public CriterionResult {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A result needs the criterion's key");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A result needs the criterion's label");
        }
        if (status == null) {
            throw new IllegalArgumentException("A result needs a status");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A result needs a message");
        }
    }

    /** Whether this result keeps the offer from being published (R11): mandatory and not met. */
    public boolean isBlocking() {
        return mandatory && status != ResultStatus.PASS;
    }
}
