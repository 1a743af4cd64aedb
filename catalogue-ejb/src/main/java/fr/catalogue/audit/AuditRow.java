package fr.catalogue.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as read by reviewers and administrators: each changed field with its value
 * before and after ({@code null} when absent).
 */
public record AuditRow(long id, Instant occurredAt, String actor, String actorRole, Long partnerId,
        String subjectType, String subjectId, String action, List<FieldChange> changes) {

    /** One field's value before and after the change. */
    public record FieldChange(String field, String before, String after) {
    }
}
