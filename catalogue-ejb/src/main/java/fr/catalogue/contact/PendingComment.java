package fr.catalogue.contact;

import java.time.Instant;

/** A comment waiting for moderation, as the reviewers' list shows it. */
public record PendingComment(long id, long partnerId, String partnerName, int stars, String comment, Instant createdAt,
        long version) {
}
