package fr.catalogue.campaign;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The campaign's reads in SQL: the worklist (one query per page, no N+1), the categories, the conformity. */
final class FindingQueries {

    private static final String COLUMNS = """
            SELECT f.id, f.version, f.partner_id, p.name AS partner_name, f.offer_id, o.title,
                   c.name AS category_name, f.kind, f.source, f.status, f.detail, f.decided_by,
                   f.decided_at, f.note, f.notice_id
            """;
    /** The worklist's order: partner by partner, the partner's own findings first, then offer by offer. */
    private static final String ORDER = " ORDER BY p.name, f.partner_id, f.offer_id IS NOT NULL, f.offer_id, f.id";

    private static final String FROM = """
            FROM finding f
            JOIN partner p ON p.id = f.partner_id
            LEFT JOIN offer o ON o.id = f.offer_id
            LEFT JOIN category c ON c.code = o.category_code
            WHERE f.campaign_id = ?""";

    private FindingQueries() {
    }

    static Page<FindingRow> page(DataSource dataSource, long campaignId, FindingFilter filter, PageRequest request) {
        StringBuilder where = new StringBuilder();
        List<Object> values = new ArrayList<>();
        values.add(campaignId);
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.append(" AND o.category_code = ?");
            values.add(filter.categoryCode().strip());
        }
        if (filter.partner() != null && !filter.partner().isBlank()) {
            where.append(" AND (p.name LIKE ? OR p.siren = ?)");
            values.add("%" + escapeLike(filter.partner().strip()) + "%");
            values.add(filter.partner().strip());
        }
        if (filter.kind() != null) {
            where.append(" AND f.kind = ?");
            values.add(filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" AND f.status = ?");
            values.add(filter.status().name());
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) " + FROM + where)) {
                Campaigns.bind(count, values);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<FindingRow> items = new ArrayList<>();
            if (total > request.offset()) {
                List<Object> paged = new ArrayList<>(values);
                paged.add(request.size());
                paged.add(request.offset());
                try (PreparedStatement select = connection.prepareStatement(
                        COLUMNS + FROM + where + ORDER + " LIMIT ? OFFSET ?")) {
                    Campaigns.bind(select, paged);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            items.add(row(rows));
                        }
                    }
                }
            }
            return new Page<>(items, total, request.page(), request.size());
        } catch (SQLException e) {
            throw new EJBException("Could not read the findings of campaign " + campaignId, e);
        }
    }

    /** Every finding of a campaign, in the worklist's order (the report). */
    static List<FindingRow> all(DataSource dataSource, long campaignId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + FROM + ORDER)) {
            select.setLong(1, campaignId);
            List<FindingRow> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(row(rows));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new EJBException("Could not read the findings of campaign " + campaignId, e);
        }
    }

    private static FindingRow row(ResultSet rows) throws SQLException {
        long offer = rows.getLong("offer_id");
        Long offerId = rows.wasNull() ? null : offer;
        long notice = rows.getLong("notice_id");
        Long noticeId = rows.wasNull() ? null : notice;
        return new FindingRow(rows.getLong("id"), rows.getLong("version"), rows.getLong("partner_id"),
                rows.getString("partner_name"), offerId, rows.getString("title"), rows.getString("category_name"),
                FindingKind.valueOf(rows.getString("kind")), FindingSource.valueOf(rows.getString("source")),
                FindingStatus.valueOf(rows.getString("status")), rows.getString("detail"), rows.getString("decided_by"),
                Campaigns.instant(rows, "decided_at"), rows.getString("note"), noticeId);
    }

    static Map<String, String> categories(DataSource dataSource, long campaignId) {
        Map<String, String> categories = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT c.code, c.name FROM category c
                     WHERE EXISTS (SELECT 1 FROM campaign_offer co WHERE co.campaign_id = ? AND co.category_code = c.code)
                     ORDER BY c.position""")) {
            select.setLong(1, campaignId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    categories.put(rows.getString(1), rows.getString(2));
                }
            }
            return categories;
        } catch (SQLException e) {
            throw new EJBException("Could not read the categories of campaign " + campaignId, e);
        }
    }

    static List<CategoryConformity> conformity(DataSource dataSource, long campaignId) {
        List<CategoryConformity> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT c.code, c.name, COUNT(*), SUM(CASE WHEN co.conforming THEN 1 ELSE 0 END)
                     FROM campaign_offer co JOIN category c ON c.code = co.category_code
                     WHERE co.campaign_id = ?
                     GROUP BY c.code, c.name, c.position ORDER BY c.position""")) {
            select.setLong(1, campaignId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new CategoryConformity(rows.getString(1), rows.getString(2), rows.getLong(3),
                            rows.getLong(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new EJBException("Could not read the conformity of campaign " + campaignId, e);
        }
    }

    /** The partners whose offers a campaign took, by name: id → name (SIREN). */
    static Map<Long, String> partners(DataSource dataSource, long campaignId) {
        return idsAndNames(dataSource, """
                SELECT p.id, CONCAT(p.name, COALESCE(CONCAT(' (', p.siren, ')'), '')) FROM partner p
                WHERE EXISTS (SELECT 1 FROM campaign_offer co WHERE co.campaign_id = ? AND co.partner_id = p.id)
                ORDER BY p.name, p.id""", campaignId);
    }

    /** A partner's offers a campaign took: id → title. */
    static Map<Long, String> offers(DataSource dataSource, long campaignId, long partnerId) {
        return idsAndNames(dataSource, """
                SELECT o.id, o.title FROM campaign_offer co JOIN offer o ON o.id = co.offer_id
                WHERE co.campaign_id = ? AND co.partner_id = ? ORDER BY o.title, o.id""", campaignId, partnerId);
    }

    private static Map<Long, String> idsAndNames(DataSource dataSource, String sql, Object... values) {
        Map<Long, String> result = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            Campaigns.bind(select, List.of(values));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getLong(1), rows.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new EJBException("Could not read the campaign's partners or offers", e);
        }
    }

    static Optional<Long> partnerOfOffer(EntityManager em, long offerId) {
        List<?> rows = em.createNativeQuery("SELECT partner_id FROM offer WHERE id = ?").setParameter(1, offerId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    static boolean partnerExists(EntityManager em, long partnerId) {
        return !em.createNativeQuery("SELECT id FROM partner WHERE id = ?").setParameter(1, partnerId)
                .getResultList().isEmpty();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
