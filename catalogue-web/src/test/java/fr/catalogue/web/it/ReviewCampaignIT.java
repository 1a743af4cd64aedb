package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.campaign.CampaignTimer;
import fr.catalogue.campaign.Campaigns;
import fr.catalogue.campaign.CloseReport;
import fr.catalogue.campaign.FindingFilter;
import fr.catalogue.campaign.FindingKind;
import fr.catalogue.campaign.FindingRef;
import fr.catalogue.campaign.FindingRow;
import fr.catalogue.campaign.FindingSource;
import fr.catalogue.campaign.FindingStatus;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.specification.SpecificationRolloutTimer;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, time moved by {@link MovableClock} into periods no other test uses: the
 * review campaign opens once per period (R17) even when the timer's method runs twice or from two
 * threads at once, and the next period opens a new one; the automatic checks find a non-conforming
 * offer, an offer without a verdict, a confirmed two-click non-conformity, a stale profile and an
 * expired certificate; two reviewers deciding on one finding — the second is refused, nothing is
 * overwritten; closing sends a notice to the partners with confirmed findings only (R18), and the
 * report says it all; the reviewers' pages render for reviewers and are refused to partners.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class ReviewCampaignIT {

    private static final String PASSWORD = "Mot-de-passe-de-test-1";
    private static final String CATEGORY = "PC_DESKTOP";

    @Inject
    private CampaignTimer timer;

    @Inject
    private Campaigns campaigns;

    @Inject
    private SpecificationRolloutTimer rollout;

    @Inject
    private SecurityContext security;

    @ArquillianResource
    private URL base;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(ReviewCampaignIT.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class, MovableClock.class);
    }

    @AfterEach
    void backToNow() throws SQLException {
        // the far periods of these tests must not stay open for the other test classes
        execute("UPDATE campaign SET status = 'CLOSED', closed_at = NOW(6), closed_by = 'test' WHERE status = 'OPEN'"
                + " AND period >= '2031-01'");
        MovableClock.reset();
    }

    @Test
    void opensOneCampaignPerPeriodEvenWhenTheTimerRunsTwiceOrConcurrently() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        MovableClock.setNow(Instant.parse("2031-03-10T07:00:00Z"));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Optional<Long>> open = () -> {
                start.await();
                return timer.openDue();
            };
            Future<Optional<Long>> first = threads.submit(open);
            Future<Optional<Long>> second = threads.submit(open);
            start.countDown();
            Optional<Long> a = first.get();
            Optional<Long> b = second.get();
            assertTrue(a.isPresent() != b.isPresent(), "exactly one of two concurrent runs opens it: " + a + " " + b);
        } finally {
            threads.shutdown();
        }
        assertTrue(timer.openDue().isEmpty(), "the timer firing again opens nothing");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM campaign WHERE period = '2031-03'"));
        long march = fixtures.number("SELECT id FROM campaign WHERE period = '2031-03'");
        assertEquals("système", fixtures.text("SELECT opened_by FROM campaign WHERE id = ?", march));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'CAMPAIGN'"
                + " AND subject_id = ? AND action = 'CAMPAIGN_OPEN' AND actor = 'système'", String.valueOf(march)));

        // a reviewer cannot open a second one for the period either
        String reviewer = Fixtures.unique("relecteur");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        signInAs(reviewer);
        BusinessException refused = assertThrows(BusinessException.class, () -> campaigns.openNow());
        assertTrue(refused.getMessage().contains("mars – avril 2031"), refused.getMessage());
        assertEquals(Optional.of(march), campaigns.openCampaignId());

        // later in the same period: still nothing; the next period: a new campaign
        MovableClock.setNow(Instant.parse("2031-04-30T20:00:00Z"));
        assertTrue(timer.openDue().isEmpty());
        MovableClock.setNow(Instant.parse("2031-05-01T05:00:00Z"));
        Optional<Long> may = timer.openDue();
        assertTrue(may.isPresent());
        assertEquals("2031-05", fixtures.text("SELECT period FROM campaign WHERE id = ?", may.get()));

        // the period after, opened by the reviewer, under its name
        MovableClock.setNow(Instant.parse("2031-07-02T09:00:00Z"));
        long july = campaigns.openNow();
        assertEquals(reviewer, fixtures.text("SELECT opened_by FROM campaign WHERE id = ?", july));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'CAMPAIGN'"
                + " AND subject_id = ? AND action = 'CAMPAIGN_OPEN' AND actor = ?", String.valueOf(july), reviewer));
        assertTrue(timer.openDue().isEmpty());
    }

    @Test
    void findsNonConformingOffersConfirmedLinksAndStaleProfiles() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        rollout.applyDue();
        Instant now = Instant.parse("2032-01-12T08:00:00Z");
        long version = versionInForce(fixtures);

        long fresh = fixtures.partner(Fixtures.unique("Contrôles Armor"), "EQUIPMENT_MAKER");
        profileUpdated(fresh, now.minus(30, ChronoUnit.DAYS));
        long conforming = fixtures.offer(fresh, CATEGORY, Fixtures.unique("PC conforme"), "500.00", "PUBLISHED");
        verdict(conforming, version, true, "");
        long failing = fixtures.offer(fresh, CATEGORY, Fixtures.unique("PC non conforme"), "400.00", "PUBLISHED");
        verdict(failing, version, false, "ram_gb");
        long unjudged = fixtures.offer(fresh, CATEGORY, Fixtures.unique("PC jamais jugé"), "450.00", "PUBLISHED");
        long linked = fixtures.offer(fresh, CATEGORY, Fixtures.unique("PC lié"), "550.00", "PUBLISHED");
        verdict(linked, version, true, "");
        String page = "https://" + Fixtures.unique("armor") + ".example/pc";
        fixtures.link(linked, page);
        fixtures.nonConformCheck(page, now.minus(3, ChronoUnit.DAYS));
        execute("UPDATE link_status SET confirmed_at = ? WHERE url = ?", Timestamp.from(now.minus(2, ChronoUnit.DAYS)), page);
        long draft = fixtures.offer(fresh, CATEGORY, Fixtures.unique("PC brouillon"), "450.00", "DRAFT");

        long stale = fixtures.partner(Fixtures.unique("Profil ancien"), "EQUIPMENT_MAKER");
        profileUpdated(stale, now.minus(400, ChronoUnit.DAYS));
        long staleOffer = fixtures.offer(stale, CATEGORY, Fixtures.unique("PC d'un profil ancien"), "500.00", "PUBLISHED");
        verdict(staleOffer, version, true, "");

        long uninsured = fixtures.partner(Fixtures.unique("Assurance échue"), "COMPETENCE_CENTRE_IT");
        profileUpdated(uninsured, now.minus(10, ChronoUnit.DAYS));
        fixtures.offer(uninsured, "COMPETENCE_CENTRE_IT", Fixtures.unique("Assistance TPE"), "90.00", "PUBLISHED");
        execute("""
                INSERT INTO application_attachment (partner_id, kind, file_name, content_type, size_bytes, sha256, content,
                                                    valid_until, uploaded_at, uploaded_by)
                VALUES (?, 'INSURANCE', 'assurance.pdf', 'application/pdf', 4, REPEAT('0', 64), '%PDF', ?, ?, 'test')""",
                uninsured, Date.valueOf(LocalDate.of(2032, 1, 5)), Timestamp.from(now.minus(400, ChronoUnit.DAYS)));

        // a partner whose right was withdrawn (R18): its offers have left the catalogue, the campaign skips them
        long withdrawn = fixtures.partner(Fixtures.unique("Droit retiré"), "EQUIPMENT_MAKER");
        long gone = fixtures.offer(withdrawn, CATEGORY, Fixtures.unique("PC retiré"), "400.00", "PUBLISHED");
        verdict(gone, version, false, "ram_gb");
        execute("UPDATE partner SET label_status = 'WITHDRAWN' WHERE id = ?", withdrawn);

        MovableClock.setNow(now);
        long campaign = timer.openDue().orElseThrow();

        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM campaign_offer WHERE campaign_id = ? AND offer_id = ?",
                campaign, gone));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM finding WHERE campaign_id = ? AND partner_id = ?",
                campaign, withdrawn));
        assertEquals(0, findings(fixtures, campaign, conforming));
        assertEquals("SPECIFICATION", fixtures.text("SELECT kind FROM finding WHERE campaign_id = ? AND offer_id = ?",
                campaign, failing));
        assertTrue(fixtures.text("SELECT detail FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, failing)
                .contains("ram_gb"));
        assertTrue(fixtures.text("SELECT detail FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, unjudged)
                .startsWith("Aucun verdict"));
        assertEquals("TWO_CLICK", fixtures.text("SELECT kind FROM finding WHERE campaign_id = ? AND offer_id = ?",
                campaign, linked));
        assertTrue(fixtures.text("SELECT detail FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, linked)
                .contains(page));
        assertEquals(0, findings(fixtures, campaign, draft));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM campaign_offer WHERE campaign_id = ? AND offer_id = ?",
                campaign, draft), "drafts are not taken");

        assertEquals(0, profileFindings(fixtures, campaign, fresh));
        assertEquals(1, profileFindings(fixtures, campaign, stale));
        assertTrue(fixtures.text("SELECT detail FROM finding WHERE campaign_id = ? AND partner_id = ? AND kind = 'PROFILE'",
                campaign, stale).startsWith("Profil non mis à jour depuis le"));
        assertEquals(1, profileFindings(fixtures, campaign, uninsured));
        assertTrue(fixtures.text("SELECT detail FROM finding WHERE campaign_id = ? AND partner_id = ? AND kind = 'PROFILE'",
                campaign, uninsured).contains("assurance responsabilité civile professionnelle expirée le 05/01/2032"));
        assertEquals(0, findings(fixtures, campaign, staleOffer), "the partner's profile is not its offer's finding");

        assertEquals("1", conformingInSnapshot(fixtures, campaign, conforming));
        assertEquals("0", conformingInSnapshot(fixtures, campaign, failing));
        assertEquals("0", conformingInSnapshot(fixtures, campaign, unjudged));
        assertEquals("0", conformingInSnapshot(fixtures, campaign, linked));
        assertEquals("1", conformingInSnapshot(fixtures, campaign, staleOffer));
        assertEquals(fixtures.number("SELECT COUNT(*) FROM campaign_offer WHERE campaign_id = ?", campaign),
                fixtures.number("SELECT offer_count FROM campaign WHERE id = ?", campaign));

        // the worklist filters by partner and kind; a partner cannot read it
        String reviewer = Fixtures.unique("relecteur");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        signInAs(reviewer);
        String freshName = fixtures.text("SELECT name FROM partner WHERE id = ?", fresh);
        List<FindingRow> rows = campaigns.findings(campaign, new FindingFilter(CATEGORY, freshName, null, null),
                new PageRequest(0, 20)).items();
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(1, campaigns.findings(campaign, new FindingFilter(null, freshName, FindingKind.TWO_CLICK, null),
                new PageRequest(0, 20)).total());
        String partnerUser = Fixtures.unique("partenaire");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", fresh);
        signInAs(partnerUser);
        assertThrows(EJBAccessException.class, () -> campaigns.findings(campaign, FindingFilter.none(), new PageRequest(0, 20)));
        assertThrows(EJBAccessException.class, () -> campaigns.openNow());
    }

    @Test
    void aSecondReviewerOnTheSameFindingIsRefusedAndNothingIsOverwritten() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        rollout.applyDue();
        long version = versionInForce(fixtures);
        Instant now = Instant.parse("2033-03-15T08:00:00Z");
        long partner = fixtures.partner(Fixtures.unique("Deux relecteurs"), "EQUIPMENT_MAKER");
        profileUpdated(partner, now.minus(1, ChronoUnit.DAYS));
        long offer = fixtures.offer(partner, CATEGORY, Fixtures.unique("PC disputé"), "400.00", "PUBLISHED");
        verdict(offer, version, false, "cpu");
        long other = fixtures.offer(partner, CATEGORY, Fixtures.unique("PC second"), "400.00", "PUBLISHED");
        verdict(other, version, false, "cpu");
        MovableClock.setNow(now);
        long campaign = timer.openDue().orElseThrow();
        long finding = fixtures.number("SELECT id FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, offer);
        long otherFinding = fixtures.number("SELECT id FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, other);
        FindingRef seen = new FindingRef(finding, fixtures.number("SELECT version FROM finding WHERE id = ?", finding));
        FindingRef otherSeen = new FindingRef(otherFinding, 0);

        String first = Fixtures.unique("relecteur-a");
        String second = Fixtures.unique("relecteur-b");
        fixtures.account(first, PASSWORD, "REVIEWER", null);
        fixtures.account(second, PASSWORD, "REVIEWER", null);
        signInAs(first);
        campaigns.decide(seen, FindingStatus.CONFIRMED, "Vérifié sur la fiche");
        signInAs(second);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> campaigns.decide(seen, FindingStatus.DISMISSED, "Pas d'accord"));
        assertTrue(refused.getMessage().contains("modifié entre-temps par " + first), refused.getMessage());
        assertEquals("CONFIRMED", fixtures.text("SELECT status FROM finding WHERE id = ?", finding));
        assertEquals(first, fixtures.text("SELECT decided_by FROM finding WHERE id = ?", finding));
        assertEquals("Vérifié sur la fiche", fixtures.text("SELECT note FROM finding WHERE id = ?", finding));

        // in bulk: one out-of-date row refuses the whole selection
        assertThrows(BusinessException.class, () -> campaigns.decideAll(List.of(otherSeen, seen), FindingStatus.DISMISSED, null));
        assertEquals("PENDING", fixtures.text("SELECT status FROM finding WHERE id = ?", otherFinding));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'FINDING' AND subject_id = ?"
                + " AND action = 'FINDING_CONFIRM' AND actor = ?", String.valueOf(finding), first));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'FINDING' AND actor = ?", second));
    }

    @Test
    void closingSendsANoticeToThePartnersWithConfirmedFindingsOnly() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        rollout.applyDue();
        long version = versionInForce(fixtures);
        Instant now = Instant.parse("2034-05-20T08:00:00Z");
        long warned = fixtures.partner(Fixtures.unique("Averti"), "EQUIPMENT_MAKER");
        profileUpdated(warned, now.minus(1, ChronoUnit.DAYS));
        long failing = fixtures.offer(warned, CATEGORY, Fixtures.unique("PC à corriger"), "400.00", "PUBLISHED");
        verdict(failing, version, false, "ram_gb");
        long spared = fixtures.partner(Fixtures.unique("Épargné"), "EQUIPMENT_MAKER");
        profileUpdated(spared, now.minus(1, ChronoUnit.DAYS));
        long excused = fixtures.offer(spared, CATEGORY, Fixtures.unique("PC excusé"), "400.00", "PUBLISHED");
        verdict(excused, version, false, "ram_gb");
        MovableClock.setNow(now);
        long campaign = timer.openDue().orElseThrow();

        String reviewer = Fixtures.unique("relecteur");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        signInAs(reviewer);
        Long price = campaigns.addManualFinding(campaign, warned, failing, FindingKind.PRICE,
                "Prix du site du partenaire : 380 € HT ; catalogue : 400 € HT", FindingSource.MANUAL);
        assertEquals("MANUAL", fixtures.text("SELECT source FROM finding WHERE id = ?", price));
        assertThrows(BusinessException.class, () -> campaigns.close(campaign, campaigns.get(campaign).version()),
                "pending findings must be decided first");

        campaigns.decideAll(List.of(ref(fixtures, campaign, failing, "SPECIFICATION"), ref(fixtures, campaign, failing, "PRICE")),
                FindingStatus.CONFIRMED, null);
        campaigns.decide(ref(fixtures, campaign, excused, "SPECIFICATION"), FindingStatus.DISMISSED, "Corrigé depuis");
        // every other finding of the campaign (the other tests' offers) is dismissed
        List<FindingRow> pending;
        while (!(pending = campaigns.findings(campaign, new FindingFilter(null, null, null, FindingStatus.PENDING),
                new PageRequest(0, 100)).items()).isEmpty()) {
            campaigns.decideAll(pending.stream().map(FindingRow::ref).toList(), FindingStatus.DISMISSED, null);
        }

        CloseReport report = campaigns.close(campaign, campaigns.get(campaign).version());
        assertEquals("CLOSED", fixtures.text("SELECT status FROM campaign WHERE id = ?", campaign));
        long notice = fixtures.number("SELECT id FROM notice WHERE campaign_id = ? AND partner_id = ?", campaign, warned);
        assertTrue(report.noticeIds().contains(notice));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM notice WHERE campaign_id = ? AND partner_id = ?", campaign, spared));
        assertEquals(2, fixtures.number("SELECT COUNT(*) FROM notice_item WHERE notice_id = ?", notice));
        assertEquals(2, fixtures.number("SELECT COUNT(*) FROM finding WHERE notice_id = ?", notice));
        assertNull(fixtures.text("SELECT notice_id FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, excused));
        assertEquals("WARNED", fixtures.text("SELECT label_status FROM partner WHERE id = ?", warned));
        assertEquals("GRANTED", fixtures.text("SELECT label_status FROM partner WHERE id = ?", spared));
        assertNotNull(fixtures.text("SELECT id FROM audit_entry WHERE subject_type = 'CAMPAIGN' AND subject_id = ?"
                + " AND action = 'CAMPAIGN_CLOSE' AND actor = ?", String.valueOf(campaign), reviewer));

        // the report: every finding with its decision and notice, the conformity per category
        String csv = new String(campaigns.reportCsv(campaign), StandardCharsets.UTF_8);
        String warnedName = fixtures.text("SELECT name FROM partner WHERE id = ?", warned);
        assertTrue(csv.contains(warnedName + ";" + warned + ";" + failing + ";"), csv);
        assertTrue(csv.contains("Prix différent de celui du site du partenaire;Relecteur;"), csv);
        assertTrue(csv.contains(";" + notice + "\r\n"), "the notice's number");
        assertTrue(csv.contains("PC de bureau;"), csv);
        assertEquals("%PDF", new String(campaigns.reportPdf(campaign), 0, 4, StandardCharsets.US_ASCII));
        // the closed campaign's worklist shows the notice a finding went into
        WebClient browser = new WebClient();
        browser.signIn(reviewer);
        String worklist = browser.get("reviewer/campagne.xhtml?id=" + campaign).body();
        assertTrue(worklist.contains("Avertissement n° " + notice), worklist);
        assertTrue(worklist.contains("Cette campagne est clôturée"), worklist);

        // closed: no more decisions, no second closing
        assertThrows(BusinessException.class, () -> campaigns.decide(ref(fixtures, campaign, excused, "SPECIFICATION"),
                FindingStatus.CONFIRMED, null));
        assertThrows(BusinessException.class, () -> campaigns.close(campaign, campaigns.get(campaign).version()));
    }

    @Test
    void theReviewersPagesShowTheCampaignsAndTheWorklistToReviewersOnly() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        rollout.applyDue();
        long version = versionInForce(fixtures);
        Instant now = Instant.parse("2035-09-03T08:00:00Z");
        // the worklist is sorted by partner name and the database is shared with the other classes:
        // a name sorting before letters puts this partner's finding on the first page
        long partner = fixtures.partner(Fixtures.unique("0 Pages Relecture"), "EQUIPMENT_MAKER");
        profileUpdated(partner, now.minus(1, ChronoUnit.DAYS));
        long offer = fixtures.offer(partner, CATEGORY, Fixtures.unique("PC affiché"), "400.00", "PUBLISHED");
        verdict(offer, version, false, "ecran_absent");
        MovableClock.setNow(now);
        long campaign = timer.openDue().orElseThrow();
        String reviewer = Fixtures.unique("relecteur");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);

        WebClient browser = new WebClient();
        browser.signIn(reviewer);
        HttpResponse<String> list = browser.get("reviewer/campagnes.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("septembre – octobre 2035"), list.body());
        assertTrue(list.body().contains("campagne.xhtml?id=" + campaign), list.body());
        HttpResponse<String> worklist = browser.get("reviewer/campagne.xhtml?id=" + campaign);
        assertEquals(200, worklist.statusCode());
        assertTrue(worklist.body().contains("ecran_absent"), "the finding's detail in the lazy table");
        assertTrue(worklist.body().contains("Conformité par catégorie"), worklist.body());
        assertEquals(404, browser.get("reviewer/campagne.xhtml?id=999999999").statusCode());

        String partnerUser = Fixtures.unique("partenaire");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);
        WebClient partnerBrowser = new WebClient();
        partnerBrowser.signIn(partnerUser);
        assertEquals(403, partnerBrowser.get("reviewer/campagne.xhtml?id=" + campaign).statusCode());
    }

    /** A browser without a browser: cookies, redirects, and the sign-in form posted with its view state. */
    private final class WebClient {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String userCode) throws Exception {
            HttpResponse<String> page = get("login.xhtml");
            Matcher form = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
            assertTrue(form.find(), page.body());
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            assertTrue(state.find(), page.body());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("login", "login");
            values.put("login:userCode", userCode);
            values.put("login:password", PASSWORD);
            values.put("login:submit", "");
            values.put("jakarta.faces.ViewState", state.group(1));
            String body = values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> landed = http.send(HttpRequest.newBuilder(page.uri().resolve(form.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(!landed.uri().getPath().endsWith("/login.xhtml"), "signed in as " + userCode + ": " + landed.uri());
        }
    }

    private static FindingRef ref(Fixtures fixtures, long campaign, long offer, String kind) {
        long id = fixtures.number("SELECT id FROM finding WHERE campaign_id = ? AND offer_id = ? AND kind = ?",
                campaign, offer, kind);
        return new FindingRef(id, fixtures.number("SELECT version FROM finding WHERE id = ?", id));
    }

    private static long versionInForce(Fixtures fixtures) {
        return fixtures.number("SELECT id FROM specification_version WHERE category_code = ? AND status = 'PUBLISHED'"
                + " AND applied_at IS NOT NULL ORDER BY number DESC LIMIT 1", CATEGORY);
    }

    private static long findings(Fixtures fixtures, long campaign, long offer) {
        return fixtures.number("SELECT COUNT(*) FROM finding WHERE campaign_id = ? AND offer_id = ?", campaign, offer);
    }

    private static long profileFindings(Fixtures fixtures, long campaign, long partner) {
        return fixtures.number("SELECT COUNT(*) FROM finding WHERE campaign_id = ? AND partner_id = ? AND kind = 'PROFILE'"
                + " AND offer_id IS NULL", campaign, partner);
    }

    private static String conformingInSnapshot(Fixtures fixtures, long campaign, long offer) {
        return fixtures.text("SELECT conforming FROM campaign_offer WHERE campaign_id = ? AND offer_id = ?", campaign, offer);
    }

    private static void verdict(long offer, long version, boolean conforming, String failingKeys) throws SQLException {
        execute("INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, failing_keys, results, evaluated_at)"
                + " VALUES (?, ?, ?, ?, '[]', NOW(6))", offer, version, conforming, failingKeys);
    }

    private static void profileUpdated(long partner, Instant at) throws SQLException {
        execute("UPDATE partner SET profile_updated_at = ? WHERE id = ?", Timestamp.from(at), partner);
    }

    private static void execute(String statement, Object... values) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("catalogue.db.url"),
                System.getProperty("catalogue.db.user"), System.getProperty("catalogue.db.password"));
             PreparedStatement sql = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            sql.executeUpdate();
        }
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }
}
