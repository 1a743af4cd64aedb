package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.label.LabelRights;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.label.LabelTimer;
import fr.catalogue.label.LabelView;
import fr.catalogue.label.NoticeDetail;
import fr.catalogue.label.NoticeItem;
import fr.catalogue.label.NoticeStatus;
import fr.catalogue.label.Notices;
import fr.catalogue.label.Receipt;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.specification.SpecificationRolloutTimer;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, with time moved rather than waited for (R18): a notice not corrected by day 15
 * after its receipt withdraws the right on day 16 and the partner's offers leave the catalogue; a
 * correction accepted on day 14 keeps the right; an unacknowledged notice is presumed received;
 * a partner never reads another's notice; an administrator reinstates with a reason.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class LabelLifecycleIT {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final String PASSWORD = "Mot-de-passe-de-test-1";
    private static final String CATEGORY = "TELECOM_SERVICE";
    /** The campaigns this class inserts take years no real campaign has (the period is a unique key). */
    private static final AtomicInteger PAST_YEARS = new AtomicInteger(1000);

    @Inject
    private Notices notices;

    @Inject
    private LabelRights rights;

    @Inject
    private LabelTimer timer;

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private SpecificationRolloutTimer specifications;

    @Inject
    private SecurityContext security;

    @ArquillianResource
    private URL base;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    private Fixtures fixtures;
    private String reviewer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(LabelLifecycleIT.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class, MovableClock.class);
    }

    @BeforeEach
    void noonInParis() {
        // whole French days are counted: start at noon so that moving by days never crosses a midnight unseen
        MovableClock.setNow(LocalDate.now(FRANCE).atTime(12, 0).atZone(FRANCE).toInstant());
        // in the server, or in the test's JVM for the browser test (@RunAsClient)
        fixtures = System.getProperty("catalogue.db.url") != null ? Fixtures.insideServer()
                : new Fixtures(TestDatabase.address());
        reviewer = Fixtures.unique("label-r");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
    }

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    @Test
    void notCorrectedByDay15TheRightIsWithdrawnOnDay16AndTheOffersLeaveTheCatalogue() {
        Partner a = partner("Télécoms Armor");
        long offer = fixtures.offer(a.id, CATEGORY, Fixtures.unique("Forfait Armor"), "30.00", "PUBLISHED");
        assertTrue(catalogue.findPublished(offer).isPresent());

        signInAs(reviewer);
        long notice = issue(a.id);
        assertEquals(LabelStatus.WARNED, rights.statusOf(a.id));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body LIKE ?",
                a.email, "%avertissements.xhtml%"), "e-mailed, pointing to the partner's space");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM partner_notification WHERE partner_id = ?", a.id));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM label_transition WHERE partner_id = ? AND notice_id = ?"
                + " AND from_status = 'GRANTED' AND to_status = 'WARNED' AND actor = ?", a.id, notice, reviewer));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'LABEL'"
                + " AND subject_id = ? AND action = 'WARN' AND actor = ?", String.valueOf(a.id), reviewer));
        assertEquals(64, fixtures.text("SELECT pdf_sha256 FROM notice WHERE id = ?", notice).length());
        assertTrue(catalogue.findPublished(offer).isPresent(), "a WARNED partner's offers stay public");

        signInAs(a.user);
        NoticeDetail acknowledged = notices.acknowledge(notice);
        assertEquals(Receipt.ACKNOWLEDGED, acknowledged.row().receipt());
        byte[] pdf = notices.ownLetter(notice);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));

        MovableClock.advance(Duration.ofDays(15));
        timer.runDaily();
        assertEquals(LabelStatus.WARNED, rights.statusOf(a.id), "day 15: still within the fifteen days");
        assertTrue(catalogue.findPublished(offer).isPresent());

        MovableClock.advance(Duration.ofDays(1));
        timer.runDaily();
        assertEquals(LabelStatus.WITHDRAWN, rights.statusOf(a.id), "day 16: withdrawn");
        assertEquals("WITHDRAWN", fixtures.text("SELECT status FROM notice WHERE id = ?", notice));
        assertTrue(catalogue.findPublished(offer).isEmpty(), "the offer left the catalogue");
        assertTrue(catalogue.findPublished(CATEGORY, new PageRequest(0, 100)).items().stream()
                .noneMatch(summary -> summary.id() == offer));
        String mail = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? AND subject = ?", a.email,
                "Retrait du droit d'usage du label");
        assertNotNull(mail, "told by e-mail");
        assertTrue(mail.contains("Avertissement n° " + notice), mail);
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM label_transition WHERE partner_id = ?"
                + " AND to_status = 'WITHDRAWN' AND actor = 'système'", a.id));
        LabelView shown = rights.labelOf(a.id);
        assertFalse(shown.holdsRight(), "the public verification shows it");
        List<LabelView> found = rights.search(a.name.substring(0, a.name.length() - 3));
        assertTrue(found.stream().anyMatch(view -> view.partnerId() == a.id && view.status() == LabelStatus.WITHDRAWN),
                found.toString());
        JsonObject label = api("api/v1/partners/" + a.id + "/label", 200);
        assertEquals("WITHDRAWN", label.getString("status"));
        assertEquals(a.name, label.getJsonObject("partner").getString("name"));
        assertEquals("offre référencée", label.getString("caption"), "R21's caption of a telecom operator");
        assertEquals(MovableClock.now().atZone(FRANCE).toLocalDate(),
                java.time.Instant.parse(label.getString("since")).atZone(FRANCE).toLocalDate());
        JsonObject unknown = api("api/v1/partners/999999999/label", 404);
        assertEquals(404, unknown.getInt("status"));
        assertTrue(unknown.getString("detail").contains("999999999"), unknown.toString());

        // a second run (another server, a timer fired twice) changes nothing
        timer.runDaily();
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM label_transition WHERE partner_id = ?"
                + " AND to_status = 'WITHDRAWN'", a.id));

        // only an administrator, with a reason, gives the right back
        assertThrows(EJBAccessException.class, () -> rights.reinstate(a.id, "Corrigé"));
        String admin = Fixtures.unique("label-a");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        signInAs(admin);
        assertThrows(RuntimeException.class, () -> rights.reinstate(a.id, " "));
        rights.reinstate(a.id, "Offres corrigées et vérifiées");
        assertEquals(LabelStatus.GRANTED, rights.statusOf(a.id));
        assertEquals("Offres corrigées et vérifiées", fixtures.text("SELECT reason FROM label_transition"
                + " WHERE partner_id = ? AND from_status = 'WITHDRAWN' AND to_status = 'GRANTED' AND actor = ?", a.id, admin));
        assertTrue(catalogue.findPublished(offer).isPresent(), "back in the catalogue");
    }

    @Test
    void thePublicCatalogueListsOnlyOffersThatConformToTheVersionInForce() {
        specifications.applyDue();
        long inForce = fixtures.number("SELECT id FROM specification_version WHERE category_code = ?"
                + " AND status = 'PUBLISHED' AND applied_at IS NOT NULL", CATEGORY);
        Partner d = partner("Conformité Drôme");
        long conforming = fixtures.offer(d.id, CATEGORY, Fixtures.unique("Forfait conforme"), "20.00", "PUBLISHED");
        long failing = fixtures.offer(d.id, CATEGORY, Fixtures.unique("Forfait non conforme"), "21.00", "PUBLISHED");
        long unjudged = fixtures.offer(d.id, CATEGORY, Fixtures.unique("Forfait sans verdict"), "22.00", "PUBLISHED");
        verdict(conforming, inForce, true);
        verdict(failing, inForce, false);

        assertTrue(catalogue.findPublished(conforming).isPresent());
        assertTrue(catalogue.findPublished(failing).isEmpty(), "a non-conforming offer is not public (R18)");
        assertTrue(catalogue.findPublished(unjudged).isPresent(), "no verdict for the version in force: as published");
        List<Long> listed = catalogue.findPublished(CATEGORY, new PageRequest(0, 100)).items().stream()
                .map(summary -> summary.id()).toList();
        assertTrue(listed.contains(conforming) && !listed.contains(failing), listed.toString());
    }

    @Test
    void aCorrectionAcceptedOnDay14KeepsTheRight() {
        Partner b = partner("Fibre Beauce");
        long offer = fixtures.offer(b.id, CATEGORY, Fixtures.unique("Forfait Beauce"), "40.00", "PUBLISHED");
        signInAs(reviewer);
        long notice = issue(b.id);
        signInAs(b.user);
        notices.acknowledge(notice);

        MovableClock.advance(Duration.ofDays(13));
        notices.answer(notice, "Le débit garanti est maintenant indiqué dans l'offre.");
        MovableClock.advance(Duration.ofDays(1));
        signInAs(reviewer);
        long version = Long.parseLong(fixtures.text("SELECT version FROM notice WHERE id = ?", notice));
        NoticeDetail accepted = notices.accept(notice, version, "Correction vérifiée");
        assertEquals(NoticeStatus.ACCEPTED, accepted.row().status());
        assertEquals(LabelStatus.GRANTED, rights.statusOf(b.id), "right back to GRANTED");

        MovableClock.advance(Duration.ofDays(3));
        timer.runDaily();
        assertEquals(LabelStatus.GRANTED, rights.statusOf(b.id), "kept after the deadline");
        assertTrue(catalogue.findPublished(offer).isPresent());
        assertEquals("ACCEPTED", fixtures.text("SELECT status FROM notice WHERE id = ?", notice));
    }

    @Test
    void anUnacknowledgedNoticeIsPresumedReceivedAndItsDeadlineRunsFromThere() {
        Partner c = partner("Câble Corrèze");
        signInAs(reviewer);
        long notice = issue(c.id);
        String sentDay = fixtures.text("SELECT DATE(sent_at) FROM notice WHERE id = ?", notice);

        MovableClock.advance(Duration.ofDays(3));
        timer.runDaily();
        assertEquals("SENT", fixtures.text("SELECT status FROM notice WHERE id = ?", notice), "not yet presumed");

        MovableClock.advance(Duration.ofDays(2));
        timer.runDaily();
        assertEquals("RECEIVED", fixtures.text("SELECT status FROM notice WHERE id = ?", notice));
        assertEquals("PRESUMED", fixtures.text("SELECT receipt FROM notice WHERE id = ?", notice));
        assertEquals(LocalDate.parse(sentDay).plusDays(4).toString(),
                fixtures.text("SELECT DATE(received_at) FROM notice WHERE id = ?", notice), "received at sending + 4 days");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'NOTICE' AND subject_id = ?"
                + " AND action = 'PRESUME_RECEIPT' AND actor = 'système'", String.valueOf(notice)));

        // sent on day 0, presumed received on day 4: withdrawn on day 4 + 16 = 20, not before
        MovableClock.advance(Duration.ofDays(14));
        timer.runDaily();
        assertEquals(LabelStatus.WARNED, rights.statusOf(c.id), "day 19 = day 15 after the presumed receipt");
        MovableClock.advance(Duration.ofDays(1));
        timer.runDaily();
        assertEquals(LabelStatus.WITHDRAWN, rights.statusOf(c.id));
    }

    @Test
    void aPartnerNeverReadsNorAnswersAnotherPartnersNotice() {
        Partner a = partner("Opérateur Ain");
        Partner b = partner("Opérateur Bresse");
        signInAs(reviewer);
        long notice = issue(a.id);

        signInAs(b.user);
        assertThrows(ResourceNotFoundException.class, () -> notices.getOwn(notice));
        assertThrows(ResourceNotFoundException.class, () -> notices.ownLetter(notice));
        assertThrows(ResourceNotFoundException.class, () -> notices.acknowledge(notice));
        assertThrows(ResourceNotFoundException.class, () -> notices.answer(notice, "Je réponds à sa place"));
        assertTrue(notices.findOwn().stream().noneMatch(row -> row.id() == notice));
        // nor the reviewers' list, nor a decision
        assertThrows(EJBAccessException.class, () -> notices.find(null, new PageRequest(0, 20)));
        assertThrows(EJBAccessException.class, () -> notices.accept(notice, 0, null));
        assertEquals("SENT", fixtures.text("SELECT status FROM notice WHERE id = ?", notice));

        signInAs(a.user);
        assertEquals(notice, notices.getOwn(notice).row().id());
        assertEquals(1, notices.findOwn().size());
    }

    /**
     * The pages, in a browser: the partner acknowledges and answers in "Mes avertissements", a reviewer
     * accepts in "Avertissements", anyone checks the label, an administrator reinstates with a reason.
     */
    @Test
    @RunAsClient
    void thePartnerAnswersAReviewerAcceptsAnyoneVerifiesAndAnAdministratorReinstatesInTheirPages() {
        new LabelPagesJourney(base, PASSWORD).run();
    }

    private long issue(long partnerId) {
        return notices.issue(campaign(), partnerId, List.of(
                new NoticeItem(null, null, "SPECIFICATION", "Le débit garanti n'est pas indiqué",
                        "Indiquer le débit garanti de chaque forfait")));
    }

    private void verdict(long offer, long version, boolean conforming) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO conformance_verdict (offer_id, spec_version_id,"
                     + " conforming, failing_keys, results, evaluated_at) VALUES (?, ?, ?, ?, '[]', NOW(6))")) {
            insert.setLong(1, offer);
            insert.setLong(2, version);
            insert.setBoolean(3, conforming);
            insert.setString(4, conforming ? "" : "bandwidth");
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner with an address and an account. */
    private Partner partner(String name) {
        String unique = Fixtures.unique(name);
        long id = fixtures.partner(unique, "TELECOM_OPERATOR");
        String email = Fixtures.unique("label") + "@example.fr";
        fixtures.partnerContact(id, Fixtures.uniqueSiren(), email);
        String user = Fixtures.unique("label-p");
        fixtures.account(user, PASSWORD, "PARTNER", id);
        return new Partner(id, unique, email, user);
    }

    private record Partner(long id, String name, String email, String user) {
    }

    /**
     * The campaign a notice comes from: a campaign row once the campaigns exist (V13 adds the foreign
     * key), any number before.
     */
    private long campaign() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'campaign'");
                 ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return 0;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO campaign (period, status, opened_at,"
                    + " opened_by, closed_at, closed_by, offer_count, version)"
                    + " VALUES (?, 'CLOSED', NOW(6), 'test', NOW(6), 'test', 0, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                // a period no real campaign has: a year long past, one per call
                insert.setString(1, String.format("%04d-01", PAST_YEARS.incrementAndGet()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET of the API from inside the server, as any visitor (no sign-in), expecting {@code status}. */
    private static JsonObject api(String path, int status) {
        HttpServletRequest request = CurrentExchange.request();
        URI uri = URI.create(request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath() + "/"
                + path);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(status, response.statusCode(), response.body());
            if (status >= 400) {
                assertEquals("application/problem+json",
                        response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }
}
