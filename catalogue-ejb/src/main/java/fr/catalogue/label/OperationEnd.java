package fr.catalogue.label;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The operation's end date (R22: originally 31 December 2008, a setting): the right of use ends
 * at the latest on that day, so it expires from the next day, French time.
 *
 * @param endDate the last day of the operation, or empty when none is set
 */
public record OperationEnd(Optional<LocalDate> endDate) {

    public OperationEnd {
        endDate = endDate == null ? Optional.empty() : endDate;
    }

    /** Whether the operation has ended at {@code now}: the day in France is after the end date. */
    public boolean hasEnded(Instant now) {
        return endDate.map(end -> now.atZone(NoticeLetter.FRANCE).toLocalDate().isAfter(end)).orElse(false);
    }
}
