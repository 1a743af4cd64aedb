package fr.catalogue.campaign;

import java.time.Instant;

/** One line of a campaign's worklist. {@code offerId} is null for a finding about the partner itself. */
public record FindingRow(long id, long version, long partnerId, String partnerName, Long offerId, String offerTitle,
        String categoryName, FindingKind kind, FindingSource source, FindingStatus status, String detail,
        String decidedBy, Instant decidedAt, String note, Long noticeId) implements java.io.Serializable {

    /** What the reviewer saw, to decide on it (optimistic locking). */
    public FindingRef ref() {
        return new FindingRef(id, version);
    }

    public boolean pending() {
        return status == FindingStatus.PENDING;
    }
}
