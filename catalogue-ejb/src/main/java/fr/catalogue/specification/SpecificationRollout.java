package fr.catalogue.specification;

import fr.catalogue.common.FrenchDates;
import fr.catalogue.mail.Outbox;
import fr.catalogue.mail.OutboxMessage;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.search.CatalogueChange;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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
import java.util.HashMap;
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
 * flagged by their verdict for the next review (R17), and their partners are told — in their space
 * and, when they gave an e-mail address, by e-mail through the outbox, in the same transaction.
 *
 * <p>Safe to run twice or on two servers at once: the version's row is locked and a version
 * already applied is skipped.
 */
@Stateless
public class SpecificationRollout {

    private static final Logger LOG = Logger.getLogger(SpecificationRollout.class.getName());
    private static final int TITLES_LISTED = 20;
    /** How many partner ids one query reads the e-mail addresses of. */
    private static final int ADDRESSES_PER_QUERY = 500;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** The search index hides the offers failing the version now in force (R18) and reads its criteria. */
    @Inject
    private Event<CatalogueChange> catalogueChanged;

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
            catalogueChanged.fire(CatalogueChange.category(rules.categoryCode()));
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
        Map<Long, String> addresses = addresses(connection, List.copyOf(failingOffersByPartner.keySet()));
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement notice = connection.prepareStatement(
                "INSERT INTO partner_notification (partner_id, subject, body, created_at) VALUES (?, ?, ?, ?)");
             PreparedStatement mail = connection.prepareStatement("""
                     INSERT INTO outbox_message (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                     VALUES (?, ?, ?, 'PENDING', 0, ?, ?)""")) {
            int mails = 0;
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
                notice.setLong(1, partner.getKey());
                notice.setString(2, subject);
                notice.setString(3, body);
                notice.setTimestamp(4, at);
                notice.addBatch();
                // The same message by e-mail, as Outbox.enqueue writes it, when the partner gave an address.
                String address = addresses.get(partner.getKey());
                if (Outbox.isAddress(address)) {
                    mail.setString(1, address.trim());
                    mail.setString(2, subject.length() > OutboxMessage.SUBJECT_LENGTH
                            ? subject.substring(0, OutboxMessage.SUBJECT_LENGTH) : subject);
                    mail.setString(3, body);
                    mail.setTimestamp(4, at);
                    mail.setTimestamp(5, at);
                    mail.addBatch();
                    mails++;
                }
            }
            notice.executeBatch();
            if (mails > 0) {
                mail.executeBatch();
            }
        }
        return failingOffersByPartner.size();
    }

    /** The e-mail addresses the partners gave (R8), by partner id; partners without one are absent. */
    private static Map<Long, String> addresses(Connection connection, List<Long> partnerIds) throws SQLException {
        Map<Long, String> addresses = new HashMap<>();
        for (int from = 0; from < partnerIds.size(); from += ADDRESSES_PER_QUERY) {
            List<Long> chunk = partnerIds.subList(from, Math.min(from + ADDRESSES_PER_QUERY, partnerIds.size()));
            String placeholders = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            try (PreparedStatement sql = connection.prepareStatement(
                    "SELECT id, email FROM partner WHERE email IS NOT NULL AND id IN (" + placeholders + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    sql.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        addresses.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        }
        return addresses;
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
