package fr.catalogue.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.BusinessException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every allowed and every refused transition of the right of use (R18, R22). */
class LabelRightTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    /** The whole table: event → (from → to); every pair not listed is refused. */
    private static final Map<LabelEvent, Map<LabelStatus, LabelStatus>> ALLOWED = new EnumMap<>(Map.of(
            LabelEvent.WARN, Map.of(LabelStatus.GRANTED, LabelStatus.WARNED),
            LabelEvent.ACCEPT_CORRECTION, Map.of(LabelStatus.WARNED, LabelStatus.GRANTED),
            LabelEvent.WITHDRAW, Map.of(LabelStatus.WARNED, LabelStatus.WITHDRAWN),
            LabelEvent.EXPIRE, Map.of(LabelStatus.GRANTED, LabelStatus.EXPIRED, LabelStatus.WARNED, LabelStatus.EXPIRED),
            LabelEvent.REINSTATE, Map.of(LabelStatus.WITHDRAWN, LabelStatus.GRANTED, LabelStatus.EXPIRED, LabelStatus.GRANTED)));

    @ParameterizedTest
    @EnumSource(LabelEvent.class)
    void eachEventMovesExactlyTheStatesOfTheTable(LabelEvent event) {
        for (LabelStatus from : LabelStatus.values()) {
            LabelStatus expected = ALLOWED.get(event).get(from);
            if (expected == null) {
                assertFalse(LabelRight.allows(from, event), from + " " + event);
                BusinessException refused = assertThrows(BusinessException.class,
                        () -> LabelRight.apply(from, event, AT, "reviewer", "motif"), from + " " + event);
                assertTrue(refused.getMessage().contains(from.label()), refused.getMessage());
            } else {
                LabelRight.Step step = LabelRight.apply(from, event, AT, "reviewer", "  motif  ");
                assertEquals(expected, step.to(), from + " " + event);
                assertEquals(from, step.from());
                assertEquals(event, step.event());
                assertEquals(AT, step.at());
                assertEquals("reviewer", step.actor());
                assertEquals("motif", step.reason());
            }
        }
    }

    @Test
    void warnedPartnerIsWithdrawnAtTheDeadlineNotAGrantedOne() {
        assertEquals(LabelStatus.WITHDRAWN, LabelRight.target(LabelStatus.WARNED, LabelEvent.WITHDRAW));
        assertEquals(null, LabelRight.target(LabelStatus.GRANTED, LabelEvent.WITHDRAW));
    }

    @Test
    void reinstatementNeedsAReason() {
        assertThrows(BusinessException.class,
                () -> LabelRight.apply(LabelStatus.WITHDRAWN, LabelEvent.REINSTATE, AT, "admin", "  "));
        assertThrows(BusinessException.class,
                () -> LabelRight.apply(LabelStatus.EXPIRED, LabelEvent.REINSTATE, AT, "admin", null));
        assertThrows(BusinessException.class, () -> LabelRight.apply(LabelStatus.EXPIRED, LabelEvent.REINSTATE, AT,
                "admin", "x".repeat(LabelRight.REASON_LENGTH + 1)));
    }

    @Test
    void onlyGrantedAndWarnedHoldTheRight() {
        assertTrue(LabelStatus.GRANTED.holdsRight());
        assertTrue(LabelStatus.WARNED.holdsRight());
        assertFalse(LabelStatus.WITHDRAWN.holdsRight());
        assertFalse(LabelStatus.EXPIRED.holdsRight());
    }
}
