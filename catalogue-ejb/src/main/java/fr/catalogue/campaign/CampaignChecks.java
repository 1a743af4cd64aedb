package fr.catalogue.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A campaign's opening in SQL (R17): the campaign row, guarded by the period's unique key, then the
 * snapshot of every published offer and the automatic findings, each step ONE set-based statement
 * over the stored results (conformance verdicts, link statuses, profiles) — no loop per offer, no
 * network — so it takes seconds for 100,000 offers. A plain class on a {@link Connection} so the
 * bench runs it outside the server; the caller owns the transaction.
 *
 * <p>The snapshot takes the published offers of the partners holding the right (GRANTED or WARNED):
 * those on the public catalogue; a WITHDRAWN or EXPIRED partner's offers have left it.
 *
 * <p>The checks:
 * <ul>
 * <li>{@link FindingKind#SPECIFICATION}: the stored verdict against the version in force of the offer's
 * category (the highest published, applied version) is not conforming; an offer with no verdict for
 * that version (published before it was applied and not re-judged) is a finding too, worded as such,
 * since nothing shows that it conforms. A category with no version in force has nothing to check.</li>
 * <li>{@link FindingKind#TWO_CLICK}: one of the offer's links has a confirmed non-conformity
 * ({@code link_status.confirmed_at}, R15) — the latest stored results, the crawl is not run.</li>
 * <li>{@link FindingKind#PROFILE} (about the partner, no offer): its profile was not updated (or, never
 * updated, created) since the cut-off, or its latest insurance or social-contributions certificate
 * expired before today (R8).</li>
 * </ul>
 * An offer of the snapshot is {@code conforming} when no automatic finding is about it (the partner's
 * profile is about the partner, not its offers).
 */
public final class CampaignChecks {

    /** What an opening found. */
    public record Counts(int offers, int specification, int twoClick, int profile) {

        public int findings() {
            return specification + twoClick + profile;
        }
    }

    private static final String IN_FORCE = """
            SELECT v.id, v.category_code, v.number FROM specification_version v
            WHERE v.status = 'PUBLISHED' AND v.applied_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM specification_version newer
                              WHERE newer.category_code = v.category_code AND newer.status = 'PUBLISHED'
                                AND newer.applied_at IS NOT NULL AND newer.number > v.number)""";

    private static final String FINDING_COLUMNS =
            "INSERT INTO finding (campaign_id, partner_id, offer_id, source, kind, detail, status, created_at, version) ";

    /** MariaDB's error code for a duplicate key, should the driver not say it with the exception's class. */
    private static final int DUPLICATE_KEY = 1062;

    private final Connection connection;

    public CampaignChecks(Connection connection) {
        this.connection = Objects.requireNonNull(connection);
    }

    /**
     * Creates the OPEN campaign of {@code period}, unless the period has one: the unique key on the
     * period refuses a second one (a timer firing twice, two servers, a reviewer at the same moment;
     * a concurrent insert waits for the first transaction and is then refused).
     *
     * @return the new campaign's id, empty when the period already has its campaign
     */
    public OptionalLong insertCampaign(String period, Instant openedAt, String openedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO campaign (period, status, opened_at, opened_by, offer_count, version)"
                        + " VALUES (?, 'OPEN', ?, ?, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, period);
            insert.setTimestamp(2, Timestamp.from(openedAt));
            insert.setString(3, openedBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            return OptionalLong.empty();
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    /**
     * Takes the snapshot of every published offer and writes the automatic findings of campaign
     * {@code campaignId}.
     *
     * @param now when the findings are created
     * @param profileCutOff a profile not updated since is not current
     * @param today a certificate valid until before this day has expired
     */
    public Counts run(long campaignId, Instant now, Instant profileCutOff, LocalDate today) throws SQLException {
        Timestamp at = Timestamp.from(now);
        int offers = update("""
                INSERT INTO campaign_offer (campaign_id, offer_id, category_code, partner_id, conforming)
                SELECT ?, o.id, o.category_code, o.partner_id, TRUE
                FROM offer o JOIN partner p ON p.id = o.partner_id AND p.label_status IN ('GRANTED', 'WARNED')
                WHERE o.status = 'PUBLISHED'""",
                campaignId);
        int specification = update(FINDING_COLUMNS + """
                SELECT co.campaign_id, co.partner_id, co.offer_id, 'AUTOMATIC', 'SPECIFICATION',
                       LEFT(CASE WHEN cv.id IS NULL
                                 THEN CONCAT('Aucun verdict contre la version ', v.number,
                                             ' du cahier des charges en vigueur : l''offre n''a pas été jugée selon elle.')
                                 ELSE CONCAT('Non conforme à la version ', v.number,
                                             ' du cahier des charges en vigueur ; critères en défaut : ',
                                             COALESCE(NULLIF(cv.failing_keys, ''), '(non précisés)'))
                            END, 2000),
                       'PENDING', ?, 0
                FROM campaign_offer co
                JOIN (""" + IN_FORCE + """
                ) v ON v.category_code = co.category_code
                LEFT JOIN conformance_verdict cv ON cv.offer_id = co.offer_id AND cv.spec_version_id = v.id
                WHERE co.campaign_id = ? AND (cv.id IS NULL OR cv.conforming = FALSE)""", at, campaignId);
        int twoClick = update(FINDING_COLUMNS + """
                SELECT co.campaign_id, co.partner_id, co.offer_id, 'AUTOMATIC', 'TWO_CLICK',
                       LEFT(CONCAT('Retour au catalogue en deux clics introuvable (non-conformité confirmée) : ',
                                   GROUP_CONCAT(ol.url ORDER BY ol.position SEPARATOR ', ')), 2000),
                       'PENDING', ?, 0
                FROM campaign_offer co
                JOIN offer_link ol ON ol.offer_id = co.offer_id
                JOIN link_status ls ON ls.url = ol.url AND ls.confirmed_at IS NOT NULL
                WHERE co.campaign_id = ?
                GROUP BY co.campaign_id, co.partner_id, co.offer_id""", at, campaignId);
        Timestamp cutOff = Timestamp.from(profileCutOff);
        java.sql.Date day = java.sql.Date.valueOf(today);
        int profile = update(FINDING_COLUMNS + """
                SELECT ?, p.id, NULL, 'AUTOMATIC', 'PROFILE',
                       LEFT(CONCAT_WS(' ; ',
                            CASE WHEN COALESCE(p.profile_updated_at, p.created_at) < ?
                                 THEN CONCAT('Profil non mis à jour depuis le ',
                                             DATE_FORMAT(COALESCE(p.profile_updated_at, p.created_at), '%d/%m/%Y')) END,
                            CASE WHEN ins.valid_until < ?
                                 THEN CONCAT('Attestation d''assurance responsabilité civile professionnelle expirée le ',
                                             DATE_FORMAT(ins.valid_until, '%d/%m/%Y')) END,
                            CASE WHEN soc.valid_until < ?
                                 THEN CONCAT('Attestation de paiement des cotisations sociales expirée le ',
                                             DATE_FORMAT(soc.valid_until, '%d/%m/%Y')) END), 2000),
                       'PENDING', ?, 0
                FROM partner p
                JOIN (SELECT DISTINCT partner_id FROM campaign_offer WHERE campaign_id = ?) cp ON cp.partner_id = p.id
                LEFT JOIN (SELECT partner_id, MAX(valid_until) AS valid_until FROM application_attachment
                           WHERE kind = 'INSURANCE' AND partner_id IS NOT NULL GROUP BY partner_id) ins
                       ON ins.partner_id = p.id
                LEFT JOIN (SELECT partner_id, MAX(valid_until) AS valid_until FROM application_attachment
                           WHERE kind = 'SOCIAL_CONTRIBUTIONS' AND partner_id IS NOT NULL GROUP BY partner_id) soc
                       ON soc.partner_id = p.id
                WHERE COALESCE(p.profile_updated_at, p.created_at) < ? OR ins.valid_until < ? OR soc.valid_until < ?""",
                campaignId, cutOff, day, day, at, campaignId, cutOff, day, day);
        update("""
                UPDATE campaign_offer co
                JOIN (SELECT DISTINCT offer_id FROM finding
                      WHERE campaign_id = ? AND source = 'AUTOMATIC' AND offer_id IS NOT NULL) f ON f.offer_id = co.offer_id
                SET co.conforming = FALSE
                WHERE co.campaign_id = ?""", campaignId, campaignId);
        update("UPDATE campaign SET offer_count = ? WHERE id = ?", offers, campaignId);
        return new Counts(offers, specification, twoClick, profile);
    }

    private int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
