package fr.catalogue.contact;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.offer.Offer;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ratings (R24): through the personal link of a contact request's acknowledgement, one rating per
 * request; stars count at once, a comment waits for a reviewer who publishes or rejects it (audited;
 * a second reviewer on the same comment is refused). The public sees the average only from
 * {@value RatingSummary#THRESHOLD} ratings ({@link RatingSummary}).
 */
@Stateless
public class Ratings {

    private static final String STALE = "Ce commentaire vient d'être modéré par un autre relecteur : rechargez la liste.";
    /** The most recent published comments a public page shows. */
    public static final int COMMENTS_SHOWN = 20;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * What the rating page shows for a token.
     *
     * @throws BusinessException in French when the token is unknown, used or expired
     */
    @PermitAll
    public RatingInvitation invitation(String token) {
        ContactRequest request = usable(token, LockModeType.NONE);
        Partner partner = em.find(Partner.class, request.getPartnerId());
        String offerTitle = request.getOfferId() == null ? null
                : Optional.ofNullable(em.find(Offer.class, request.getOfferId())).map(Offer::getTitle).orElse(null);
        return new RatingInvitation(partner.getId(), partner.getName(), offerTitle);
    }

    /**
     * Rates the partner of the token's contact request (R24): 1 to 5 stars, an optional comment
     * that waits for moderation. One rating per request.
     *
     * @return the rating's number
     * @throws InvalidInputException {@code stars} or {@code comment}
     * @throws BusinessException in French when the token is unknown, used or expired
     */
    @PermitAll
    public long rate(String token, Integer stars, String comment) {
        // the request's row is locked so that two submissions of one link cannot both pass the check
        ContactRequest request = usable(token, LockModeType.PESSIMISTIC_WRITE);
        Rating rating = new Rating(request, stars, comment, clock.instant());
        em.persist(rating);
        em.flush();
        audit.record(Change.of("RATING", rating.getId(), rating.getPartnerId(), "RATE", Map.of(), rating.state()));
        return rating.getId();
    }

    /** What the public sees of a partner's ratings (R24: the average only from five). */
    @PermitAll
    public RatingSummary summaryOf(long partnerId) {
        Object[] row = em.createNamedQuery(Rating.SUMMARY_OF_PARTNER, Object[].class)
                .setParameter("partner", partnerId).getSingleResult();
        return new RatingSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The most recent comments reviewers published about a partner. */
    @PermitAll
    public List<PublishedComment> publishedComments(long partnerId) {
        return em.createNamedQuery(Rating.PUBLISHED_OF_PARTNER, PublishedComment.class)
                .setParameter("partner", partnerId).setMaxResults(COMMENTS_SHOWN).getResultList();
    }

    /** One page of the comments waiting for moderation, oldest first. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Page<PendingComment> pending(PageRequest request) {
        long total = em.createNamedQuery(Rating.COUNT_PENDING, Long.class).getSingleResult();
        List<PendingComment> rows = total <= request.offset() ? List.of()
                : em.createNamedQuery(Rating.PENDING, PendingComment.class)
                        .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, total, request.page(), request.size());
    }

    /**
     * Publishes a pending comment (R24), audited.
     *
     * @param expectedVersion the version the reviewer saw
     * @throws BusinessException when it was moderated meanwhile
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public void publish(long ratingId, long expectedVersion) {
        Rating rating = lockedAt(ratingId, expectedVersion);
        Map<String, String> before = rating.state();
        rating.publish(context.getCallerPrincipal().getName(), clock.instant());
        flush();
        audit.record(Change.of("RATING", rating.getId(), rating.getPartnerId(), "PUBLISH_COMMENT", before, rating.state()));
    }

    /**
     * Rejects a pending comment with a reason (R24), audited; the stars still count.
     *
     * @throws InvalidInputException {@code rejectReason} missing
     * @throws BusinessException when it was moderated meanwhile
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public void reject(long ratingId, long expectedVersion, String reason) {
        Rating rating = lockedAt(ratingId, expectedVersion);
        Map<String, String> before = rating.state();
        rating.reject(reason, context.getCallerPrincipal().getName(), clock.instant());
        flush();
        audit.record(Change.of("RATING", rating.getId(), rating.getPartnerId(), "REJECT_COMMENT", before, rating.state()));
    }

    private ContactRequest usable(String token, LockModeType lock) {
        Optional<ContactRequest> found = token == null || token.isBlank() ? Optional.empty()
                : em.createNamedQuery(ContactRequest.BY_TOKEN, ContactRequest.class)
                        .setParameter("hash", RatingLink.hash(token))
                        .setLockMode(lock)
                        .getResultStream().findFirst();
        boolean rated = found.isPresent() && em.createNamedQuery(Rating.COUNT_FOR_REQUEST, Long.class)
                .setParameter("request", found.get().getId()).getSingleResult() > 0;
        RatingLink.refusal(found.isPresent(), rated, found.map(ContactRequest::getRatingExpiresAt).orElse(null),
                clock.instant()).ifPresent(why -> {
                    throw new BusinessException(why);
                });
        return found.orElseThrow();
    }

    private Rating lockedAt(long ratingId, long expectedVersion) {
        Rating rating = Optional.ofNullable(em.find(Rating.class, ratingId, LockModeType.OPTIMISTIC))
                .orElseThrow(() -> new ResourceNotFoundException("Avis introuvable."));
        if (rating.getVersion() != expectedVersion) {
            throw new BusinessException(STALE);
        }
        return rating;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(STALE);
        }
    }
}
