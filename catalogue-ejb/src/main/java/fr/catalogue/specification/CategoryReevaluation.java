package fr.catalogue.specification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges every published offer of a category against one version and stores the verdicts (R5),
 * in slices of offers: each slice is read with one query per table of facts and written with one
 * batch, so 100,000 offers cost a few hundred round trips, not hundreds of thousands. Judging
 * again against the same version replaces the verdict (the unique key), so running twice is harmless.
 * Public for the benchmark ({@code mvn -Pbench}), which times exactly this code.
 */
public final class CategoryReevaluation {

    static final int SLICE = 2_000;

    /** What a re-evaluation found: how many offers, and the partners of those that fail. */
    public record Outcome(int evaluated, int nonConforming, Map<Long, List<Long>> failingOffersByPartner) {
    }

    private final ConformanceEngine engine = new ConformanceEngine();

    /** Judges every published offer of the category, slice by slice, without writing anything. */
    void judgeAll(Connection connection, SpecificationRules rules, Judgement judgement) throws SQLException {
        List<long[]> offers = publishedOffers(connection, rules.categoryCode());
        for (int from = 0; from < offers.size(); from += SLICE) {
            List<long[]> slice = offers.subList(from, Math.min(from + SLICE, offers.size()));
            Map<Long, FactsBuilder> facts = readFacts(connection, rules.categoryCode(), slice.get(0)[0],
                    slice.get(slice.size() - 1)[0]);
            List<Judged> judged = new ArrayList<>(slice.size());
            for (long[] offer : slice) {
                judged.add(new Judged(offer[0], offer[1],
                        engine.evaluate(facts.getOrDefault(offer[0], new FactsBuilder()).build(), rules)));
            }
            judgement.accept(judged);
        }
    }

    /** One offer and its verdict. */
    record Judged(long offerId, long partnerId, Verdict verdict) {
    }

    /** What to do with each slice of judged offers. */
    @FunctionalInterface
    interface Judgement {
        void accept(List<Judged> slice) throws SQLException;
    }

    /** Judges every published offer of the category and stores each verdict with the version. */
    public Outcome run(Connection connection, SpecificationRules rules, long versionId, Instant now) throws SQLException {
        int[] counts = new int[2];
        Map<Long, List<Long>> failing = new LinkedHashMap<>();
        judgeAll(connection, rules, slice -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, failing_keys, results, evaluated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE conforming = VALUES(conforming), failing_keys = VALUES(failing_keys),
                        results = VALUES(results), evaluated_at = VALUES(evaluated_at)""")) {
                for (Judged judged : slice) {
                    Verdict verdict = judged.verdict();
                    upsert.setLong(1, judged.offerId());
                    upsert.setLong(2, versionId);
                    upsert.setBoolean(3, verdict.conforming());
                    upsert.setString(4, verdict.failures().stream().map(CriterionResult::key)
                            .collect(Collectors.joining(",")));
                    upsert.setString(5, resultsJson(verdict));
                    upsert.setTimestamp(6, Timestamp.from(now));
                    upsert.addBatch();
                    counts[0]++;
                    if (!verdict.conforming()) {
                        counts[1]++;
                        failing.computeIfAbsent(judged.partnerId(), p -> new ArrayList<>()).add(judged.offerId());
                    }
                }
                upsert.executeBatch();
            }
        });
        return new Outcome(counts[0], counts[1], failing);
    }

    /** Ids and partners of the category's published offers, in id order. */
    private static List<long[]> publishedOffers(Connection connection, String category) throws SQLException {
        List<long[]> offers = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT id, partner_id FROM offer WHERE category_code = ? AND status = 'PUBLISHED' ORDER BY id")) {
            sql.setString(1, category);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    offers.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return offers;
    }

    private static Map<Long, FactsBuilder> readFacts(Connection connection, String category, long firstId, long lastId)
            throws SQLException {
        Map<Long, FactsBuilder> facts = new HashMap<>();
        String slice = " FROM %s f JOIN offer o ON o.id = f.offer_id"
                + " WHERE o.category_code = ? AND o.status = 'PUBLISHED' AND f.offer_id BETWEEN ? AND ?";
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT f.offer_id, f.attr_key, f.attr_value" + slice.formatted("offer_attribute"))) {
            bind(sql, category, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    facts.computeIfAbsent(rows.getLong(1), id -> new FactsBuilder()).attributes
                            .put(rows.getString(2), rows.getString(3));
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT f.offer_id, f.component_key, f.amount, f.unit, f.description" + slice.formatted("offer_price_component"))) {
            bind(sql, category, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    BigDecimal amount = rows.getBigDecimal(3);
                    facts.computeIfAbsent(rows.getLong(1), id -> new FactsBuilder()).pricing
                            .put(rows.getString(2), new PriceComponent(amount, rows.getString(4), rows.getString(5)));
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT f.offer_id, f.service_key, f.coverage" + slice.formatted("offer_service"))) {
            bind(sql, category, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    Optional<ServiceCoverage> coverage = ServiceCoverage.parse(rows.getString(3));
                    if (coverage.isPresent()) {
                        facts.computeIfAbsent(rows.getLong(1), id -> new FactsBuilder()).services
                                .put(rows.getString(2), coverage.get());
                    }
                }
            }
        }
        return facts;
    }

    private static void bind(PreparedStatement sql, String category, long firstId, long lastId) throws SQLException {
        sql.setString(1, category);
        sql.setLong(2, firstId);
        sql.setLong(3, lastId);
    }

    /** The evidence kept with the verdict: every criterion's result, as JSON. */
    static String resultsJson(Verdict verdict) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (CriterionResult result : verdict.results()) {
            results.add(Json.createObjectBuilder()
                    .add("key", result.key())
                    .add("status", result.status().name())
                    .add("mandatory", result.mandatory())
                    .add("message", result.message()));
        }
        return results.build().toString();
    }

    private static final class FactsBuilder {
        private final Map<String, String> attributes = new HashMap<>();
        private final Map<String, PriceComponent> pricing = new HashMap<>();
        private final Map<String, ServiceCoverage> services = new HashMap<>();

        OfferFacts build() {
            return new OfferFacts(attributes, pricing, services);
        }
    }
}
