package fr.catalogue.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.demo.DemoAccounts;
import fr.catalogue.db.demo.DemoData;
import fr.catalogue.security.PasswordHash;
import fr.catalogue.specification.ConformanceEngine;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.OfferFacts;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.Verdict;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn -Prun} relies on, against a real mariadbd: the embedded database keeps its data
 * and credentials across a restart, migrations apply, and the demo data loads once, never twice.
 */
class EmbeddedMariaDbIT {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossARestartAndLoadsTheDemoDataOnce() throws Exception {
        DatabaseAddress first;
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            first = database.address();
            assertEquals("16", Migrations.migrate(first).targetSchemaVersion);
            assertTrue(DemoData.loadIfEmpty(first, Clock.systemUTC()));
            assertTrue(count(first, "SELECT COUNT(*) FROM partner") >= 30);
            assertTrue(count(first, "SELECT COUNT(*) FROM offer") >= 300);
            // every category of R1-R4 holds offers
            assertEquals(28, count(first, "SELECT COUNT(DISTINCT category_code) FROM offer"));
        }
        long offers;
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress again = database.address();
            assertEquals(first.password(), again.password(), "the generated credentials are kept");
            assertEquals(0, Migrations.migrate(again).migrationsExecuted);
            offers = count(again, "SELECT COUNT(*) FROM offer");
            assertFalse(DemoData.loadIfEmpty(again, Clock.systemUTC()), "demo data is never loaded twice");
            assertEquals(offers, count(again, "SELECT COUNT(*) FROM offer"));
            assertEquals(4, count(again, "SELECT COUNT(*) FROM account"));
            DatabaseAddress root = new DatabaseAddress(again.url(), "root", "");
            assertThrows(SQLException.class, root::connect, "access control stays on after a restart");
        }
    }

    @Test
    void theDemoAccountsSignInWithTheirDocumentedPasswords() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress address = database.address();
            Migrations.migrate(address);
            DemoData.loadIfEmpty(address, Clock.systemUTC());
            PasswordHash hash = new PasswordHash();
            assertTrue(hash.verify(DemoAccounts.ADMIN_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.ADMIN_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.REVIEWER_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.REVIEWER_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.PARTNER_1_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_1_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.PARTNER_2_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_2_USER_CODE)));
            assertFalse(hash.verify(DemoAccounts.ADMIN_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_1_USER_CODE)));
            assertNotEquals(partnerOf(address, DemoAccounts.PARTNER_1_USER_CODE), partnerOf(address, DemoAccounts.PARTNER_2_USER_CODE));
        }
    }

    @Test
    void keepsItsCredentialsPrivateAndRefusesOtherUsersAndASecondServer() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory.resolve("credentials.properties"));
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
            DatabaseAddress address = database.address();
            DatabaseAddress wrong = new DatabaseAddress(address.url(), address.user(), "not-the-password");
            assertThrows(SQLException.class, wrong::connect);
            DatabaseAddress root = new DatabaseAddress(address.url(), "root", "");
            assertThrows(SQLException.class, root::connect, "access control is on");

            IllegalStateException second = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(directory, 0), "one server per directory at a time");
            assertTrue(second.getMessage().contains("Another embedded MariaDB already uses"), second.getMessage());
        }
    }

    @Test
    void refusesAHalfInitialisedDirectory() throws Exception {
        Files.createDirectories(directory.resolve("data/mysql"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedMariaDb.start(directory, 0));
        assertTrue(e.getMessage().contains("credentials.properties"), e.getMessage());
    }

    /**
     * The demo catalogue and the specifications agree (R5, R11): every published offer meets the
     * version in force of its category, except the legacy desktop PCs, which meet version 1 of
     * PC_DESKTOP but not version 2 (the demo of a specification's new version).
     */
    @Test
    void everyPublishedDemoOfferMeetsTheSpecificationInForce() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress address = database.address();
            Migrations.migrate(address);
            assertTrue(DemoData.loadIfEmpty(address, Clock.systemUTC()));

            // One version in force (PUBLISHED) per category; PC_DESKTOP's first version is superseded.
            Map<String, Long> published = countsByCategory(address,
                    "SELECT category_code, COUNT(*) FROM specification_version WHERE status = 'PUBLISHED' "
                            + "GROUP BY category_code");
            assertEquals(count(address, "SELECT COUNT(*) FROM category"), published.size(), "categories in force");
            published.forEach((category, versions) -> assertEquals(1L, versions, category));
            assertEquals(2, count(address, "SELECT COUNT(*) FROM specification_version WHERE category_code = 'PC_DESKTOP'"));
            assertEquals(1, count(address, "SELECT COUNT(*) FROM specification_version WHERE category_code = 'PC_DESKTOP' "
                    + "AND number = 1 AND status = 'SUPERSEDED'"));

            Map<String, SpecificationRules> inForce = rules(address, "v.status = 'PUBLISHED'");
            SpecificationRules desktopV1 = rules(address, "v.category_code = 'PC_DESKTOP' AND v.number = 1")
                    .get("PC_DESKTOP");
            assertEquals(2, inForce.get("PC_DESKTOP").version());
            for (SpecificationRules rules : inForce.values()) {
                int size = rules.criteria().size();
                assertTrue(size >= 4 && size <= 9, rules.categoryCode() + " has " + size + " criteria");
            }

            ConformanceEngine engine = new ConformanceEngine();
            Map<Long, String> categories = new HashMap<>();
            Map<Long, OfferFacts> facts = publishedOfferFacts(address, categories);
            List<String> problems = new ArrayList<>();
            int desktops = 0;
            int desktopsFailingV2 = 0;
            for (Map.Entry<Long, OfferFacts> offer : facts.entrySet()) {
                String category = categories.get(offer.getKey());
                Verdict verdict = engine.evaluate(offer.getValue(), inForce.get(category));
                if (!verdict.unknownAttributes().isEmpty()) {
                    problems.add("offer " + offer.getKey() + " (" + category + ") declares attributes no criterion "
                            + "asks for: " + verdict.unknownAttributes());
                }
                if (!category.equals("PC_DESKTOP")) {
                    if (!verdict.conforming()) {
                        problems.add("offer " + offer.getKey() + " (" + category + "): " + messages(verdict));
                    }
                    continue;
                }
                desktops++;
                Verdict v1 = engine.evaluate(offer.getValue(), desktopV1);
                if (!v1.conforming()) {
                    problems.add("offer " + offer.getKey() + " (PC_DESKTOP v1): " + messages(v1));
                }
                if (!verdict.conforming()) {
                    desktopsFailingV2++;
                    assertFalse(verdict.failures().isEmpty());
                    verdict.failures().forEach(failure -> assertFalse(failure.message().isBlank(), failure.key()));
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertEquals(count(address, "SELECT COUNT(*) FROM offer WHERE status = 'PUBLISHED'"), facts.size(),
                    "every published offer declares facts");
            double share = desktopsFailingV2 / (double) desktops;
            assertTrue(share >= 0.2 && share <= 0.5, desktopsFailingV2 + " of " + desktops
                    + " published desktop PCs fail version 2");
        }
    }

    /** The criteria of the versions the condition selects (one per category), by category. */
    private static Map<String, SpecificationRules> rules(DatabaseAddress address, String condition) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        Map<String, List<Criterion>> criteria = new TreeMap<>();
        String query = "SELECT v.category_code, v.number, c.criterion_key, c.label, c.explanation, c.type, c.mandatory, "
                + "c.unit, c.min_value, c.max_value, c.allowed_values, c.position FROM specification_criterion c "
                + "JOIN specification_version v ON v.id = c.version_id WHERE " + condition
                + " ORDER BY v.category_code, v.number, c.position";
        try (Connection c = address.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                String category = r.getString(1);
                Integer previous = versions.put(category, r.getInt(2));
                assertTrue(previous == null || previous == r.getInt(2), "one version of " + category + " selected");
                List<Criterion> list = criteria.computeIfAbsent(category, k -> new ArrayList<>());
                assertEquals(list.size() + 1, r.getInt(12), "positions of " + category + " count from 1");
                String values = r.getString(11);
                list.add(new Criterion(r.getString(3), r.getString(4), r.getString(5),
                        CriterionType.valueOf(r.getString(6)), r.getBoolean(7), r.getString(8),
                        stripped(r.getBigDecimal(9)), stripped(r.getBigDecimal(10)),
                        Criterion.valuesOfLines(values)));
            }
        }
        Map<String, SpecificationRules> rules = new TreeMap<>();
        criteria.forEach((category, list) -> rules.put(category,
                new SpecificationRules(category, versions.get(category), list)));
        return rules;
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** The facts of every published offer, by offer id; {@code categories} receives each offer's category. */
    private static Map<Long, OfferFacts> publishedOfferFacts(DatabaseAddress address, Map<Long, String> categories)
            throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        Map<Long, Map<String, PriceComponent>> pricing = new HashMap<>();
        Map<Long, Map<String, ServiceCoverage>> services = new HashMap<>();
        try (Connection c = address.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, category_code FROM offer WHERE status = 'PUBLISHED'")) {
                while (r.next()) {
                    categories.put(r.getLong(1), r.getString(2));
                    attributes.put(r.getLong(1), new HashMap<>());
                    pricing.put(r.getLong(1), new HashMap<>());
                    services.put(r.getLong(1), new HashMap<>());
                }
            }
            try (ResultSet r = s.executeQuery("SELECT a.offer_id, a.attr_key, a.attr_value FROM offer_attribute a "
                    + "JOIN offer o ON o.id = a.offer_id WHERE o.status = 'PUBLISHED'")) {
                while (r.next()) {
                    attributes.get(r.getLong(1)).put(r.getString(2), r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT p.offer_id, p.component_key, p.amount, p.unit, p.description "
                    + "FROM offer_price_component p JOIN offer o ON o.id = p.offer_id WHERE o.status = 'PUBLISHED'")) {
                while (r.next()) {
                    pricing.get(r.getLong(1)).put(r.getString(2),
                            new PriceComponent(r.getBigDecimal(3), r.getString(4), r.getString(5)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT v.offer_id, v.service_key, v.coverage FROM offer_service v "
                    + "JOIN offer o ON o.id = v.offer_id WHERE o.status = 'PUBLISHED'")) {
                while (r.next()) {
                    services.get(r.getLong(1)).put(r.getString(2), ServiceCoverage.valueOf(r.getString(3)));
                }
            }
        }
        Map<Long, OfferFacts> facts = new TreeMap<>();
        for (Long id : categories.keySet()) {
            if (attributes.get(id).isEmpty() && pricing.get(id).isEmpty()) {
                continue; // no facts: counted as missing by the caller
            }
            facts.put(id, new OfferFacts(attributes.get(id), pricing.get(id), services.get(id)));
        }
        return facts;
    }

    private static String messages(Verdict verdict) {
        return String.join(" | ", verdict.failures().stream().map(CriterionResult::message).toList());
    }

    private static Map<String, Long> countsByCategory(DatabaseAddress address, String query) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = address.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    private static long count(DatabaseAddress address, String query) throws SQLException {
        try (Connection c = address.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String passwordHash(DatabaseAddress address, String userCode) throws SQLException {
        return single(address, "SELECT password_hash FROM account WHERE user_code = ?", userCode);
    }

    private static String partnerOf(DatabaseAddress address, String userCode) throws SQLException {
        return single(address, "SELECT partner_id FROM account WHERE user_code = ?", userCode);
    }

    private static String single(DatabaseAddress address, String query, String parameter) throws SQLException {
        try (Connection c = address.connect(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + parameter);
                return r.getString(1);
            }
        }
    }
}
