package fr.catalogue.search;

import fr.catalogue.common.RichText;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads from the database what the index holds, in plain SQL (100,000 offers load in one pass):
 * the offers the public catalogue shows — the SAME rule as {@code Offer}'s named queries: published,
 * partner holding the right (GRANTED or WARNED, R18), no failing verdict against the version in force
 * of its category — and the main criteria of each category's specification in force.
 */
final class OfferSource {

    /** The catalogue's rule, as {@code Offer.findPublishedSummaries} states it in JPQL. */
    static final String VISIBLE = """
            o.status = 'PUBLISHED' AND p.label_status IN ('GRANTED', 'WARNED')
              AND NOT EXISTS (SELECT 1 FROM conformance_verdict cv JOIN specification_version v ON v.id = cv.spec_version_id
                              WHERE cv.offer_id = o.id AND cv.conforming = FALSE
                                AND v.status = 'PUBLISHED' AND v.applied_at IS NOT NULL)""";

    private static final String OFFERS = """
            SELECT o.id, o.title, o.description, o.price_excl_vat, o.published_at, c.code, c.name, c.family,
                   p.id, p.name, p.town, p.postcode, p.kind
            FROM offer o JOIN category c ON c.code = o.category_code JOIN partner p ON p.id = o.partner_id
            WHERE\s""" + VISIBLE;

    /** The most criteria of a category offered as facets, in the specification's order. */
    static final int MAX_CRITERIA_FACETS = 6;
    private static final int IDS_PER_QUERY = 500;

    private final Connection connection;

    OfferSource(Connection connection) {
        this.connection = connection;
    }

    /** Every offer the catalogue shows, handed one by one (the attributes read first, in one query). */
    int all(Consumer<IndexedOffer> sink) throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT a.offer_id, a.attr_key, a.attr_value FROM offer_attribute a
                JOIN offer o ON o.id = a.offer_id WHERE o.status = 'PUBLISHED'""");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                attributes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>(8)).put(rows.getString(2), rows.getString(3));
            }
        }
        return read(OFFERS, List.of(), attributes, sink);
    }

    /** The offers among these the catalogue shows (the others: not published, or hidden). */
    List<IndexedOffer> offers(List<Long> ids) throws SQLException {
        List<IndexedOffer> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String in = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            List<Object> parameters = new ArrayList<>(chunk);
            read(OFFERS + " AND o.id IN (" + in + ")", parameters, attributes("o.id IN (" + in + ")", parameters),
                    found::add);
        }
        return found;
    }

    /** The offers of a partner the catalogue shows. */
    List<IndexedOffer> ofPartner(long partnerId) throws SQLException {
        List<IndexedOffer> found = new ArrayList<>();
        read(OFFERS + " AND p.id = ?", List.of(partnerId), attributes("o.partner_id = ?", List.of(partnerId)), found::add);
        return found;
    }

    /** The offers of a category the catalogue shows. */
    List<IndexedOffer> ofCategory(String categoryCode) throws SQLException {
        List<IndexedOffer> found = new ArrayList<>();
        read(OFFERS + " AND c.code = ?", List.of(categoryCode),
                attributes("o.category_code = ?", List.of(categoryCode)), found::add);
        return found;
    }

    /** Every offer the catalogue shows, with what changes it: its version, its partner's (name, town, right). */
    Map<Long, String> signatures() throws SQLException {
        Map<Long, String> signatures = new HashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT o.id, o.version, p.version, o.category_code FROM offer o JOIN partner p ON p.id = o.partner_id
                WHERE\s""" + VISIBLE);
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                signatures.put(rows.getLong(1), rows.getLong(2) + "/" + rows.getLong(3) + "/" + rows.getString(4));
            }
        }
        return signatures;
    }

    private Map<Long, Map<String, String>> attributes(String offerCondition, List<Object> parameters) throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("SELECT a.offer_id, a.attr_key, a.attr_value"
                + " FROM offer_attribute a JOIN offer o ON o.id = a.offer_id WHERE " + offerCondition)) {
            bind(sql, parameters);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    attributes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return attributes;
    }

    private int read(String query, List<Object> parameters, Map<Long, Map<String, String>> attributes,
            Consumer<IndexedOffer> sink) throws SQLException {
        int count = 0;
        try (PreparedStatement sql = connection.prepareStatement(query)) {
            sql.setFetchSize(1000);
            bind(sql, parameters);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Timestamp published = rows.getTimestamp(5);
                    String description = rows.getString(3);
                    sink.accept(new IndexedOffer(id, rows.getString(2), plain(description),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getLong(9), rows.getString(10),
                            rows.getString(11), rows.getString(12), rows.getString(13), rows.getBigDecimal(4),
                            published == null ? null : published.toInstant(), attributes.getOrDefault(id, Map.of())));
                    count++;
                }
            }
        }
        return count;
    }

    /** The partner's description without its markup (most have none: no parsing then). */
    private static String plain(String description) {
        if (description == null) {
            return "";
        }
        return description.indexOf('<') < 0 && description.indexOf('&') < 0 ? description : RichText.plainText(description);
    }

    private static void bind(PreparedStatement sql, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            sql.setObject(i + 1, parameters.get(i));
        }
    }

    /**
     * The criteria facets of every category, from the version in force on {@code today} (the
     * latest published or superseded version already effective, as {@code SpecificationVersion.findInForce}).
     */
    Map<String, List<CriterionFacet>> criteriaInForce(LocalDate today) throws SQLException {
        Map<String, Long> inForce = new HashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT category_code, id FROM specification_version
                WHERE status <> 'DRAFT' AND effective_date <= ? ORDER BY category_code, effective_date DESC, number DESC""")) {
            sql.setObject(1, today);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    inForce.putIfAbsent(rows.getString(1), rows.getLong(2));
                }
            }
        }
        Map<Long, String> categoryOfVersion = new HashMap<>();
        inForce.forEach((category, version) -> categoryOfVersion.put(version, category));
        Map<String, List<CriterionFacet>> facets = new LinkedHashMap<>();
        if (inForce.isEmpty()) {
            return facets;
        }
        String in = inForce.values().stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT version_id, criterion_key, label, type, unit, min_value, max_value, allowed_values
                FROM specification_criterion WHERE version_id IN (""" + in + ") ORDER BY version_id, position");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                String category = categoryOfVersion.get(rows.getLong(1));
                List<CriterionFacet> ofCategory = facets.computeIfAbsent(category, c -> new ArrayList<>());
                if (ofCategory.size() >= MAX_CRITERIA_FACETS) {
                    continue;
                }
                try {
                    CriterionType type = CriterionType.valueOf(rows.getString(4));
                    BigDecimal min = rows.getBigDecimal(6);
                    BigDecimal max = rows.getBigDecimal(7);
                    Criterion criterion = new Criterion(rows.getString(2), rows.getString(3), "", type, false,
                            type.isNumeric() ? rows.getString(5) : null, bound(type, min, CriterionType.MAX),
                            bound(type, max, CriterionType.MIN),
                            type.hasValues() ? Criterion.valuesOfLines(rows.getString(8)) : null);
                    CriterionFacet.of(criterion).ifPresent(ofCategory::add);
                } catch (IllegalArgumentException e) {
                    // a criterion the engine could not judge either: no facet for it
                }
            }
        }
        return facets;
    }

    /** A bound the type carries (MIN has no max, MAX no min), trailing zeros of DECIMAL(18,4) dropped. */
    private static BigDecimal bound(CriterionType type, BigDecimal value, CriterionType without) {
        return value == null || type == without || !type.isNumeric() ? null : value.stripTrailingZeros();
    }
}
