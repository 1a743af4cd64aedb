package fr.catalogue.offer;

import fr.catalogue.category.CategoryService;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue: published offers for anyone — only those of partners holding the right of use
 * that conform to the version in force (R18) —; a partner's own offers for that partner only.
 */
@Stateless
public class OfferCatalogue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CategoryService categories;

    @Inject
    private AccountService accounts;

    @Resource
    private SessionContext context;

    /**
     * One page of the published offers, newest first, optionally of one category.
     *
     * @param categoryCode a category code, or {@code null} for every category
     * @throws fr.catalogue.common.InvalidInputException when the category does not exist
     */
    public Page<OfferSummary> findPublished(String categoryCode, PageRequest request) {
        if (categoryCode != null) {
            categories.getFilter("category", categoryCode);
        }
        long total = em.createNamedQuery(Offer.COUNT_PUBLISHED, Long.class)
                .setParameter("category", categoryCode)
                .getSingleResult();
        List<OfferSummary> items = total <= request.offset() ? List.of()
                : em.createNamedQuery(Offer.SUMMARIES_PUBLISHED, OfferSummary.class)
                        .setParameter("category", categoryCode)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList();
        return new Page<>(items, total, request.page(), request.size());
    }

    /** A published offer with its category and partner, if it exists and is published. */
    public Optional<Offer> findPublished(long id) {
        return em.createNamedQuery(Offer.FIND_PUBLISHED, Offer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * A published offer with its category and partner.
     *
     * @throws ResourceNotFoundException when no published offer has that id
     */
    public Offer getPublished(long id) {
        return findPublished(id).orElseThrow(
                () -> new ResourceNotFoundException("Aucune offre publiée ne porte le numéro " + id + "."));
    }

    /**
     * Every offer of the signed-in partner, whatever its status, most recently changed first.
     * The partner is the caller's own: a partner can never list another's offers (R7).
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public List<PartnerOfferRow> findOwnOffers() {
        Long partnerId = accounts.findCaller(context.getCallerPrincipal().getName())
                .map(Caller::partnerId)
                .orElseThrow(() -> new IllegalStateException("A partner account without a partner"));
        return em.createNamedQuery(Offer.ROWS_OF_PARTNER, PartnerOfferRow.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /** The number of published offers of every category, in the order of the terms of use. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public List<CategoryCount> countPublishedByCategory() {
        return em.createNamedQuery(Offer.COUNT_PUBLISHED_BY_CATEGORY, CategoryCount.class).getResultList();
    }
}
