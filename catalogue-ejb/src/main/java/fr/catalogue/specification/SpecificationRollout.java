package fr.catalogue.specification;

import fr.catalogue.common.FrenchDates;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Brings published versions into force on their effective date (R5): the previous version of the
 * category is superseded, every published offer of the category is judged again and the verdict
 * stored with the version; offers that no longer conform keep their place in the catalogue but are
 * flagged by their verdict for the next review (R17), and their partners are told.
 *
 * <p>Safe to run twice or on two servers at once: the version's row is locked and a version
 * already applied is skipped.
 */
@Stateless
public class SpecificationRollout {

    private static final Logger LOG = Logger.getLogger(SpecificationRollout.class.getName());
    private static final int TITLES_LISTED = 20;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** The versions whose effective date has come and that were not applied yet, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> findDue() {
        LocalDate today = LocalDate.now(clock.withZone(SpecificationService.LABEL_ZONE));
        return em.createNamedQuery(SpecificationVersion.DUE, Long.class)
                .setParameter("today", today)
                .getResultList();
    }

    /**
     * Applies one version in its own transaction.
     *
     * @return what it did, or empty when there was nothing to do (already applied, not published,
     *         not yet effective)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<RolloutReport> apply(long versionId) {
        SpecificationVersion version = em.find(SpecificationVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock.withZone(SpecificationService.LABEL_ZONE));
        if (version == null || !version.isDueOn(today)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createNamedQuery(SpecificationVersion.SUPERSEDE_OLDER)
                .setParameter("category", version.getCategory())
                .setParameter("effective", version.getEffectiveDate())
                .setParameter("number", version.getNumber())
                .executeUpdate();
        SpecificationRules rules = version.toRules();
        try (Connection connection = dataSource.getConnection()) {
            CategoryReevaluation.Outcome outcome = new CategoryReevaluation().run(connection, rules, versionId, now);
            int told = tellPartners(connection, version, outcome.failingOffersByPartner(), now);
            version.markApplied(now);
            audit.recordBySystem(Change.of(SpecificationDrafts.AUDIT_SUBJECT, versionId, null, "IN_FORCE",
                    Map.of(), Map.of("effective", version.getEffectiveDate().toString(), "evaluated", String.valueOf(outcome.evaluated()),
                            "nonConforming", String.valueOf(outcome.nonConforming()), "partnersTold", String.valueOf(told))));
            RolloutReport report = new RolloutReport(rules.categoryCode(), rules.version(), outcome.evaluated(),
                    outcome.nonConforming(), told);
            LOG.info(() -> "Specification " + report.categoryCode() + " v" + report.version() + " in force: "
                    + report.evaluated() + " offers judged, " + report.nonConforming() + " no longer conform");
            return Optional.of(report);
        } catch (SQLException e) {
            throw new EJBException("Could not re-evaluate the offers of " + rules.categoryCode(), e);
        }
    }

    private static int tellPartners(Connection connection, SpecificationVersion version,
                                    Map<Long, List<Long>> failingOffersByPartner, Instant now) throws SQLException {
        if (failingOffersByPartner.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO partner_notification (partner_id, subject, body, created_at) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<Long>> partner : failingOffersByPartner.entrySet()) {
                List<String> titles = titles(connection, partner.getValue());
                String subject = "Nouveau cahier des charges : " + partner.getValue().size()
                        + (partner.getValue().size() > 1 ? " offres à mettre en conformité" : " offre à mettre en conformité");
                String body = "La version " + version.getNumber() + " du cahier des charges « "
                        + version.getCategory().getName() + " » est en vigueur depuis le "
                        + FrenchDates.format(version.getEffectiveDate())
                        + ". Les offres suivantes n'y répondent plus ; elles seront examinées lors de la prochaine revue "
                        + "bimestrielle. Corrigez-les dès maintenant dans votre espace :\n- "
                        + String.join("\n- ", titles)
                        + (partner.getValue().size() > titles.size()
                                ? "\n… et " + (partner.getValue().size() - titles.size()) + " autre(s)." : "");
                insert.setLong(1, partner.getKey());
                insert.setString(2, subject);
                insert.setString(3, body);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return failingOffersByPartner.size();
    }

    private static List<String> titles(Connection connection, List<Long> offerIds) throws SQLException {
        List<Long> listed = offerIds.subList(0, Math.min(TITLES_LISTED, offerIds.size()));
        String placeholders = listed.stream().map(id -> "?").collect(Collectors.joining(","));
        List<String> titles = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT title FROM offer WHERE id IN (" + placeholders + ") ORDER BY title")) {
            for (int i = 0; i < listed.size(); i++) {
                sql.setLong(i + 1, listed.get(i));
            }
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
        }
        return titles;
    }
}
