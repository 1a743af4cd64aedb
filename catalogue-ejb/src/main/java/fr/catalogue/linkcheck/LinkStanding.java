package fr.catalogue.linkcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an address stands after its checks (R15): its latest verdict, and whether its
 * non-conformity is confirmed. One failed check is not enough to blame a partner (a site may be
 * down for an hour): "a link found non-conforming in two checks at least 24 hours apart becomes a
 * non-conformity for the review". So:
 * <ul>
 * <li>a {@link LinkVerdict#CONFORM} check ends the streak of non-conforming checks, and any confirmation;</li>
 * <li>an {@link LinkVerdict#INDETERMINATE} check neither starts nor ends a streak (nothing was proven);</li>
 * <li>a {@link LinkVerdict#NON_CONFORM} check starts a streak, or confirms it when the streak began
 * at least {@code confirmAfter} earlier;</li>
 * <li>a check that ended before the latest one known (a slow run finishing late) changes nothing.</li>
 * </ul>
 * Plain Java, no container: the service stores what {@link #after} returns.
 *
 * @param verdict the verdict of the latest check
 * @param checkedAt when the latest check ended
 * @param nonConformSince when the first NON_CONFORM check of the current streak ended; null when no streak
 * @param confirmedAt when the streak became a confirmed non-conformity; null when it is not one
 */
public record LinkStanding(LinkVerdict verdict, Instant checkedAt, Instant nonConformSince, Instant confirmedAt) {

    public LinkStanding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (confirmedAt != null && nonConformSince == null) {
            throw new IllegalArgumentException("A confirmed non-conformity has a streak");
        }
    }

    /** The standing of an address after its first check. */
    public static LinkStanding first(LinkVerdict verdict, Instant checkedAt) {
        return new LinkStanding(verdict, checkedAt, verdict == LinkVerdict.NON_CONFORM ? checkedAt : null, null);
    }

    /**
     * The standing after one more check.
     *
     * @param previous the standing before, null when the address was never checked
     * @param confirmAfter the least time between the first and a later NON_CONFORM check of a streak
     *        for it to be confirmed ({@code catalogue.linkcheck.confirm-after}, 24 hours by default)
     */
    public static LinkStanding after(LinkStanding previous, LinkVerdict verdict, Instant checkedAt,
            Duration confirmAfter) {
        Objects.requireNonNull(confirmAfter, "confirmAfter");
        if (confirmAfter.isNegative()) {
            throw new IllegalArgumentException("confirmAfter must not be negative");
        }
        if (previous == null) {
            return first(verdict, checkedAt);
        }
        if (checkedAt.isBefore(previous.checkedAt)) {
            return previous; // older than what is known: history only
        }
        return switch (verdict) {
            case CONFORM -> new LinkStanding(verdict, checkedAt, null, null);
            case INDETERMINATE -> new LinkStanding(verdict, checkedAt, previous.nonConformSince, previous.confirmedAt);
            case NON_CONFORM -> {
                if (previous.nonConformSince == null) {
                    yield new LinkStanding(verdict, checkedAt, checkedAt, null);
                }
                Instant confirmed = previous.confirmedAt != null ? previous.confirmedAt
                        : !checkedAt.isBefore(previous.nonConformSince.plus(confirmAfter)) ? checkedAt : null;
                yield new LinkStanding(verdict, checkedAt, previous.nonConformSince, confirmed);
            }
        };
    }

    /** Whether the address is a confirmed non-conformity for the review. */
    public boolean confirmed() {
        return confirmedAt != null;
    }
}
