package fr.catalogue.charter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes a refused download in a transaction of its own: the refusal itself rolls the caller's
 * transaction back, and the log must keep it (R23: every download attempt is traced, a refused
 * one never as served).
 */
@Stateless
@PermitAll
public class DownloadLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long documentId, Long partnerId, String userCode) {
        em.persist(new DocumentDownload(documentId, partnerId, userCode, clock.instant(), DocumentDownload.Outcome.REFUSED));
    }
}
