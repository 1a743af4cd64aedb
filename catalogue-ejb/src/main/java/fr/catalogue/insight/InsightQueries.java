package fr.catalogue.insight;

import fr.catalogue.campaign.FindingKind;
import fr.catalogue.campaign.FindingSource;
import fr.catalogue.campaign.FindingStatus;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.label.NoticeStatus;
import fr.catalogue.partner.PartnerKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewers' dashboard and partner history as SQL over the review tables (campaign_offer,
 * notice, label_transition, finding, document_download), on a plain JDBC connection so that the
 * queries are tested against a real MariaDB outside the container. Each method is one query,
 * aggregated in the database; none loops over offers in Java. Rules (buckets, rates, months) are
 * left to {@link NoticeAge}, {@link ConformityRate} and {@link MonthSeries}.
 */
public final class InsightQueries {

    /**
     * A notice is open until its correction is accepted or the right is withdrawn (R18): the
     * partner may still correct and answer, and the reviewers must still decide.
     */
    static final String OPEN_NOTICE =
            "n.status NOT IN ('ACCEPTED', 'WITHDRAWN') AND p.label_status <> 'WITHDRAWN'";

    private final Connection connection;

    public InsightQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Offers and conforming offers per category in each of the {@code campaigns} latest campaigns,
     * oldest campaign first, categories in their catalogue order.
     */
    public List<ConformityRate> conformityByCategory(int campaigns) throws SQLException {
        List<ConformityRate> rates = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT c.id, c.period, co.category_code, cat.name, COUNT(*),
                       SUM(CASE WHEN co.conforming THEN 1 ELSE 0 END)
                FROM (SELECT id, period FROM campaign ORDER BY period DESC LIMIT ?) c
                JOIN campaign_offer co ON co.campaign_id = c.id
                JOIN category cat ON cat.code = co.category_code
                GROUP BY c.id, c.period, co.category_code, cat.name, cat.position
                ORDER BY c.period, cat.position""")) {
            sql.setInt(1, campaigns);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    rates.add(new ConformityRate(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getLong(5), rows.getLong(6)));
                }
            }
        }
        return rates;
    }

    /** The open notices counted by their age in whole days (24-hour periods) since sending, at {@code now}. */
    public Map<Long, Long> openNoticesByAgeInDays(Instant now) throws SQLException {
        Map<Long, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT TIMESTAMPDIFF(DAY, n.sent_at, ?) AS days, COUNT(*)
                FROM notice n JOIN partner p ON p.id = n.partner_id
                WHERE %s
                GROUP BY days ORDER BY days""".formatted(OPEN_NOTICE))) {
            sql.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** When each right was withdrawn since {@code from}, oldest first (R18). */
    public List<Instant> withdrawalsSince(Instant from) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT at FROM label_transition WHERE to_status = 'WITHDRAWN' AND at >= ? ORDER BY at""")) {
            sql.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                }
            }
        }
        return times;
    }

    /** The partner's whole record (each list newest first, {@link PartnerHistory#LIMIT} rows at most), if it exists. */
    public Optional<PartnerHistory> history(long partnerId) throws SQLException {
        Optional<PartnerHistory.Partner> partner = partner(partnerId);
        if (partner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PartnerHistory(partner.get(), offers(partnerId), findings(partnerId),
                notices(partnerId), transitions(partnerId), downloads(partnerId)));
    }

    private Optional<PartnerHistory.Partner> partner(long partnerId) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT id, name, siren, kind, label_status, label_since FROM partner WHERE id = ?")) {
            sql.setLong(1, partnerId);
            try (ResultSet row = sql.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PartnerHistory.Partner(row.getLong(1), row.getString(2), row.getString(3),
                        PartnerKind.valueOf(row.getString(4)), LabelStatus.valueOf(row.getString(5)), instant(row, 6)));
            }
        }
    }

    private List<PartnerHistory.Offer> offers(long partnerId) throws SQLException {
        // The latest verdict of each offer, whatever the specification version it was judged against.
        return listOfPartner("""
                SELECT o.id, o.title, cat.name, o.status, o.published_at, v.conforming, sv.number, v.evaluated_at
                FROM offer o
                JOIN category cat ON cat.code = o.category_code
                LEFT JOIN conformance_verdict v ON v.id = (
                    SELECT latest.id FROM conformance_verdict latest WHERE latest.offer_id = o.id
                    ORDER BY latest.evaluated_at DESC, latest.id DESC LIMIT 1)
                LEFT JOIN specification_version sv ON sv.id = v.spec_version_id
                WHERE o.partner_id = ?
                ORDER BY o.updated_at DESC, o.id DESC""", partnerId,
                row -> new PartnerHistory.Offer(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        instant(row, 5), row.getObject(6) == null ? null : row.getBoolean(6),
                        row.getObject(7) == null ? null : row.getInt(7), instant(row, 8)));
    }

    private List<PartnerHistory.Finding> findings(long partnerId) throws SQLException {
        return listOfPartner("""
                SELECT f.id, c.period, f.offer_id, f.kind, f.source, f.status, f.detail, f.created_at
                FROM finding f JOIN campaign c ON c.id = f.campaign_id
                WHERE f.partner_id = ?
                ORDER BY f.created_at DESC, f.id DESC""", partnerId,
                row -> new PartnerHistory.Finding(row.getLong(1), row.getString(2),
                        row.getObject(3) == null ? null : row.getLong(3), FindingKind.valueOf(row.getString(4)),
                        FindingSource.valueOf(row.getString(5)), FindingStatus.valueOf(row.getString(6)),
                        row.getString(7), instant(row, 8)));
    }

    private List<PartnerHistory.Notice> notices(long partnerId) throws SQLException {
        return listOfPartner("""
                SELECT n.id, c.period, n.status, n.sent_at, n.receipt, n.received_at, n.deadline, n.answered_at,
                       n.decided_at, n.decided_by
                FROM notice n LEFT JOIN campaign c ON c.id = n.campaign_id
                WHERE n.partner_id = ?
                ORDER BY n.sent_at DESC, n.id DESC""", partnerId,
                row -> new PartnerHistory.Notice(row.getLong(1), row.getString(2),
                        NoticeStatus.valueOf(row.getString(3)), instant(row, 4),
                        row.getString(5), instant(row, 6), instant(row, 7), instant(row, 8), instant(row, 9),
                        row.getString(10)));
    }

    private List<PartnerHistory.Transition> transitions(long partnerId) throws SQLException {
        return listOfPartner("""
                SELECT from_status, to_status, at, actor, reason FROM label_transition
                WHERE partner_id = ? ORDER BY at DESC, id DESC""", partnerId,
                row -> new PartnerHistory.Transition(
                        row.getString(1) == null ? null : LabelStatus.valueOf(row.getString(1)),
                        LabelStatus.valueOf(row.getString(2)), instant(row, 3),
                        row.getString(4), row.getString(5)));
    }

    private List<PartnerHistory.Download> downloads(long partnerId) throws SQLException {
        return listOfPartner("""
                SELECT d.at, d.user_code, d.outcome, doc.kind, doc.title, doc.version
                FROM document_download d JOIN charter_document doc ON doc.id = d.document_id
                WHERE d.partner_id = ?
                ORDER BY d.at DESC, d.id DESC""", partnerId,
                row -> new PartnerHistory.Download(instant(row, 1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getInt(6)));
    }

    /** Maps one row of a result set. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The rows of a query with one parameter, the partner's id, cut at {@link PartnerHistory#LIMIT}. */
    private <T> List<T> listOfPartner(String query, long partnerId, RowMapper<T> mapper) throws SQLException {
        List<T> list = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(query + "\nLIMIT ?")) {
            sql.setLong(1, partnerId);
            sql.setInt(2, PartnerHistory.LIMIT);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    list.add(mapper.map(rows));
                }
            }
        }
        return list;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
