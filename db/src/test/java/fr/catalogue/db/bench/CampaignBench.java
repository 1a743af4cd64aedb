package fr.catalogue.db.bench;

import fr.catalogue.campaign.CampaignChecks;
import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.db.EmbeddedMariaDb;
import fr.catalogue.db.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * {@code mvn -Pbench}: the figure of issue 6 — opening a review campaign over 100,000 published
 * offers (snapshot and automatic checks from stored results, no network) with the application's
 * own code ({@link CampaignChecks}) must take at most 60 s.
 *
 * <p>It starts a fresh embedded MariaDB, applies the migrations, brings the seeded specification
 * versions into force, and generates 1,000 partners (one in ten with a stale profile, one in twenty
 * with an expired insurance certificate) and their published offers over five categories: a stored
 * verdict against the version in force for 95 % of them (one in ten not conforming), none for the
 * rest; one offer in three links to a page of its partner's site, one such page in fifty with a
 * confirmed two-click non-conformity. Then it times the opening of two campaigns (two periods) and
 * checks that a second opening of a period is refused by the unique key.
 */
public final class CampaignBench {

    private static final List<String> CATEGORIES = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PRINTER", "SCREEN_TFT",
            "VIDEO_PROJECTOR");
    private static final int PARTNERS = 1_000;

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        int offers = Integer.parseInt(System.getProperty("bench.offers", "100000"));
        Path directory = Files.createTempDirectory("catalogue-bench-db");
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress address = database.address();
            Migrations.migrate(address);
            try (Connection connection = address.connect()) {
                Instant generation = Instant.now();
                generate(connection, offers);
                System.out.printf("[bench] %,d published offers of %,d partners, verdicts, links and statuses generated"
                        + " in %.1f s%n", offers, PARTNERS, seconds(generation));
                for (String period : new String[] {"2026-11", "2027-01"}) {
                    connection.setAutoCommit(false);
                    Instant start = Instant.now();
                    CampaignChecks checks = new CampaignChecks(connection);
                    OptionalLong id = checks.insertCampaign(period, Instant.now(), "bench");
                    Instant now = Instant.now();
                    CampaignChecks.Counts counts = checks.run(id.orElseThrow(), now, now.minus(365, ChronoUnit.DAYS),
                            LocalDate.now());
                    connection.commit();
                    double elapsed = seconds(start);
                    System.out.printf("[bench] campaign %s opened: %,d offers taken, %,d findings (specification %,d,"
                            + " two-click %,d, profile %,d), %.1f s (%,.0f offers/s) — target 60 s: %s%n", period,
                            counts.offers(), counts.findings(), counts.specification(), counts.twoClick(), counts.profile(),
                            elapsed, counts.offers() / elapsed, elapsed <= 60 ? "met" : "MISSED");
                    System.out.printf("[bench]   offers conforming in the snapshot: %,d%n", count(connection,
                            "SELECT COUNT(*) FROM campaign_offer WHERE conforming AND campaign_id = " + id.getAsLong()));
                }
                connection.setAutoCommit(false);
                OptionalLong again = new CampaignChecks(connection).insertCampaign("2026-11", Instant.now(), "bench");
                connection.rollback();
                System.out.println("[bench] a second opening of 2026-11 " + (again.isEmpty()
                        ? "is refused by the period's unique key" : "WAS NOT REFUSED"));
            }
        }
    }

    private static void generate(Connection connection, int count) throws SQLException {
        Random random = new Random(20_261_123L);
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE specification_version SET applied_at = NOW(6) WHERE status = 'PUBLISHED'");
            StringBuilder partners = new StringBuilder("INSERT INTO partner (name, kind, town, postcode, created_at,"
                    + " profile_updated_at) VALUES ");
            for (int p = 0; p < PARTNERS; p++) {
                boolean stale = p % 10 == 0;
                partners.append(p == 0 ? "" : ",").append("('Banc d''essai n° ").append(p)
                        .append("','EQUIPMENT_MAKER','Lyon','69001',NOW(6) - INTERVAL 3 YEAR,")
                        .append(stale ? "NOW(6) - INTERVAL 2 YEAR" : "NOW(6) - INTERVAL 1 MONTH").append(")");
            }
            sql.executeUpdate(partners.toString());
            long firstPartner = count(connection, "SELECT MIN(id) FROM partner WHERE name LIKE 'Banc d''essai%'");
            sql.executeUpdate("INSERT INTO application_attachment (partner_id, kind, file_name, content_type, size_bytes,"
                    + " sha256, content, valid_until, uploaded_at, uploaded_by) SELECT id, 'INSURANCE', 'assurance.pdf',"
                    + " 'application/pdf', 4, REPEAT('0', 64), '%PDF', CURDATE() - INTERVAL 10 DAY, NOW(6), 'bench'"
                    + " FROM partner WHERE name LIKE 'Banc d''essai%' AND MOD(id, 20) = 7");
            int slice = 1_000;
            for (int from = 0; from < count; from += slice) {
                int size = Math.min(slice, count - from);
                StringBuilder insert = new StringBuilder("INSERT INTO offer (partner_id, category_code, title, description, "
                        + "price_excl_vat, status, published_at, created_at, updated_at) VALUES ");
                for (int i = 0; i < size; i++) {
                    insert.append(i == 0 ? "" : ",").append("(").append(firstPartner + random.nextInt(PARTNERS))
                            .append(",'").append(CATEGORIES.get(random.nextInt(CATEGORIES.size())))
                            .append("','Offre de test n° ").append(from + i).append("','Offre du banc d''essai',")
                            .append(100 + random.nextInt(900)).append(",'PUBLISHED',NOW(6),NOW(6),NOW(6))");
                }
                sql.executeUpdate(insert.toString(), Statement.RETURN_GENERATED_KEYS);
                long firstId;
                try (ResultSet keys = sql.getGeneratedKeys()) {
                    keys.next();
                    firstId = keys.getLong(1); // one multi-row insert: consecutive ids
                }
                StringBuilder links = new StringBuilder();
                for (int i = 0; i < size; i++) {
                    if (random.nextInt(3) == 0) {
                        long offer = firstId + i;
                        links.append(links.length() == 0 ? "" : ",").append("(").append(offer)
                                .append(",1,'https://banc-essai.example/offre/").append(offer).append("')");
                    }
                }
                if (links.length() > 0) {
                    sql.executeUpdate("INSERT INTO offer_link (offer_id, position, url) VALUES " + links);
                }
            }
            // verdicts against the version in force: none for 5 %, not conforming for one in ten of the others
            sql.executeUpdate("""
                    INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, failing_keys, results, evaluated_at)
                    SELECT o.id, v.id, MOD(o.id, 10) <> 3, IF(MOD(o.id, 10) = 3, 'cpu_benchmark', ''), '[]', NOW(6)
                    FROM offer o JOIN specification_version v ON v.category_code = o.category_code AND v.status = 'PUBLISHED'
                    WHERE MOD(o.id, 20) <> 11""");
            // every linked page checked once; one in fifty a confirmed non-conformity
            sql.executeUpdate("""
                    INSERT INTO link_check (url, verdict, clicks, reason, detail, evidence, checked_at, check_trigger)
                    SELECT url, IF(MOD(offer_id, 50) = 1, 'NON_CONFORM', 'CONFORM'), IF(MOD(offer_id, 50) = 1, NULL, 1),
                           IF(MOD(offer_id, 50) = 1, 'NOT_FOUND', NULL), NULL, '{}', NOW(6), 'DAILY'
                    FROM offer_link""");
            sql.executeUpdate("""
                    INSERT INTO link_status (url, latest_check_id, latest_verdict, checked_at, non_conform_since, confirmed_at)
                    SELECT url, id, verdict, checked_at, IF(verdict = 'NON_CONFORM', checked_at - INTERVAL 2 DAY, NULL),
                           IF(verdict = 'NON_CONFORM', checked_at, NULL)
                    FROM link_check""");
        }
        connection.commit();
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
