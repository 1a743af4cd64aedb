package fr.catalogue.specification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Looked up once: each {@code Json.createXxx} call would search the class path for a provider. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** What a re-evaluation found: how many offers, and the partners of those that fail. */
    public record Outcome(int evaluated, int nonConforming, Map<Long, List<Long>> failingOffersByPartner) {
    }

    private final ConformanceEngine engine = new ConformanceEngine();

    /** Judges every published offer of the category, slice by slice, without writing anything. */
    void judgeAll(Connection connection, SpecificationRules rules, Judgement judgement) throws SQLException {
        List<long[]> offers = publishedOffers(connection, rules.categoryCode());
        for (int from = 0; from < offers.size(); from += SLICE) {
            List<long[]> slice = offers.subList(from, Math.min(from + SLICE, offers.size()));
            Map<Long, FactsBuilder> facts = readFacts(connection, slice);
            List<Judged> judged = new ArrayList<>(slice.size());
            for (long[] offer : slice) {
                judged.add(new Judged(offer[0], offer[1],
                        engine.evaluate(facts.get(offer[0]).build(), rules)));
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
            // One multi-row statement per slice: one round trip and one parse for 2,000 verdicts.
            try (PreparedStatement upsert = connection.prepareStatement(upsertOf(slice.size()))) {
                int p = 0;
                for (Judged judged : slice) {
                    Verdict verdict = judged.verdict();
                    upsert.setLong(++p, judged.offerId());
                    upsert.setLong(++p, versionId);
                    upsert.setBoolean(++p, verdict.conforming());
                    upsert.setString(++p, verdict.failures().stream().map(CriterionResult::key)
                            .collect(Collectors.joining(",")));
                    upsert.setString(++p, resultsJson(verdict));
                    upsert.setTimestamp(++p, Timestamp.from(now));
                    counts[0]++;
                    if (!verdict.conforming()) {
                        counts[1]++;
                        failing.computeIfAbsent(judged.partnerId(), partner -> new ArrayList<>()).add(judged.offerId());
                    }
                }
                upsert.executeUpdate();
            }
        });
        return new Outcome(counts[0], counts[1], failing);
    }

    private static String upsertOf(int rows) {
        return "INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, failing_keys, results, evaluated_at)"
                + " VALUES " + String.join(",", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE conforming = VALUES(conforming), failing_keys = VALUES(failing_keys),"
                + " results = VALUES(results), evaluated_at = VALUES(evaluated_at)";
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

    /**
     * The facts of the offers whose ids lie in [firstId, lastId], read by primary-key range (one
     * query per table); offers of other categories or statuses in that range are left out.
     */
    private static Map<Long, FactsBuilder> readFacts(Connection connection, List<long[]> slice) throws SQLException {
        Map<Long, FactsBuilder> facts = new HashMap<>();
        for (long[] offer : slice) {
            facts.put(offer[0], new FactsBuilder());
        }
        long firstId = slice.get(0)[0];
        long lastId = slice.get(slice.size() - 1)[0];
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT offer_id, attr_key, attr_value FROM offer_attribute WHERE offer_id BETWEEN ? AND ?")) {
            bind(sql, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    FactsBuilder offer = facts.get(rows.getLong(1));
                    if (offer != null) {
                        offer.attributes.put(rows.getString(2), rows.getString(3));
                    }
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement("SELECT offer_id, component_key, amount, unit, description"
                + " FROM offer_price_component WHERE offer_id BETWEEN ? AND ?")) {
            bind(sql, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    FactsBuilder offer = facts.get(rows.getLong(1));
                    if (offer != null) {
                        offer.pricing.put(rows.getString(2),
                                new PriceComponent(rows.getBigDecimal(3), rows.getString(4), rows.getString(5)));
                    }
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT offer_id, service_key, coverage FROM offer_service WHERE offer_id BETWEEN ? AND ?")) {
            bind(sql, firstId, lastId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    FactsBuilder offer = facts.get(rows.getLong(1));
                    Optional<ServiceCoverage> coverage = ServiceCoverage.parse(rows.getString(3));
                    if (offer != null && coverage.isPresent()) {
                        offer.services.put(rows.getString(2), coverage.get());
                    }
                }
            }
        }
        return facts;
    }

    private static void bind(PreparedStatement sql, long firstId, long lastId) throws SQLException {
        sql.setLong(1, firstId);
        sql.setLong(2, lastId);
    }

    /**
     * The evidence kept with the verdict, as JSON: the result of every criterion not met (failed
     * or missing, mandatory or not) with its French message. Met criteria are not repeated: the
     * version and the offer's facts say them, and leaving them out keeps a verdict small.
     */
    public static String resultsJson(Verdict verdict) {
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (CriterionResult result : verdict.results()) {
            if (result.status() == ResultStatus.PASS) {
                continue;
            }
            results.add(JSON.createObjectBuilder()
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
