package fr.catalogue.referral;

import java.time.Instant;

/** One referral as the reviewers' triage table shows it. */
public record ReferralRow(long id, Instant createdAt, long targetPartnerId, String targetName, Long offerId,
        String offerTitle, String reporterName, String reporterEmail, Long reporterPartnerId, ReferralReason reason,
        String description, ReferralStatus status, Long findingId, String triagedBy, Instant triagedAt, String note,
        long version) {
}
