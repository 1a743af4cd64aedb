package fr.catalogue.audit;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records every state change with who made it and when, in the transaction of the change (so a
 * rolled-back change leaves no entry), and lets reviewers and administrators read the trail.
 */
@Stateless
public class AuditTrail {

    /** The actor of changes made by the application itself (timers, rollouts). */
    public static final String SYSTEM = "système";
    /** The actor of changes made by someone not signed in (e.g. an application form). */
    public static final String PUBLIC = "public";

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /** Records a change made by the caller (or {@link #PUBLIC} when nobody is signed in). Nothing when it changed nothing. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Change change) {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "ANONYMOUS".equals(name)) {
            write(PUBLIC, null, change);
        } else {
            write(name, roleOfCaller(), change);
        }
    }

    /** Records a change the application made by itself (a timer, a rollout). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBySystem(Change change) {
        write(SYSTEM, null, change);
    }

    /**
     * One page of the trail, newest first, optionally narrowed to a subject, a partner or an actor
     * (each {@code null} for any).
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Page<AuditRow> find(String subjectType, String subjectId, Long partnerId, String actor, PageRequest request) {
        long total = em.createNamedQuery(AuditEntry.COUNT, Long.class)
                .setParameter("subjectType", blankToNull(subjectType))
                .setParameter("subjectId", blankToNull(subjectId))
                .setParameter("partnerId", partnerId)
                .setParameter("actor", blankToNull(actor))
                .getSingleResult();
        List<AuditRow> rows = total <= request.offset() ? List.of()
                : em.createNamedQuery(AuditEntry.FIND, AuditEntry.class)
                        .setParameter("subjectType", blankToNull(subjectType))
                        .setParameter("subjectId", blankToNull(subjectId))
                        .setParameter("partnerId", partnerId)
                        .setParameter("actor", blankToNull(actor))
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultStream()
                        .map(AuditTrail::toRow)
                        .toList();
        return new Page<>(rows, total, request.page(), request.size());
    }

    /** The kinds of subject the trail holds entries about (OFFER, PARTNER…), for a filter. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public List<String> subjectTypes() {
        return em.createNamedQuery(AuditEntry.SUBJECT_TYPES, String.class).getResultList();
    }

    private void write(String actor, String role, Change change) {
        if (change.isEmpty() && "UPDATE".equals(change.action())) {
            return;
        }
        em.persist(new AuditEntry(clock.instant(), actor, role, change, toJson(change.before()), toJson(change.after())));
    }

    private String roleOfCaller() {
        // the most powerful first: an administrator may also hold the reviewer's group
        for (Role role : List.of(Role.ADMIN, Role.REVIEWER, Role.PARTNER)) {
            if (context.isCallerInRole(role.name())) {
                return role.name();
            }
        }
        return null;
    }

    private static String toJson(Map<String, String> state) {
        if (state.isEmpty()) {
            return null;
        }
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        state.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else {
                object.add(key, value);
            }
        });
        return object.build().toString();
    }

    private static Map<String, String> fromJson(String json) {
        Map<String, String> state = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return state;
        }
        JsonObject object;
        try (var reader = READERS.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        object.forEach((key, value) -> state.put(key, value.getValueType() == JsonValue.ValueType.STRING
                ? object.getString(key) : value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString()));
        return state;
    }

    private static AuditRow toRow(AuditEntry entry) {
        Map<String, String> before = fromJson(entry.getBeforeState());
        Map<String, String> after = fromJson(entry.getAfterState());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditRow.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new AuditRow.FieldChange(field, before.get(field), after.get(field)));
        }
        return new AuditRow(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getActorRole(),
                entry.getPartnerId(), entry.getSubjectType(), entry.getSubjectId(), entry.getAction(), changes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
