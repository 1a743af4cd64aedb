package fr.catalogue.insight;

import fr.catalogue.audit.AuditRow;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What reviewers read to steer the review (R17, R18): the dashboard's figures and a partner's
 * whole history. Reviewers and administrators only; the figures are read-only and aggregated in
 * the database ({@link InsightQueries}).
 */
@Stateless
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ReviewerInsight {

    /** How many campaigns the conformity chart compares. */
    public static final int CAMPAIGNS_SHOWN = 6;
    /** How many months the withdrawals chart covers, the current one included. */
    public static final int MONTHS_SHOWN = 12;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /**
     * The conformity rate per category of the {@value #CAMPAIGNS_SHOWN} latest campaigns (R17), the
     * open notices by age since sending (R18), and the rights withdrawn in each of the
     * {@value #MONTHS_SHOWN} last months, quiet months included.
     */
    public Dashboard dashboard() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            InsightQueries queries = new InsightQueries(connection);
            List<ConformityRate> conformity = queries.conformityByCategory(CAMPAIGNS_SHOWN);
            Map<NoticeAge, Long> ages = NoticeAge.count(queries.openNoticesByAgeInDays(now));
            List<AgeCount> notices = ages.entrySet().stream().map(e -> new AgeCount(e.getKey(), e.getValue())).toList();
            List<MonthCount> withdrawals = MonthSeries.of(
                    queries.withdrawalsSince(MonthSeries.windowStart(now, MONTHS_SHOWN)), now, MONTHS_SHOWN);
            return new Dashboard(conformity, notices, withdrawals);
        } catch (SQLException e) {
            throw new EJBException("Could not read the reviewers' dashboard", e);
        }
    }

    /**
     * A partner's offers with their latest verdicts, findings, notices, right transitions and
     * charter downloads.
     *
     * @throws ResourceNotFoundException when no partner has this id
     */
    public PartnerHistory history(long partnerId) {
        try (Connection connection = dataSource.getConnection()) {
            return new InsightQueries(connection).history(partnerId).orElseThrow(
                    () -> new ResourceNotFoundException("Aucun partenaire ne porte le numéro " + partnerId + "."));
        } catch (SQLException e) {
            throw new EJBException("Could not read the history of partner " + partnerId, e);
        }
    }

    /** One page of the audit entries about the partner, newest first (the trail's own query). */
    public Page<AuditRow> auditOf(long partnerId, PageRequest request) {
        return audit.find(null, null, partnerId, null, request);
    }
}
