package fr.catalogue.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipt, deadline, answer and decision of a notice (R18). */
class NoticeTest {

    private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration PRESUMED_AFTER = Duration.ofDays(4);

    private static Notice sent() {
        return Notice.send(7L, 3L, List.of(new NoticeItem(11L, 21L, "SPECIFICATION", "Débit absent", "Indiquer le débit")),
                SENT);
    }

    private static Instant day(int days) {
        return SENT.plus(Duration.ofDays(days));
    }

    @Test
    void aNoticeListsAtLeastOneItem() {
        assertThrows(BusinessException.class, () -> Notice.send(7L, null, List.of(), SENT));
        Notice notice = sent();
        assertEquals(NoticeStatus.SENT, notice.getStatus());
        assertEquals("Indiquer le débit", notice.getItems().get(0).requiredChange());
    }

    @Test
    void acknowledgementStartsTheFifteenDays() {
        Notice notice = sent();
        assertTrue(notice.acknowledge(day(2)));
        assertEquals(Receipt.ACKNOWLEDGED, notice.getReceipt());
        assertEquals(day(2), notice.getReceivedAt());
        // received on 4 November: may correct until the end of 19 November, the right goes at midnight in Paris
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), notice.getDeadline());
        assertEquals(java.time.LocalDate.parse("2026-11-19"), notice.lastDay());
        assertFalse(notice.acknowledge(day(3)), "a second acknowledgement changes nothing");
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), notice.getDeadline());
    }

    @Test
    void withoutAcknowledgementReceiptIsPresumedAfterTheSetDelayFromSending() {
        Notice notice = sent();
        assertFalse(notice.presumeReceipt(day(3), PRESUMED_AFTER));
        assertEquals(NoticeStatus.SENT, notice.getStatus());
        assertTrue(notice.presumeReceipt(day(6), PRESUMED_AFTER));
        assertEquals(Receipt.PRESUMED, notice.getReceipt());
        assertEquals(day(4), notice.getReceivedAt(), "presumed at sending + delay, not when the timer ran");
        assertEquals(Instant.parse("2026-11-21T23:00:00Z"), notice.getDeadline(), "end of 6 + 15 = 21 November");
        assertFalse(notice.acknowledge(day(7)), "acknowledging later does not move the deadline");
    }

    @Test
    void theDeadlinePassesTheDayAfterTheFifteenth() {
        Notice notice = sent();
        notice.acknowledge(SENT);
        assertFalse(notice.isPastDeadline(day(15)));
        assertFalse(notice.isPastDeadline(Instant.parse("2026-11-17T22:59:59Z")), "the last minute of day 15");
        assertTrue(notice.isPastDeadline(Instant.parse("2026-11-17T23:00:00Z")), "midnight in Paris: day 16");
        assertTrue(notice.isPastDeadline(day(16)));
        assertThrows(BusinessException.class, () -> notice.lapse(day(15)));
        notice.lapse(day(16));
        assertEquals(NoticeStatus.WITHDRAWN, notice.getStatus());
        assertFalse(notice.getStatus().isOpen());
        assertThrows(BusinessException.class, () -> notice.answer("trop tard", day(17)));
    }

    @Test
    void anAcceptedCorrectionClosesTheNotice() {
        Notice notice = sent();
        notice.acknowledge(SENT);
        assertThrows(BusinessException.class, () -> notice.accept("reviewer", null, day(5)), "nothing answered yet");
        notice.answer("  Débit ajouté à l'offre.  ", day(13));
        assertEquals("Débit ajouté à l'offre.", notice.getAnswer());
        notice.accept("reviewer", null, day(14));
        assertEquals(NoticeStatus.ACCEPTED, notice.getStatus());
        assertFalse(notice.getStatus().isOpen());
        assertFalse(notice.isPastDeadline(day(30)), "an accepted notice never lapses");
    }

    @Test
    void aRejectedAnswerNeedsAReasonAndMayBeFollowedByAnother() {
        Notice notice = sent();
        notice.answer("Corrigé", day(1));
        assertEquals(Receipt.ACKNOWLEDGED, notice.getReceipt(), "answering acknowledges");
        assertThrows(InvalidInputException.class, () -> notice.reject("reviewer", " ", day(2)));
        notice.reject("reviewer", "Le débit manque toujours", day(2));
        assertEquals(NoticeStatus.REJECTED, notice.getStatus());
        assertTrue(notice.getStatus().isOpen());
        notice.answer("Corrigé pour de bon", day(3));
        notice.accept("reviewer", "ok", day(4));
        assertEquals(NoticeStatus.ACCEPTED, notice.getStatus());
    }

    @Test
    void nothingIsAcceptedAfterTheDeadline() {
        Notice notice = sent();
        notice.answer("Corrigé", SENT);
        assertThrows(BusinessException.class, () -> notice.accept("reviewer", null, day(16)));
        assertThrows(InvalidInputException.class, () -> notice.answer(" ", day(1)));
    }
}
