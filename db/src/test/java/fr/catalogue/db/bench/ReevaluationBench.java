package fr.catalogue.db.bench;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.db.EmbeddedMariaDb;
import fr.catalogue.db.Migrations;
import fr.catalogue.specification.CategoryReevaluation;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.SpecificationRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code mvn -Pbench}: the figure of issue 3 — re-evaluating 100,000 published offers against a new
 * version of their category's specification, reading their facts from and writing the verdicts to
 * MariaDB, with the application's own code ({@link CategoryReevaluation}), must take at most 20 s.
 *
 * <p>It starts a fresh embedded MariaDB, applies the migrations, generates the offers of one partner
 * in PC_DESKTOP with facts drawn for the criteria of the version in force (about a third failing),
 * then times the re-evaluation twice: first verdicts (inserts), then again (updates).
 */
public final class ReevaluationBench {

    private static final String CATEGORY = "PC_DESKTOP";

    private ReevaluationBench() {
    }

    public static void main(String[] args) throws Exception {
        int offers = Integer.parseInt(System.getProperty("bench.offers", "100000"));
        Path directory = Files.createTempDirectory("catalogue-bench-db");
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            String options = System.getProperty("bench.urlOptions", "");
            DatabaseAddress address = new DatabaseAddress(database.address().url() + options, database.address().user(),
                    database.address().password());
            Migrations.migrate(address);
            try (Connection connection = address.connect()) {
                long versionId = versionInForce(connection);
                SpecificationRules rules = rules(connection, versionId);
                Instant generation = Instant.now();
                generate(connection, rules, offers);
                System.out.printf("[bench] %,d offers with their facts generated in %.1f s%n", offers,
                        seconds(generation));
                for (String round : new String[] {"first verdicts (insert)", "again (update)"}) {
                    connection.setAutoCommit(false);
                    Instant start = Instant.now();
                    CategoryReevaluation.Outcome outcome = new CategoryReevaluation().run(connection, rules, versionId,
                            Instant.now());
                    connection.commit();
                    double elapsed = seconds(start);
                    System.out.printf("[bench] re-evaluation, %s: %,d offers judged, %,d no longer conform, "
                            + "%.1f s (%,.0f offers/s) — target 20 s: %s%n", round, outcome.evaluated(),
                            outcome.nonConforming(), elapsed, outcome.evaluated() / elapsed, elapsed <= 20 ? "met" : "MISSED");
                }
            }
        }
    }

    private static long versionInForce(Connection connection) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT id FROM specification_version WHERE category_code = ? AND status = 'PUBLISHED'")) {
            sql.setString(1, CATEGORY);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static SpecificationRules rules(Connection connection, long versionId) throws SQLException {
        List<Criterion> criteria = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT criterion_key, label, explanation, type, mandatory, unit, min_value, max_value, allowed_values
                FROM specification_criterion WHERE version_id = ? ORDER BY position""")) {
            sql.setLong(1, versionId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    String values = rows.getString(9);
                    criteria.add(new Criterion(rows.getString(1), rows.getString(2), rows.getString(3),
                            CriterionType.valueOf(rows.getString(4)), rows.getBoolean(5), rows.getString(6),
                            strip(rows.getBigDecimal(7)), strip(rows.getBigDecimal(8)),
                            Criterion.valuesOfLines(values)));
                }
            }
        }
        int version;
        try (PreparedStatement sql = connection.prepareStatement("SELECT number FROM specification_version WHERE id = ?")) {
            sql.setLong(1, versionId);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                version = rows.getInt(1);
            }
        }
        return new SpecificationRules(CATEGORY, version, criteria);
    }

    /** One partner, {@code count} published offers, facts drawn per criterion (one in three fails one). */
    private static void generate(Connection connection, SpecificationRules rules, int count) throws SQLException {
        Random random = new Random(20_261_123L);
        connection.setAutoCommit(false);
        long partner;
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO partner (name, kind, town, postcode, created_at) "
                    + "VALUES ('Banc d''essai SARL', 'EQUIPMENT_MAKER', 'Lyon', '69001', NOW(6))",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                partner = keys.getLong(1);
            }
        }
        int slice = 1_000;
        for (int from = 0; from < count; from += slice) {
            int size = Math.min(slice, count - from);
            long firstId;
            try (Statement sql = connection.createStatement()) {
                StringBuilder insert = new StringBuilder("INSERT INTO offer (partner_id, category_code, title, description, "
                        + "price_excl_vat, status, published_at, created_at, updated_at) VALUES ");
                for (int i = 0; i < size; i++) {
                    insert.append(i == 0 ? "" : ",").append("(").append(partner).append(",'").append(CATEGORY)
                            .append("','PC de bureau n° ").append(from + i).append("','PC de bureau de test',")
                            .append(450 + random.nextInt(900)).append(",'PUBLISHED',NOW(6),NOW(6),NOW(6))");
                }
                sql.executeUpdate(insert.toString(), Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = sql.getGeneratedKeys()) {
                    keys.next();
                    firstId = keys.getLong(1); // one multi-row insert: consecutive ids
                }
            }
            StringBuilder attributes = new StringBuilder();
            StringBuilder pricing = new StringBuilder();
            for (int i = 0; i < size; i++) {
                long offer = firstId + i;
                boolean failing = random.nextInt(3) == 0;
                int failingIndex = random.nextInt(rules.criteria().size());
                for (int c = 0; c < rules.criteria().size(); c++) {
                    Criterion criterion = rules.criteria().get(c);
                    boolean pass = !(failing && c == failingIndex);
                    if (criterion.type() == CriterionType.PRICE_COMPONENT) {
                        if (pass) {
                            pricing.append(pricing.length() == 0 ? "" : ",").append("(").append(offer).append(",'")
                                    .append(criterion.key()).append("',0,'forfait','Inclus dans le prix')");
                        }
                    } else {
                        String value = value(criterion, pass, random);
                        if (value != null) {
                            attributes.append(attributes.length() == 0 ? "" : ",").append("(").append(offer).append(",'")
                                    .append(criterion.key()).append("','").append(value.replace("'", "''")).append("')");
                        }
                    }
                }
            }
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO offer_attribute (offer_id, attr_key, attr_value) VALUES " + attributes);
                if (pricing.length() > 0) {
                    sql.executeUpdate("INSERT INTO offer_price_component (offer_id, component_key, amount, unit, description) "
                            + "VALUES " + pricing);
                }
            }
        }
        connection.commit();
    }

    /** A value a partner could type for this criterion, meeting it or not. */
    private static String value(Criterion criterion, boolean pass, Random random) {
        String unit = criterion.unit() == null ? "" : " " + criterion.unit();
        return switch (criterion.type()) {
            case MIN -> (pass ? criterion.min().multiply(BigDecimal.valueOf(1 + random.nextInt(3)))
                    : criterion.min().divide(BigDecimal.valueOf(2))).stripTrailingZeros().toPlainString() + unit;
            case MAX -> (pass ? criterion.max().divide(BigDecimal.valueOf(1 + random.nextInt(3)), 2, RoundingMode.HALF_UP)
                    : criterion.max().multiply(BigDecimal.valueOf(2))).stripTrailingZeros().toPlainString() + unit;
            case RANGE -> (pass ? criterion.min() : criterion.max().multiply(BigDecimal.valueOf(2)))
                    .stripTrailingZeros().toPlainString() + unit;
            case BOOLEAN -> pass ? "oui" : "non";
            case ONE_OF -> pass ? criterion.values().get(random.nextInt(criterion.values().size())) : "Autre";
            case ALL_OF -> pass ? String.join("; ", criterion.values()) : criterion.values().get(0);
            case TEXT -> pass ? "Renseigné" : null;
            case PRICE_COMPONENT, SERVICE_COVERAGE -> null;
        };
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
