package fr.catalogue.label;

import java.time.Instant;
import java.time.LocalDate;

/** A notice as its lists show it, with the partner's name (read in one query). */
public record NoticeRow(long id, long partnerId, String partnerName, NoticeStatus status, Instant sentAt,
        Receipt receipt, Instant receivedAt, Instant deadline, Instant answeredAt, String answer, String decisionNote,
        String pdfSha256) {

    /** The last day the partner may correct (in France), or null before receipt. */
    public LocalDate lastDay() {
        return deadline == null ? null : deadline.atZone(NoticeLetter.FRANCE).toLocalDate().minusDays(1);
    }

    /** Whether the partner can still acknowledge it. */
    public boolean awaitingReceipt() {
        return status == NoticeStatus.SENT;
    }

    /** Whether the partner can (still) answer it. */
    public boolean answerable() {
        return status == NoticeStatus.SENT || status == NoticeStatus.RECEIVED || status == NoticeStatus.REJECTED
                || status == NoticeStatus.ANSWERED;
    }

    /** Whether a reviewer has an answer to decide on. */
    public boolean decidable() {
        return status == NoticeStatus.ANSWERED;
    }
}
