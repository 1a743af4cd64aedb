package fr.catalogue.mail;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' view of the outbox: what waits, what was sent, what failed and why, and
 * "retry now". Reading a body is traced, since bodies may hold credentials (R7).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** One page of messages, newest first, of one status or of all ({@code null}). */
    public Page<OutboxRow> find(OutboxStatus status, PageRequest request) {
        long total = em.createNamedQuery(OutboxMessage.COUNT_BY_STATUS, Long.class)
                .setParameter("status", status)
                .getSingleResult();
        List<OutboxRow> rows = total <= request.offset() ? List.of()
                : em.createNamedQuery(OutboxMessage.FIND_BY_STATUS, OutboxMessage.class)
                        .setParameter("status", status)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultStream()
                        .map(OutboxRow::of)
                        .toList();
        return new Page<>(rows, total, request.page(), request.size());
    }

    /** How many messages are in each status (every status present, 0 when none). */
    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery(OutboxMessage.COUNT_PER_STATUS, Object[].class).getResultList()) {
            counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * One message with its body; the reading is recorded in the audit trail.
     *
     * @throws ResourceNotFoundException when there is no such message
     */
    public OutboxDetail get(long id) {
        OutboxMessage message = find(id, LockModeType.NONE);
        audit.record(Change.event("OUTBOX_MESSAGE", id, null, "READ"));
        return new OutboxDetail(OutboxRow.of(message), message.getBody());
    }

    /**
     * Asks for another attempt right away (a failed message waits again; a waiting one no longer
     * waits for its retry time), recorded in the audit trail.
     *
     * @throws BusinessException when the message was already sent
     * @throws ResourceNotFoundException when there is no such message
     */
    public OutboxRow retryNow(long id) {
        OutboxMessage message = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (message.getStatus() == OutboxStatus.SENT) {
            throw new BusinessException("Ce message a déjà été envoyé : il ne peut pas être renvoyé.");
        }
        Map<String, String> before = Map.of("status", message.getStatus().name(),
                "nextAttemptAt", message.getNextAttemptAt().toString());
        message.retryNow(clock.instant());
        audit.record(Change.of("OUTBOX_MESSAGE", id, null, "RETRY_NOW", before,
                Map.of("status", message.getStatus().name(), "nextAttemptAt", message.getNextAttemptAt().toString())));
        return OutboxRow.of(message);
    }

    private OutboxMessage find(long id, LockModeType lock) {
        OutboxMessage message = em.find(OutboxMessage.class, id, lock);
        if (message == null) {
            throw new ResourceNotFoundException("Aucun message n° " + id + " dans la boîte d'envoi.");
        }
        return message;
    }
}
