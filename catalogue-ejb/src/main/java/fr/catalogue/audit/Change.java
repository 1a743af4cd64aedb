package fr.catalogue.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One state change to record: what it is about, the action, and the state before and after as
 * field → value. Only the fields whose value differs are kept, so an entry reads as a diff; a
 * creation has no "before" and a deletion no "after".
 *
 * @param subjectType what changed, e.g. {@code OFFER}, {@code PARTNER}, {@code ACCOUNT}
 * @param subjectId its identifier
 * @param partnerId the partner the change concerns, if any (so that a partner's history reads in one query)
 * @param action the business action, e.g. {@code CREATE}, {@code UPDATE}, {@code PUBLISH}
 */
public record Change(String subjectType, String subjectId, Long partnerId, String action,
        Map<String, String> before, Map<String, String> after) {

    public Change {
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(action);
        Map<String, String> b = before == null ? Map.of() : before;
        Map<String, String> a = after == null ? Map.of() : after;
        Map<String, String> keptBefore = new LinkedHashMap<>();
        Map<String, String> keptAfter = new LinkedHashMap<>();
        b.forEach((key, value) -> {
            if (!a.containsKey(key) || !Objects.equals(value, a.get(key))) {
                keptBefore.put(key, value);
            }
        });
        a.forEach((key, value) -> {
            if (!b.containsKey(key) || !Objects.equals(value, b.get(key))) {
                keptAfter.put(key, value);
            }
        });
        before = java.util.Collections.unmodifiableMap(keptBefore);
        after = java.util.Collections.unmodifiableMap(keptAfter);
    }

    /** A change with no state to show (e.g. a sign-in refused, a download). */
    public static Change event(String subjectType, Object subjectId, Long partnerId, String action) {
        return new Change(subjectType, String.valueOf(subjectId), partnerId, action, Map.of(), Map.of());
    }

    /** A change from {@code before} to {@code after}; either may be empty. */
    public static Change of(String subjectType, Object subjectId, Long partnerId, String action,
            Map<String, String> before, Map<String, String> after) {
        return new Change(subjectType, String.valueOf(subjectId), partnerId, action, before, after);
    }

    /** Whether an update changed nothing (then there is nothing to record). */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }
}
