package fr.catalogue.search;

import fr.catalogue.common.Page;
import fr.catalogue.geo.Departments;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public catalogue's search (R13, R18).
 *
 * <p>INTERIM (issue 7 integration base): a plain JPQL search over title and description with
 * the category, family, price and partner-kind filters and no facets, so that the pages built on
 * it can be written while the Lucene index replaces this body. Same visibility rule as
 * {@code OfferCatalogue}.
 */
@Stateless
public class OfferSearch {

    @PersistenceContext
    private EntityManager em;

    public SearchResult search(SearchQuery query) {
        String where = """
                FROM Offer o JOIN o.category c JOIN o.partner p
                WHERE o.status = fr.catalogue.offer.OfferStatus.PUBLISHED
                  AND p.labelStatus IN (fr.catalogue.label.LabelStatus.GRANTED, fr.catalogue.label.LabelStatus.WARNED)
                  AND NOT EXISTS (SELECT cv FROM StoredVerdict cv JOIN cv.specVersion v
                                  WHERE cv.offerId = o.id AND cv.conforming = FALSE
                                    AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED
                                    AND v.appliedAt IS NOT NULL)
                  AND (:text IS NULL OR LOWER(o.title) LIKE :text OR LOWER(o.description) LIKE :text)
                  AND (:category IS NULL OR c.code = :category)
                  AND (:family IS NULL OR c.family = :family)
                  AND (:kind IS NULL OR p.kind = :kind)
                  AND (:partner IS NULL OR p.id = :partner)
                  AND (:priceMin IS NULL OR o.priceExclVat >= :priceMin)
                  AND (:priceMax IS NULL OR o.priceExclVat <= :priceMax)
                """;
        String order = switch (query.sort()) {
            case PRICE_ASC -> " ORDER BY o.priceExclVat ASC, o.id DESC";
            case PRICE_DESC -> " ORDER BY o.priceExclVat DESC, o.id DESC";
            default -> " ORDER BY o.publishedAt DESC, o.id DESC";
        };
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(o) " + where, Long.class), query);
        TypedQuery<Object[]> rows = bind(em.createQuery("SELECT o.id, o.title, c.code, c.name, c.family, p.id, p.name,"
                + " p.town, p.postcode, o.priceExclVat, o.publishedAt " + where + order, Object[].class), query);
        long total = count.getSingleResult();
        List<OfferHit> hits = rows.setFirstResult(query.page().offset()).setMaxResults(query.page().size())
                .getResultList().stream()
                .map(r -> new OfferHit((Long) r[0], (String) r[1], (String) r[2], (String) r[3], String.valueOf(r[4]),
                        (Long) r[5], (String) r[6], (String) r[7],
                        Departments.ofPostcode((String) r[8]).map(d -> d.code()).orElse(null),
                        (BigDecimal) r[9], (Instant) r[10], ""))
                .toList();
        return new SearchResult(new Page<>(hits, total, query.page().page(), query.page().size()), Map.of());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, SearchQuery query) {
        return typed.setParameter("text", query.text() == null ? null : "%" + query.text().toLowerCase() + "%")
                .setParameter("category", query.category())
                .setParameter("family", query.family())
                .setParameter("kind", query.kind())
                .setParameter("partner", query.partnerId())
                .setParameter("priceMin", query.priceMin())
                .setParameter("priceMax", query.priceMax());
    }
}
