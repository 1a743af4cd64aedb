package fr.catalogue.contact;

import java.time.Instant;

/** A comment a reviewer published, as the partner's public page shows it (no name of its author). */
public record PublishedComment(long id, int stars, String comment, Instant createdAt) {
}
