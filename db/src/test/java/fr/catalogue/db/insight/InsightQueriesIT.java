package fr.catalogue.db.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.db.EmbeddedMariaDb;
import fr.catalogue.db.Migrations;
import fr.catalogue.insight.ConformityRate;
import fr.catalogue.insight.InsightQueries;
import fr.catalogue.insight.PartnerHistory;
import fr.catalogue.label.LabelStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewers' dashboard and partner history queries (R17, R18) against a real MariaDB migrated
 * by Flyway: what each figure counts and leaves out, on empty tables too. One database for the
 * class; each test empties the tables it reads and builds its own rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightQueriesIT {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private EmbeddedMariaDb database;
    private DatabaseAddress address;

    @BeforeAll
    void start(@TempDir Path directory) {
        database = EmbeddedMariaDb.start(directory, 0);
        address = database.address();
        Migrations.migrate(address);
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = address.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("document_download", "charter_document", "referral", "notice_item",
                    "label_transition", "finding", "notice", "campaign_offer", "campaign", "conformance_verdict",
                    "offer", "partner")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Test
    void emptyTablesGiveEmptyFigures() throws SQLException {
        try (Connection c = address.connect()) {
            InsightQueries queries = new InsightQueries(c);
            assertTrue(queries.conformityByCategory(6).isEmpty());
            assertTrue(queries.openNoticesByAgeInDays(NOW).isEmpty());
            assertTrue(queries.withdrawalsSince(NOW.minus(Duration.ofDays(365))).isEmpty());
            assertTrue(queries.history(1).isEmpty(), "no such partner");
        }
    }

    @Test
    void conformityPerCategoryOfTheLatestCampaignsOldestFirst() throws SQLException {
        try (Connection c = address.connect()) {
            long partner = partner(c, "Alpha", "GRANTED");
            long[] desktops = {offer(c, partner, "PC_DESKTOP"), offer(c, partner, "PC_DESKTOP"),
                    offer(c, partner, "PC_DESKTOP")};
            long pda = offer(c, partner, "PDA");
            long ancient = campaign(c, "2025-01");
            long september = campaign(c, "2026-09");
            long november = campaign(c, "2026-11");
            snapshot(c, ancient, desktops[0], "PC_DESKTOP", partner, false);
            snapshot(c, september, desktops[0], "PC_DESKTOP", partner, true);
            snapshot(c, september, desktops[1], "PC_DESKTOP", partner, true);
            snapshot(c, september, desktops[2], "PC_DESKTOP", partner, false);
            snapshot(c, september, pda, "PDA", partner, true);
            snapshot(c, november, desktops[0], "PC_DESKTOP", partner, true);
            snapshot(c, november, desktops[1], "PC_DESKTOP", partner, false);

            List<ConformityRate> rates = new InsightQueries(c).conformityByCategory(2);
            assertEquals(List.of(
                    new ConformityRate(september, "2026-09", "PC_DESKTOP", "PC de bureau", 3, 2),
                    new ConformityRate(september, "2026-09", "PDA", "Assistant personnel (PDA)", 1, 1),
                    new ConformityRate(november, "2026-11", "PC_DESKTOP", "PC de bureau", 2, 1)), rates);
            assertEquals(new BigDecimal("66.7"), rates.get(0).percent());
        }
    }

    @Test
    void openNoticesAreThoseNeitherAcceptedNorEndedByAWithdrawal() throws SQLException {
        try (Connection c = address.connect()) {
            long warned = partner(c, "Averti", "WARNED");
            long withdrawn = partner(c, "Retiré", "WITHDRAWN");
            notice(c, warned, "SENT", NOW.minus(Duration.ofHours(50)));       // 2 whole days
            notice(c, warned, "RECEIVED", NOW.minus(Duration.ofDays(20)));
            notice(c, warned, "REJECTED", NOW.minus(Duration.ofDays(20)).minusSeconds(60));
            notice(c, warned, "ACCEPTED", NOW.minus(Duration.ofDays(40)));     // closed
            notice(c, withdrawn, "WITHDRAWN", NOW.minus(Duration.ofDays(30))); // closed by the withdrawal
            notice(c, withdrawn, "ANSWERED", NOW.minus(Duration.ofDays(25)));  // the right is gone

            assertEquals(Map.of(2L, 1L, 20L, 2L), new InsightQueries(c).openNoticesByAgeInDays(NOW));
        }
    }

    @Test
    void withdrawalsSinceTheStartOfTheWindowOnly() throws SQLException {
        try (Connection c = address.connect()) {
            long partner = partner(c, "Retiré", "WITHDRAWN");
            Instant recent = NOW.minus(Duration.ofDays(10));
            Instant older = NOW.minus(Duration.ofDays(100));
            transition(c, partner, "GRANTED", "WARNED", NOW.minus(Duration.ofDays(30)));
            transition(c, partner, "WARNED", "WITHDRAWN", recent);
            transition(c, partner, "WARNED", "WITHDRAWN", older);
            transition(c, partner, "WARNED", "WITHDRAWN", NOW.minus(Duration.ofDays(400)));

            assertEquals(List.of(older, recent),
                    new InsightQueries(c).withdrawalsSince(NOW.minus(Duration.ofDays(365))));
        }
    }

    @Test
    void aPartnersHistoryHoldsItsOwnRowsWithTheLatestVerdictOfEachOffer() throws SQLException {
        try (Connection c = address.connect()) {
            long partner = partner(c, "Alpha", "WARNED");
            long other = partner(c, "Bêta", "GRANTED");
            long judged = offer(c, partner, "PC_DESKTOP");
            long neverJudged = offer(c, partner, "PDA");
            offer(c, other, "PDA");
            verdict(c, judged, 1, false, NOW.minus(Duration.ofDays(60)));
            verdict(c, judged, 2, true, NOW.minus(Duration.ofDays(5)));
            long campaign = campaign(c, "2026-11");
            long notice = notice(c, partner, "SENT", NOW.minus(Duration.ofDays(3)));
            notice(c, other, "SENT", NOW.minus(Duration.ofDays(3)));
            update(c, "INSERT INTO finding (campaign_id, partner_id, offer_id, source, kind, detail, status, decided_by,"
                    + " decided_at, notice_id, created_at) VALUES (?, ?, ?, 'AUTOMATIC', 'SPECIFICATION', 'RAM < 4 Go',"
                    + " 'CONFIRMED', 'relecteur', ?, ?, ?)", campaign, partner, judged, ts(NOW), notice, ts(NOW));
            transition(c, partner, "GRANTED", "WARNED", NOW.minus(Duration.ofDays(3)));
            transition(c, other, "GRANTED", "WITHDRAWN", NOW.minus(Duration.ofDays(3)));
            long logo = insert(c, "INSERT INTO charter_document (kind, caption, title, version, file_name, content_type,"
                    + " size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES ('LOGO', 'EQUIPMENT', 'Logo', 2,"
                    + " 'logo.png', 'image/png', 1, REPEAT('0', 64), x'00', 'admin', ?)", ts(NOW));
            update(c, "INSERT INTO document_download (document_id, partner_id, user_code, at, outcome)"
                    + " VALUES (?, ?, 'p-alpha', ?, 'SERVED')", logo, partner, ts(NOW.minus(Duration.ofDays(1))));
            update(c, "INSERT INTO document_download (document_id, partner_id, user_code, at, outcome)"
                    + " VALUES (?, ?, 'p-beta', ?, 'REFUSED')", logo, other, ts(NOW));

            PartnerHistory history = new InsightQueries(c).history(partner).orElseThrow();
            assertEquals("Alpha", history.partner().name());
            assertEquals(LabelStatus.WARNED, history.partner().labelStatus());
            assertEquals(2, history.offers().size());
            PartnerHistory.Offer first = history.offers().stream().filter(o -> o.id() == judged).findFirst().orElseThrow();
            assertEquals(Boolean.TRUE, first.conforming(), "the latest verdict, not the first");
            assertEquals(2, first.specVersion());
            PartnerHistory.Offer second = history.offers().stream().filter(o -> o.id() == neverJudged).findFirst()
                    .orElseThrow();
            assertNull(second.conforming());
            assertNull(second.specVersion());
            assertEquals(1, history.findings().size());
            assertEquals("2026-11", history.findings().get(0).period());
            assertEquals(judged, history.findings().get(0).offerId());
            assertEquals(1, history.notices().size());
            assertEquals("2026-11", history.notices().get(0).period());
            // V12 backfilled grants only for the partners existing then: this one has only its warning
            assertEquals(List.of(LabelStatus.WARNED), history.transitions().stream().map(PartnerHistory.Transition::to).toList());
            assertEquals(1, history.downloads().size());
            assertEquals("SERVED", history.downloads().get(0).outcome());
            assertEquals(2, history.downloads().get(0).version());
            assertFalse(new InsightQueries(c).history(other).orElseThrow().transitions().isEmpty());
        }
    }

    // ------------------------------------------------------------------------------------------

    private long partner(Connection c, String name, String labelStatus) throws SQLException {
        return insert(c, "INSERT INTO partner (name, kind, town, postcode, created_at, label_status, label_since)"
                + " VALUES (?, 'EQUIPMENT_MAKER', 'Lyon', '69001', ?, ?, ?)", name, ts(NOW.minus(Duration.ofDays(500))),
                labelStatus, ts(NOW.minus(Duration.ofDays(3))));
    }

    private long offer(Connection c, long partner, String category) throws SQLException {
        return insert(c, "INSERT INTO offer (partner_id, category_code, title, description, price_excl_vat, status,"
                + " published_at, created_at, updated_at) VALUES (?, ?, 'Offre', 'Description', 100, 'PUBLISHED', ?, ?, ?)",
                partner, category, ts(NOW), ts(NOW), ts(NOW));
    }

    private long campaign(Connection c, String period) throws SQLException {
        return insert(c, "INSERT INTO campaign (period, status, opened_at, opened_by) VALUES (?, 'OPEN', ?, 'système')",
                period, ts(NOW));
    }

    private void snapshot(Connection c, long campaign, long offer, String category, long partner, boolean conforming)
            throws SQLException {
        update(c, "INSERT INTO campaign_offer (campaign_id, offer_id, category_code, partner_id, conforming)"
                + " VALUES (?, ?, ?, ?, ?)", campaign, offer, category, partner, conforming);
    }

    private long notice(Connection c, long partner, String status, Instant sentAt) throws SQLException {
        Long campaign = single(c, "SELECT MAX(id) FROM campaign");
        return insert(c, "INSERT INTO notice (partner_id, campaign_id, status, sent_at, pdf, pdf_sha256)"
                + " VALUES (?, ?, ?, ?, x'00', REPEAT('0', 64))", partner, campaign, status, ts(sentAt));
    }

    private void transition(Connection c, long partner, String from, String to, Instant at) throws SQLException {
        update(c, "INSERT INTO label_transition (partner_id, from_status, to_status, at, actor, reason)"
                + " VALUES (?, ?, ?, ?, 'système', 'test')", partner, from, to, ts(at));
    }

    private void verdict(Connection c, long offer, int version, boolean conforming, Instant at) throws SQLException {
        Long spec = single(c, "SELECT id FROM specification_version WHERE category_code = 'PC_DESKTOP' AND number = "
                + version);
        update(c, "INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, results, evaluated_at)"
                + " VALUES (?, ?, ?, '[]', ?)", offer, spec, conforming, ts(at));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Long single(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            long value = r.getLong(1);
            return r.wasNull() ? null : value;
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
