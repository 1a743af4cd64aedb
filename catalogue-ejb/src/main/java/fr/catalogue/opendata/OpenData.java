package fr.catalogue.opendata;

import fr.catalogue.common.RichText;
import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.partner.PartnerKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open data of the public catalogue: its offers a batch at a time (so that the files are
 * streamed, never held whole in memory), and the changes of the catalogue for the feed.
 */
@Stateless
public class OpenData {

    /** The largest batch {@link #batch} returns. */
    public static final int MAX_BATCH = 1000;
    /** The most entries the feed carries. */
    public static final int MAX_CHANGES = 500;

    // The public catalogue's rule, as OfferCatalogue's: published, partner holding the right, no failing
    // verdict against the version in force of its category (R18).
    private static final String PUBLIC_OFFERS = """
            SELECT o.id, o.title, o.description, c.code, c.name, c.family, o.priceExclVat, p.id, p.name, p.kind,
                   p.town, p.postcode, p.website, o.publishedAt, o.updatedAt
            FROM Offer o JOIN o.category c JOIN o.partner p
            WHERE o.status = fr.catalogue.offer.OfferStatus.PUBLISHED
              AND p.labelStatus IN (fr.catalogue.label.LabelStatus.GRANTED, fr.catalogue.label.LabelStatus.WARNED)
              AND NOT EXISTS (SELECT cv FROM StoredVerdict cv JOIN cv.specVersion v
                              WHERE cv.offerId = o.id AND cv.conforming = FALSE
                                AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED
                                AND v.appliedAt IS NOT NULL)
              AND o.id > :after
            ORDER BY o.id""";

    // R14 versions published (added / changed), versions closed with no later one (withdrawn), and the
    // offers on the catalogue when their partner lost or got back the right (R18, R22).
    private static final String CHANGES = """
            SELECT kind, ref, offer_id, number, at, title, category, partner FROM (
              (SELECT CASE WHEN v.number = 1 THEN 'ADDED' ELSE 'CHANGED' END AS kind, v.id AS ref, v.offer_id,
                      v.number, v.published_at AS at, v.title, c.name AS category, p.name AS partner
               FROM offer_version v JOIN offer o ON o.id = v.offer_id JOIN partner p ON p.id = o.partner_id
                    JOIN category c ON c.code = v.category_code
               WHERE v.published_at >= ?
               ORDER BY v.published_at DESC LIMIT ?)
              UNION ALL
              (SELECT 'WITHDRAWN', v.id, v.offer_id, v.number, v.valid_until, v.title, c.name, p.name
               FROM offer_version v JOIN offer o ON o.id = v.offer_id JOIN partner p ON p.id = o.partner_id
                    JOIN category c ON c.code = v.category_code
               WHERE v.valid_until IS NOT NULL AND v.valid_until >= ?
                 AND NOT EXISTS (SELECT 1 FROM offer_version n WHERE n.offer_id = v.offer_id AND n.number > v.number
                                 AND n.published_at <= v.valid_until)
               ORDER BY v.valid_until DESC LIMIT ?)
              UNION ALL
              (SELECT CASE WHEN t.to_status = 'GRANTED' THEN 'RIGHT_BACK' ELSE 'RIGHT_LOST' END, t.id, v.offer_id,
                      v.number, t.at, v.title, c.name, p.name
               FROM label_transition t JOIN partner p ON p.id = t.partner_id JOIN offer o ON o.partner_id = p.id
                    JOIN offer_version v ON v.offer_id = o.id AND v.published_at <= t.at
                         AND (v.valid_until IS NULL OR v.valid_until > t.at)
                    JOIN category c ON c.code = v.category_code
               WHERE t.at >= ? AND (t.to_status IN ('WITHDRAWN', 'EXPIRED')
                                    OR (t.to_status = 'GRANTED' AND t.from_status IN ('WITHDRAWN', 'EXPIRED')))
               ORDER BY t.at DESC LIMIT ?)
            ) changes
            ORDER BY at DESC, ref DESC, offer_id DESC
            LIMIT ?""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    /**
     * The next offers of the public catalogue after {@code afterId}, by id: exactly those the
     * public catalogue shows (same rule as {@code OfferCatalogue}).
     *
     * @param size at most {@value #MAX_BATCH}
     */
    public List<OpenOffer> batch(long afterId, int size) {
        return em.createQuery(PUBLIC_OFFERS, Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(size, MAX_BATCH)))
                .getResultList().stream()
                .map(OpenData::toOpenOffer)
                .toList();
    }

    /**
     * The changes of the catalogue, newest first: offers added and changed (versions published,
     * R14), withdrawn by their partner, and leaving or coming back with their partner's right.
     *
     * @param since only the changes from then (null: no bound)
     * @param limit at most {@value #MAX_CHANGES}
     */
    @SuppressWarnings("unchecked")
    public List<OfferChange> changes(Instant since, int limit) {
        Timestamp from = Timestamp.from(since == null ? Instant.EPOCH : since);
        int count = Math.max(1, Math.min(limit, MAX_CHANGES));
        // each part limited on its own (its index read newest first), then the newest of the three
        List<Object[]> rows = em.createNativeQuery(CHANGES)
                .setParameter(1, from).setParameter(2, count)
                .setParameter(3, from).setParameter(4, count)
                .setParameter(5, from).setParameter(6, count)
                .setParameter(7, count)
                .getResultList();
        return rows.stream().map(r -> new OfferChange(ChangeKind.valueOf((String) r[0]), number(r[1]), number(r[2]),
                (int) number(r[3]), instant(r[4]), (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    /** The catalogue's public address, ending with {@code /}: the base of the files' links. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Now, by the application's clock (the date of a generated file). */
    public Instant now() {
        return clock.instant();
    }

    private static OpenOffer toOpenOffer(Object[] r) {
        String postcode = (String) r[11];
        return new OpenOffer((Long) r[0], (String) r[1], RichText.plainText((String) r[2]), (String) r[3],
                (String) r[4], String.valueOf(r[5]), (BigDecimal) r[6], (Long) r[7], (String) r[8],
                ((PartnerKind) r[9]).name(), (String) r[10], postcode,
                Departments.ofPostcode(postcode).map(Department::code).orElse(null), (String) r[12],
                (Instant) r[13], (Instant) r[14]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) value;
    }
}
