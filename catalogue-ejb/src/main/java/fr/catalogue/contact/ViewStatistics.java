package fr.catalogue.contact;

import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.insight.MonthSeries;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Views of offer pages and partner pages, per month (R24): one row per partner/offer/month
 * incremented in place (an upsert, never a row per view), robots left out by their User-Agent, the
 * visitor's address never stored. Partners read their own statistics of the last twelve months.
 */
@Stateless
public class ViewStatistics {

    public static final int MONTHS_SHOWN = 12;
    private static final ZoneId FRANCE = MonthSeries.PARIS;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    /** Counts one view of a published offer's page, unless a robot asked for it. */
    @PermitAll
    public void countOfferView(long offerId, String userAgent) {
        if (UserAgents.isRobot(userAgent)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO page_view_month (partner_id, offer_id, month, views)
                SELECT o.partner_id, o.id, ?1, 1 FROM offer o WHERE o.id = ?2 AND o.status = 'PUBLISHED'
                ON DUPLICATE KEY UPDATE views = views + 1""")
                .setParameter(1, Date.valueOf(currentMonth().atDay(1))).setParameter(2, offerId)
                .executeUpdate();
    }

    /** Counts one view of a partner's public page, unless a robot asked for it. */
    @PermitAll
    public void countPartnerView(long partnerId, String userAgent) {
        if (UserAgents.isRobot(userAgent)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO page_view_month (partner_id, offer_id, month, views)
                SELECT p.id, NULL, ?1, 1 FROM partner p WHERE p.id = ?2
                ON DUPLICATE KEY UPDATE views = views + 1""")
                .setParameter(1, Date.valueOf(currentMonth().atDay(1))).setParameter(2, partnerId)
                .executeUpdate();
    }

    /** The signed-in partner's statistics over the last {@value #MONTHS_SHOWN} months: its own only. */
    @RolesAllowed(Role.PARTNER_NAME)
    public PartnerStatistics ownStatistics() {
        Long partnerId = accounts.currentCaller().partnerId();
        if (partnerId == null) {
            throw new AccessRefusedException("Ce compte n'est rattaché à aucun partenaire.");
        }
        return statisticsOf(partnerId);
    }

    private PartnerStatistics statisticsOf(long partnerId) {
        Instant now = clock.instant();
        Instant since = MonthSeries.windowStart(now, MONTHS_SHOWN);
        List<PartnerStatistics.ViewCount> views = new ArrayList<>();
        for (Object result : em.createNativeQuery("""
                SELECT v.month, v.offer_id, o.title, v.views FROM page_view_month v LEFT JOIN offer o ON o.id = v.offer_id
                WHERE v.partner_id = ?1 AND v.month >= ?2""")
                .setParameter(1, partnerId).setParameter(2, Date.valueOf(since.atZone(FRANCE).toLocalDate()))
                .getResultList()) {
            Object[] c = (Object[]) result;
            views.add(new PartnerStatistics.ViewCount(YearMonth.from(localDate(c[0])),
                    c[1] == null ? null : ((Number) c[1]).longValue(), (String) c[2], ((Number) c[3]).longValue()));
        }
        List<Instant> contacts = em.createQuery("""
                SELECT c.createdAt FROM ContactRequest c WHERE c.partnerId = :partner AND c.createdAt >= :since""", Instant.class)
                .setParameter("partner", partnerId).setParameter("since", since).getResultList();
        return PartnerStatistics.of(MonthSeries.of(contacts, now, MONTHS_SHOWN), views);
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(FRANCE));
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        return (LocalDate) value;
    }
}
