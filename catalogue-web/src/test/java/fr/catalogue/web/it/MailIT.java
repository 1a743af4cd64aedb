package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * E-mail that is never lost, against the packaged WAR on Payara Micro, a real MariaDB and a real
 * SMTP server (GreenMail, see {@link TestMailServer}): a message written to the outbox reaches the
 * SMTP server with its accents intact and is marked sent; while the server is down it waits, its
 * attempts and error recorded, and leaves once the server is back; an address the server refuses
 * for good (550) ends FAILED with the server's answer; administrators read the outbox
 * and send a failed message again; the audit trail is for reviewers and administrators only.
 */
@ExtendWith({TestDatabase.class, TestMailServer.class, ArquillianExtension.class})
class MailIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "Mot-de-passe-Courriel-1";

    private static Fixtures fixtures;
    private static String admin;
    private static String reviewer;
    private static String partner;
    private static long partnerId;
    private static ChromeDriver browser;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void data() {
        fixtures = new Fixtures(TestDatabase.address());
        admin = Fixtures.unique("admin-mail");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        reviewer = Fixtures.unique("relecteur-mail");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        partnerId = fixtures.partner(Fixtures.unique("Messagerie Provence"), "TELECOM_OPERATOR");
        partner = Fixtures.unique("P-MAIL");
        fixtures.account(partner, PASSWORD, "PARTNER", partnerId);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMessageOfTheOutboxArrivesWithItsAccentsAndIsMarkedSent() throws Exception {
        String recipient = Fixtures.unique("elodie") + "@exemple.fr";
        String subject = "Vos identifiants — « Étiquettes & Cœur » à Besançon";
        String body = "Bonjour Élodie,\n\nVotre identifiant : P-ÉTÉ-42\nÀ bientôt, l'équipe du label.\n";
        long id = fixtures.outboxMessage(recipient, subject, body);

        MimeMessage received = TestMailServer.awaitMessageTo(recipient, DELIVERY);
        assertEquals(subject, received.getSubject());
        assertEquals(body.strip(), ((String) received.getContent()).replace("\r\n", "\n").strip());
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
        assertEquals("Label Catalogue <ne-pas-repondre@catalogue.invalid>", received.getFrom()[0].toString());

        awaitStatus(id, "SENT");
        assertEquals("1", fixtures.text("SELECT attempts FROM outbox_message WHERE id = ?", id));
        assertNotNull(fixtures.text("SELECT sent_at FROM outbox_message WHERE id = ?", id));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OUTBOX_MESSAGE'"
                + " AND subject_id = ? AND action = 'SEND' AND actor = 'système'", String.valueOf(id)));
        assertEquals(1, TestMailServer.messagesTo(recipient).size(), "sent once");
    }

    @Test
    void whileTheServerIsDownAMessageWaitsAndLeavesOnceItIsBack() {
        String recipient = Fixtures.unique("patient") + "@exemple.fr";
        long id;
        TestMailServer.stop();
        try {
            id = fixtures.outboxMessage(recipient, "Serveur indisponible", "Ce message attendra.");
            // retried, one to two seconds apart, and never given up
            TestMailServer.await(() -> Optional.of(fixtures.number("SELECT attempts FROM outbox_message WHERE id = ?", id))
                    .filter(attempts -> attempts >= 2), DELIVERY, () -> "message " + id + " was not retried");
            assertEquals("PENDING", fixtures.text("SELECT status FROM outbox_message WHERE id = ?", id));
            String error = fixtures.text("SELECT last_error FROM outbox_message WHERE id = ?", id);
            assertTrue(error.toLowerCase().contains("connect"), error);
            assertFalse(error.contains("Ce message attendra"), "the body is never part of the error");
        } finally {
            TestMailServer.start();
        }
        TestMailServer.awaitMessageTo(recipient, DELIVERY);
        awaitStatus(id, "SENT");
        assertTrue(fixtures.number("SELECT attempts FROM outbox_message WHERE id = ?", id) >= 3);
        assertEquals(null, fixtures.text("SELECT last_error FROM outbox_message WHERE id = ?", id));
    }

    @Test
    void aRecipientTheServerRefusesForGoodEndsFailedWithTheServersAnswer() throws Exception {
        String refused = Fixtures.unique("inconnu") + "@exemple.fr";
        long id;
        try (AutoCloseable server = TestMailServer.refusing(refused)) {
            id = fixtures.outboxMessage(refused, "Adresse refusée", "Ce texte ne sera jamais remis.");
            awaitStatus(id, "FAILED");
        }
        assertEquals("1", fixtures.text("SELECT attempts FROM outbox_message WHERE id = ?", id), "not retried");
        String error = fixtures.text("SELECT last_error FROM outbox_message WHERE id = ?", id);
        assertTrue(error.contains("550 5.1.1 Adresse inconnue"), error);
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OUTBOX_MESSAGE'"
                + " AND subject_id = ? AND action = 'SEND_REFUSED'", String.valueOf(id)));
    }

    @Test
    void anAdministratorReadsAFailedMessageAndSendsItAgainWhichTheJournalShows() {
        String recipient = Fixtures.unique("refuse") + "@exemple.fr";
        String subject = Fixtures.unique("Relance du dossier");
        long id = fixtures.failedOutboxMessage(recipient, subject, "Corps du message à renvoyer.",
                "SendFailedException: Invalid Addresses\nMessagingException: 550 5.1.1 Utilisateur inconnu");

        browser = browser == null ? Browser.start() : browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:userCode")).sendKeys(admin);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        browser.findElement(By.id("outboxLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outbox:table")));
        assertTrue(browser.findElement(By.id("outbox:counts")).getText().contains("En échec"));

        Browser.choose(browser, "outbox:status", "En échec");
        awaitAjax(wait);
        // the table is drawn again by Ajax: read it once it shows failed messages only
        String table = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id("outbox:table")).getText();
            return text.contains(subject) && !text.contains("En attente") && !text.contains("Envoyé") ? text : null;
        });
        assertTrue(table.contains("550 5.1.1 Utilisateur inconnu"), table);

        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.linkText(subject)).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailBody"), "Corps du message à renvoyer."));
        assertEquals(recipient, browser.findElement(By.id("detailRecipient")).getText());
        assertEquals("En échec", browser.findElement(By.id("detailStatus")).getText());

        browser.findElement(By.id("outbox:retry")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox:messages"),
                "Le courriel n° " + id + " sera renvoyé"));
        TestMailServer.awaitMessageTo(recipient, DELIVERY);
        awaitStatus(id, "SENT");

        browser.get(base + "reviewer/journal.xhtml?sujet=OUTBOX_MESSAGE&id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("journal:table")));
        String journal = browser.findElement(By.id("journal:table")).getText();
        assertTrue(journal.contains("Courriel renvoyé"), journal);
        assertTrue(journal.contains(admin + " (administrateur)"), journal);
        assertTrue(journal.contains("status : FAILED → PENDING"), journal);
        assertTrue(journal.contains("Consultation"), "reading a body is traced: " + journal);
        assertTrue(journal.contains("Système (traitement automatique)"), journal);
        assertTrue(journal.contains("status : PENDING → SENT"), journal);
    }

    @Test
    void onlyAdministratorsReadTheOutbox() throws Exception {
        assertEquals(200, page("admin/courriels.xhtml", token(admin)).statusCode());
        assertEquals(403, page("admin/courriels.xhtml", token(reviewer)).statusCode());
        assertEquals(403, page("admin/courriels.xhtml", token(partner)).statusCode());
    }

    @Test
    void theJournalIsForReviewersAndAdministratorsAndSaysWhoActedForWhichPartner() throws Exception {
        String actor = Fixtures.unique("admin-j");
        fixtures.auditEntry(actor, "ADMIN", partnerId, "OFFER", "4242", "UPDATE",
                "{\"title\":\"Ancien-titre\",\"price\":\"10.00\"}", "{\"title\":\"Nouveau-titre\",\"price\":null}");

        for (String reader : new String[] {reviewer, admin}) {
            HttpResponse<String> page = page("reviewer/journal.xhtml?acteur=" + actor, token(reader));
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains(actor + " (administrateur pour le partenaire " + partnerId + ")"), html);
            assertTrue(html.contains("Ancien-titre"), html);
            assertTrue(html.contains("Nouveau-titre"), html);
        }
        HttpResponse<String> other = page("reviewer/journal.xhtml?acteur=" + Fixtures.unique("personne"), token(reviewer));
        assertTrue(other.body().contains("Aucune modification enregistr"), "empty state");

        assertEquals(403, page("reviewer/journal.xhtml", token(partner)).statusCode());
        assertEquals(302, page("reviewer/journal.xhtml", null).statusCode(), "anonymous: to the sign-in page");
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    private static void awaitAjax(WebDriverWait wait) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();"));
    }

    private void awaitStatus(long id, String status) {
        TestMailServer.await(() -> Optional.ofNullable(fixtures.text("SELECT status FROM outbox_message WHERE id = ?", id))
                .filter(status::equals), DELIVERY, () -> "message " + id + " is not " + status);
    }

    private String token(String userCode) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userCode\":\"" + userCode + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("token");
        }
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).header("Accept", "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
