package fr.catalogue.linkcheck;

import static fr.catalogue.linkcheck.LinkVerdict.CONFORM;
import static fr.catalogue.linkcheck.LinkVerdict.INDETERMINATE;
import static fr.catalogue.linkcheck.LinkVerdict.NON_CONFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkStandingTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant T0 = Instant.parse("2026-11-23T03:30:00Z");

    private static Instant hours(double h) {
        return T0.plusSeconds(Math.round(h * 3600));
    }

    private static LinkStanding after(LinkStanding previous, LinkVerdict verdict, double h) {
        return LinkStanding.after(previous, verdict, hours(h), DAY);
    }

    @Test
    void aFirstNonConformCheckStartsAStreakWithoutConfirmingIt() {
        LinkStanding standing = after(null, NON_CONFORM, 0);
        assertEquals(NON_CONFORM, standing.verdict());
        assertEquals(T0, standing.nonConformSince());
        assertFalse(standing.confirmed());
    }

    @Test
    void aFirstConformOrIndeterminateCheckStartsNoStreak() {
        assertNull(after(null, CONFORM, 0).nonConformSince());
        assertNull(after(null, INDETERMINATE, 0).nonConformSince());
        assertFalse(after(null, INDETERMINATE, 0).confirmed());
    }

    @Test
    void twoNonConformChecksLessThanADayApartAreNotConfirmed() {
        LinkStanding standing = after(after(null, NON_CONFORM, 0), NON_CONFORM, 23.99);
        assertFalse(standing.confirmed());
        assertEquals(T0, standing.nonConformSince(), "the streak still starts at the first check");
    }

    @Test
    void twoNonConformChecksExactlyADayApartAreConfirmedAtTheSecond() {
        LinkStanding standing = after(after(null, NON_CONFORM, 0), NON_CONFORM, 24);
        assertTrue(standing.confirmed());
        assertEquals(hours(24), standing.confirmedAt());
    }

    @Test
    void theConfirmationCountsFromTheFirstCheckOfTheStreakNotTheLatest() {
        LinkStanding standing = after(null, NON_CONFORM, 0);
        standing = after(standing, NON_CONFORM, 12);
        standing = after(standing, NON_CONFORM, 20);
        assertFalse(standing.confirmed());
        standing = after(standing, NON_CONFORM, 25);
        assertTrue(standing.confirmed());
        assertEquals(hours(25), standing.confirmedAt());
        LinkStanding later = after(standing, NON_CONFORM, 50);
        assertEquals(hours(25), later.confirmedAt(), "confirmed once, the date stays");
    }

    @Test
    void aConformCheckEndsTheStreakSoTheNextFailureStartsAgain() {
        LinkStanding standing = after(after(null, NON_CONFORM, 0), CONFORM, 10);
        assertNull(standing.nonConformSince());
        standing = after(standing, NON_CONFORM, 30);
        assertEquals(hours(30), standing.nonConformSince());
        assertFalse(standing.confirmed(), "0 h and 30 h are a day apart, but a conform check came between");
    }

    @Test
    void aConformCheckEndsAConfirmedNonConformity() {
        LinkStanding confirmed = after(after(null, NON_CONFORM, 0), NON_CONFORM, 24);
        LinkStanding repaired = after(confirmed, CONFORM, 30);
        assertEquals(CONFORM, repaired.verdict());
        assertFalse(repaired.confirmed());
        assertNull(repaired.nonConformSince());
    }

    @Test
    void anIndeterminateCheckNeitherStartsNorEndsAStreak() {
        LinkStanding standing = after(null, INDETERMINATE, 0);
        standing = after(standing, NON_CONFORM, 1);
        assertEquals(hours(1), standing.nonConformSince(), "the indeterminate check did not start it");
        standing = after(standing, INDETERMINATE, 12);
        assertEquals(INDETERMINATE, standing.verdict());
        assertEquals(hours(1), standing.nonConformSince(), "nor ended it");
        standing = after(standing, NON_CONFORM, 25);
        assertTrue(standing.confirmed());
    }

    @Test
    void anIndeterminateCheckKeepsAConfirmation() {
        LinkStanding confirmed = after(after(null, NON_CONFORM, 0), NON_CONFORM, 24);
        LinkStanding standing = after(confirmed, INDETERMINATE, 30);
        assertTrue(standing.confirmed());
        assertEquals(INDETERMINATE, standing.verdict());
        assertEquals(hours(30), standing.checkedAt());
    }

    @Test
    void aCheckOlderThanTheLatestChangesNothing() {
        LinkStanding standing = after(after(null, NON_CONFORM, 0), CONFORM, 30);
        assertSame(standing, after(standing, NON_CONFORM, 25));
    }

    @Test
    void aShorterConfirmationDelayIsHonoured() {
        LinkStanding standing = LinkStanding.after(LinkStanding.first(NON_CONFORM, T0), NON_CONFORM, hours(1),
                Duration.ofHours(1));
        assertTrue(standing.confirmed());
    }

    @Test
    void refusesAConfirmationWithoutAStreakAndANegativeDelay() {
        assertThrows(IllegalArgumentException.class, () -> new LinkStanding(NON_CONFORM, T0, null, T0));
        assertThrows(IllegalArgumentException.class,
                () -> LinkStanding.after(null, NON_CONFORM, T0, Duration.ofHours(-1)));
    }
}
