package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Applying and deciding, against the packaged WAR on Payara Micro and a real MariaDB: the services
 * are called by {@link ApplicationProbe} as the HTTP caller (a bearer token or nobody), so their
 * own role and ownership checks are what is tested. R6 (terms accepted and recorded), R7 (validation
 * creates partner and account, credentials by e-mail, rejection with a reason, decided once), R8
 * (profile checks, own profile only).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class ApplicationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern USER_CODE = Pattern.compile("Code utilisateur : (P-[A-Z0-9]{6})");
    private static final Pattern PASSWORD = Pattern.compile("Mot de passe     : (\\S+)");

    private static Fixtures fixtures;
    private static String admin;
    private static long partnerA;
    private static long partnerB;
    private static String userA;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war().addClasses(ApplicationProbe.class);
    }

    @BeforeAll
    static void data() {
        fixtures = new Fixtures(TestDatabase.address());
        admin = Fixtures.unique("admin-app");
        fixtures.account(admin, "Admin-Candidatures-1", "ADMIN", null);
        partnerA = fixtures.partner(Fixtures.unique("Partenaire A"), "EQUIPMENT_MAKER");
        userA = Fixtures.unique("P-A");
        fixtures.account(userA, "Partenaire-A-mdp-1", "PARTNER", partnerA);
        partnerB = fixtures.partner(Fixtures.unique("Partenaire B"), "EQUIPMENT_MAKER");
    }

    @Test
    void aValidApplicationIsAcknowledgedThenValidatedIntoAPartnerWithCredentialsByEmail() throws Exception {
        String siren = newSiren();
        String email = "candidat-" + siren + "@example.org";
        JsonObject submitted = call(null, "op", "submit", "siren", siren, "name", "Pôle TPE " + siren, "email", email);
        assertEquals(200, status(submitted), submitted.toString());
        long id = submitted.getJsonNumber("id").longValue();

        assertEquals("SUBMITTED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", id));
        assertEquals(2, fixtures.number("SELECT COUNT(*) FROM application_attachment WHERE application_id = ?", id));
        assertEquals(64, fixtures.text("SELECT sha256 FROM application_attachment WHERE application_id = ? LIMIT 1", id).length());
        assertEquals(14, fixtures.number("SELECT COUNT(*) FROM application_service WHERE application_id = ?", id));
        assertEquals("1", fixtures.text("""
                SELECT t.number FROM terms_acceptance a JOIN terms_version t ON t.id = a.terms_version_id
                WHERE a.application_id = ?""", id), "R6: the version accepted is recorded");
        assertNotNull(fixtures.text("SELECT accepted_at FROM terms_acceptance WHERE application_id = ?", id));
        assertTrue(fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id LIMIT 1", email)
                .contains("Nous avons bien reçu la candidature"));
        assertEquals("public", fixtures.text(
                "SELECT actor FROM audit_entry WHERE subject_type = 'APPLICATION' AND subject_id = ? AND action = 'SUBMIT'", id));

        // the same company cannot apply twice while its application waits
        JsonObject twice = call(null, "op", "submit", "siren", siren, "name", "Encore", "email", email);
        assertRefused(twice, "siren");

        String token = token(admin, "Admin-Candidatures-1");
        JsonObject queue = call(token, "op", "queue", "status", "SUBMITTED");
        assertTrue(queue.getJsonArray("ids").stream().anyMatch(v -> v.toString().equals(String.valueOf(id))), queue.toString());
        JsonObject shown = call(token, "op", "get", "id", String.valueOf(id));
        assertEquals(2, shown.getInt("attachments"));
        long version = shown.getJsonNumber("version").longValue();

        JsonObject validated = call(token, "op", "validate", "id", String.valueOf(id), "version", String.valueOf(version));
        assertEquals(200, status(validated), validated.toString());
        long partnerId = validated.getJsonNumber("partnerId").longValue();
        String userCode = validated.getString("userCode");

        assertEquals("VALIDATED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", id));
        assertEquals(String.valueOf(partnerId), fixtures.text("SELECT partner_id FROM partner_application WHERE id = ?", id));
        assertEquals(siren, fixtures.text("SELECT siren FROM partner WHERE id = ?", partnerId));
        assertEquals("6202A", fixtures.text("SELECT ape_code FROM partner WHERE id = ?", partnerId));
        assertEquals(14, fixtures.number("SELECT COUNT(*) FROM partner_service WHERE partner_id = ?", partnerId));
        assertEquals(2, fixtures.number("SELECT COUNT(*) FROM application_attachment WHERE partner_id = ?", partnerId));
        assertEquals("1", fixtures.text("SELECT must_change_password FROM account WHERE user_code = ?", userCode));
        assertEquals(String.valueOf(partnerId), fixtures.text("SELECT partner_id FROM account WHERE user_code = ?", userCode));
        assertEquals(fixtures.text("SELECT id FROM account WHERE user_code = ?", userCode),
                fixtures.text("SELECT account_id FROM terms_acceptance WHERE application_id = ?", id),
                "R6: the acceptance is tied to the account opened");

        String mail = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? AND subject LIKE '%identifiants%'", email);
        Matcher code = USER_CODE.matcher(mail);
        Matcher password = PASSWORD.matcher(mail);
        assertTrue(code.find() && password.find(), mail);
        assertEquals(userCode, code.group(1));
        String clear = password.group(1);
        assertTrue(clear.length() >= 16);
        String hash = fixtures.text("SELECT password_hash FROM account WHERE user_code = ?", userCode);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), "only a hash is stored");
        assertFalse(hash.contains(clear));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ?", "%" + clear + "%"),
                "the password is in no audit entry");
        assertTrue(call(null, "op", "authenticate", "userCode", userCode, "password", clear).getBoolean("authenticated"));
        assertFalse(call(null, "op", "authenticate", "userCode", userCode, "password", clear + "x").getBoolean("authenticated"));

        assertEquals(admin, fixtures.text(
                "SELECT actor FROM audit_entry WHERE subject_type = 'APPLICATION' AND subject_id = ? AND action = 'VALIDATE'", id));
        assertEquals(1, fixtures.number(
                "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'PARTNER' AND subject_id = ? AND action = 'CREATE'", partnerId));
        assertEquals(1, fixtures.number(
                "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ACCOUNT' AND partner_id = ? AND action = 'CREATE'", partnerId));

        // decided once: validating or rejecting again is refused, stale or not
        assertRefused(call(token, "op", "validate", "id", String.valueOf(id), "version", String.valueOf(version)), null);
        JsonObject again = call(token, "op", "reject", "id", String.valueOf(id), "version", String.valueOf(version + 1),
                "reason", "Trop tard");
        assertRefused(again, null);
        assertTrue(again.getString("message").contains("déjà été validée"), again.toString());
        // and now a partner, the company cannot apply again
        assertRefused(call(null, "op", "submit", "siren", siren, "name", "Encore", "email", email), "siren");
    }

    @Test
    void aRejectionNeedsAReasonAndIsEmailed() throws Exception {
        String siren = newSiren();
        String email = "refus-" + siren + "@example.org";
        long id = call(null, "op", "submit", "siren", siren, "name", "Refusé " + siren, "email", email)
                .getJsonNumber("id").longValue();
        String token = token(admin, "Admin-Candidatures-1");
        String version = String.valueOf(call(token, "op", "get", "id", String.valueOf(id)).getJsonNumber("version").longValue());
        assertRefused(call(token, "op", "reject", "id", String.valueOf(id), "version", version, "reason", " "), "reason");
        JsonObject stale = call(token, "op", "reject", "id", String.valueOf(id), "version", version + "7", "reason", "Motif");
        assertRefused(stale, null);
        assertTrue(stale.getString("message").contains("rechargez la page"), stale.toString());

        JsonObject rejected = call(token, "op", "reject", "id", String.valueOf(id), "version", version,
                "reason", "L'attestation d'assurance ne couvre pas l'activité déclarée.");
        assertEquals(200, status(rejected), rejected.toString());
        assertEquals("REJECTED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", id));
        String mail = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? AND subject LIKE '%pas retenue%'", email);
        assertTrue(mail.contains("L'attestation d'assurance ne couvre pas l'activité déclarée."), mail);
        assertEquals("L'attestation d'assurance ne couvre pas l'activité déclarée.", fixtures.text(
                "SELECT decision_reason FROM partner_application WHERE id = ?", id));
        assertEquals(admin, fixtures.text(
                "SELECT actor FROM audit_entry WHERE subject_type = 'APPLICATION' AND subject_id = ? AND action = 'REJECT'", id));
        assertRefused(call(token, "op", "validate", "id", String.valueOf(id), "version", version), null);
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM partner WHERE siren = ?", siren));
        // rejected, the company may apply again
        assertEquals(200, status(call(null, "op", "submit", "siren", siren, "name", "Refusé " + siren, "email", email)));
    }

    @Test
    void badApplicationsAreRefusedNamingTheField() throws Exception {
        assertRefused(call(null, "op", "submit", "siren", "443061842", "name", "Mauvais SIREN", "email", "a@example.org"),
                "siren");
        String siren = newSiren();
        assertRefused(call(null, "op", "submit", "siren", siren, "name", "Sans CGU", "email", "b@example.org",
                "terms", "false"), "terms");
        assertRefused(call(null, "op", "submit", "siren", siren, "name", "Faux PDF", "email", "c@example.org",
                "spoil", "fakePdf"), "attachment.INSURANCE");
        assertRefused(call(null, "op", "submit", "siren", siren, "name", "Mauvaise catégorie", "email", "d@example.org",
                "spoil", "wrongCategory"), "categories");
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM partner_application WHERE siren = ?", siren),
                "nothing stored for a refused application");
    }

    @Test
    void theAdminServicesAreForAdministratorsOnly() throws Exception {
        String partnerToken = token(userA, "Partenaire-A-mdp-1");
        assertEquals(403, status(call(null, "op", "queue", "status", "SUBMITTED")));
        assertEquals(403, status(call(partnerToken, "op", "queue", "status", "SUBMITTED")));
        assertEquals(403, status(call(partnerToken, "op", "validate", "id", "1", "version", "0")));
        assertEquals(403, status(call(partnerToken, "op", "reject", "id", "1", "version", "0", "reason", "x")));
        assertEquals(403, status(call(partnerToken, "op", "profile", "partner", String.valueOf(partnerB))));
        assertEquals(403, status(call(null, "op", "own")));
    }

    @Test
    void aPartnerReadsAndChangesItsOwnProfileOnlyAndAnAdministratorActsForItTraced() throws Exception {
        String partnerToken = token(userA, "Partenaire-A-mdp-1");
        JsonObject own = call(partnerToken, "op", "own");
        assertEquals(partnerA, own.getJsonNumber("id").longValue(), "the caller's own partner, whatever it asks");
        JsonObject updated = call(partnerToken, "op", "updateOwn", "siren", newSiren(), "town", "Lannion");
        assertEquals(200, status(updated), updated.toString());
        assertEquals("Lannion", fixtures.text("SELECT town FROM partner WHERE id = ?", partnerA));
        assertEquals("Rennes", fixtures.text("SELECT town FROM partner WHERE id = ?", partnerB), "B untouched");
        assertEquals(userA, fixtures.text("""
                SELECT actor FROM audit_entry WHERE subject_type = 'PARTNER' AND subject_id = ? AND action = 'UPDATE'""",
                partnerA));
        assertRefused(call(partnerToken, "op", "updateOwn", "siren", "443061842", "town", "Brest"), "siren");

        String adminToken = token(admin, "Admin-Candidatures-1");
        JsonObject forB = call(adminToken, "op", "update", "partner", String.valueOf(partnerB), "siren", newSiren(),
                "town", "Quimper");
        assertEquals(200, status(forB), forB.toString());
        assertEquals("Quimper", fixtures.text("SELECT town FROM partner WHERE id = ?", partnerB));
        assertEquals(admin, fixtures.text("""
                SELECT actor FROM audit_entry WHERE subject_type = 'PARTNER' AND subject_id = ? AND action = 'UPDATE_ON_BEHALF'""",
                partnerB), "R7: the administrator acting for the partner is traced as such");
        assertEquals(String.valueOf(partnerB), fixtures.text("""
                SELECT partner_id FROM audit_entry WHERE subject_type = 'PARTNER' AND subject_id = ? AND action = 'UPDATE_ON_BEHALF'""",
                partnerB));
    }

    @Test
    void thePagesRenderForTheirRolesOnly() throws Exception {
        HttpResponse<String> form = page(null, "candidature.xhtml");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Devenir partenaire"), "the form and the header link");
        assertTrue(form.body().contains("Numéro SIREN"));
        assertEquals(302, page(null, "admin/candidatures.xhtml").statusCode(), "to the sign-in page");

        String siren = newSiren();
        long id = call(null, "op", "submit", "siren", siren, "name", "Vitrine " + siren, "email", "v-" + siren + "@example.org")
                .getJsonNumber("id").longValue();
        String adminToken = token(admin, "Admin-Candidatures-1");
        HttpResponse<String> queue = page(adminToken, "admin/candidatures.xhtml");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("Vitrine " + siren), "the pending application is listed");
        HttpResponse<String> review = page(adminToken, "admin/candidature.xhtml?id=" + id);
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("assurance-rc.pdf"), "the documents are listed");
        assertTrue(review.body().contains("Loueur Picard SA"), "the services via a partner name it");
        assertEquals(404, page(adminToken, "admin/candidature.xhtml?id=999999999").statusCode());
        assertTrue(review.body().contains("class=\"applied-category\">Centre de compétences TPE informatique</li>"),
                "the categories applied for by their names");
        assertFalse(review.body().contains(">COMPETENCE_CENTRE_IT<"), "not their codes");
        String offerTitle = Fixtures.unique("Poste de travail B");
        fixtures.offer(partnerB, "PC_DESKTOP", offerTitle, "700.00", "DRAFT");
        HttpResponse<String> partner = page(adminToken, "admin/partenaire.xhtml?id=" + partnerB);
        assertEquals(200, partner.statusCode(), partner.body());
        assertTrue(partner.body().contains(offerTitle), "the partner's offers are listed");
        assertTrue(partner.body().contains("partner/offres.xhtml?partenaire=" + partnerB), "and edited for it");
        HttpResponse<String> directory = page(adminToken, "admin/partenaires.xhtml");
        assertEquals(200, directory.statusCode(), directory.body());
        assertTrue(directory.body().contains("Offres publiées / total"), "the directory's table");
        assertTrue(directory.body().contains("admin/partenaire.xhtml?id="), "each partner leads to its page");
        assertTrue(page(adminToken, "admin/index.xhtml").body().contains("Annuaire des partenaires"));

        String partnerToken = token(userA, "Partenaire-A-mdp-1");
        HttpResponse<String> own = page(partnerToken, "partner/profil.xhtml");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("Profil de la société"));
        assertEquals(403, page(partnerToken, "admin/candidatures.xhtml").statusCode());
        assertEquals(403, page(partnerToken, "admin/partenaires.xhtml").statusCode());
    }

    @Test
    void anAdviserAppliesThroughTheWizardAndNothingTypedIsLostOnARefusal() {
        String siren = newSiren();
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "candidature.xhtml");
            Browser.choose(browser, "application:kind", "Conseiller informatique et télécoms TPE");
            type(browser, "name", "Conseil Web " + siren);
            type(browser, "siren", "123456789");
            type(browser, "siret", siren + "00000");
            type(browser, "apeCode", "70.22Z");
            type(browser, "address", "12 rue Nationale");
            type(browser, "postcode", "37000");
            type(browser, "town", "Tours");
            next(browser);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:wizard"), "clé de contrôle"));
            assertEquals("Conseil Web " + siren, browser.findElement(By.id("application:name")).getAttribute("value"),
                    "nothing typed is lost");
            type(browser, "siren", siren);
            String siret = siren + ApplicationProbe.luhnSuffix(siren);
            type(browser, "siret", siret);
            next(browser);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application:contactName")));
            type(browser, "contactName", "Paul Martin");
            type(browser, "contactFunction", "Gérant");
            type(browser, "phone", "02 47 00 00 00");
            type(browser, "email", "paul-" + siren + "@example.org");
            next(browser);
            WebElement category = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#application\\:categories .ui-chkbox-box")));
            category.click();
            next(browser);
            // an adviser is no competence centre: straight to the documents
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:wizard"), "PDF uniquement"));
            next(browser);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".terms-text")));
            assertTrue(browser.findElement(By.cssSelector(".terms-text")).getText().contains("Préambule"));
            next(browser);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:wizard"), "Vous devez accepter"));
            browser.findElement(By.cssSelector("#application\\:terms .ui-chkbox-box")).click();
            next(browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("application:submit"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sentTitle")));
            assertTrue(browser.findElement(By.id("reference")).getText().contains("paul-" + siren + "@example.org"));
        } finally {
            browser.quit();
        }
        assertEquals("ADVISER", fixtures.text("SELECT kind FROM partner_application WHERE siren = ?", siren));
        assertEquals("ADVISER", fixtures.text("""
                SELECT c.category_code FROM application_category c JOIN partner_application a ON a.id = c.application_id
                WHERE a.siren = ?""", siren));
    }

    @Test
    void anAdministratorValidatesOneApplicationAndRejectsAnotherFromTheirPage() throws Exception {
        String validSiren = newSiren();
        long toValidate = call(null, "op", "submit", "siren", validSiren, "name", "À valider " + validSiren,
                "email", "ok-" + validSiren + "@example.org").getJsonNumber("id").longValue();
        String rejectSiren = newSiren();
        long toReject = call(null, "op", "submit", "siren", rejectSiren, "name", "À refuser " + rejectSiren,
                "email", "ko-" + rejectSiren + "@example.org").getJsonNumber("id").longValue();
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:userCode")).sendKeys(admin);
            browser.findElement(By.id("login:password")).sendKeys("Admin-Candidatures-1");
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicationsAdminLink"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("À valider " + validSiren))).click();

            wait.until(ExpectedConditions.elementToBeClickable(By.id("review:validate"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Validée"));
            assertTrue(browser.getPageSource().contains("ok-" + validSiren + "@example.org"), "the message names the recipient");

            browser.get(base + "admin/candidature.xhtml?id=" + toReject);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("review:reject"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("rejectForm:confirmReject"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rejectForm"), "motif du refus"));
            browser.findElement(By.id("rejectForm:reason")).sendKeys("Le SIRET ne correspond pas à l'adresse déclarée.");
            browser.findElement(By.id("rejectForm:confirmReject")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Refusée"));
        } finally {
            browser.quit();
        }
        assertEquals("VALIDATED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", toValidate));
        assertEquals("REJECTED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", toReject));
        assertEquals("Le SIRET ne correspond pas à l'adresse déclarée.",
                fixtures.text("SELECT decision_reason FROM partner_application WHERE id = ?", toReject));
    }

    @Test
    void anAdministratorFindsAPartnerInTheDirectoryAndActsForIt() {
        String siren = newSiren();
        String name = Fixtures.unique("Annuaire Opérateur");
        long partner = fixtures.partner(name, "TELECOM_OPERATOR");
        fixtures.partnerContact(partner, siren, null);
        fixtures.offer(partner, "TELECOM_SERVICE", Fixtures.unique("Forfait annuaire"), "20.00", "PUBLISHED");
        fixtures.offer(partner, "TELECOM_SERVICE", Fixtures.unique("Forfait brouillon"), "25.00", "DRAFT");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:userCode")).sendKeys(admin);
            browser.findElement(By.id("login:password")).sendKeys("Admin-Candidatures-1");
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("partnersDirectoryLink"))).click();

            // by its SIREN, typed as read out: one row, with its offers published / total
            wait.until(ExpectedConditions.elementToBeClickable(By.id("directory:search")))
                    .sendKeys(siren.substring(0, 3) + " " + siren.substring(3));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(name)));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#directory\\:partners_data tr"), 1));
            assertTrue(browser.findElement(By.id("directory:partners")).getText().contains("1 / 2"),
                    browser.findElement(By.id("directory:partners")).getText());

            // another kind: nobody
            Browser.choose(browser, "directory:kind", "Conseiller informatique et télécoms TPE");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory:partners"),
                    "Aucun partenaire ne correspond à cette recherche."));

            // its offers, edited for it
            browser.get(base + "admin/partenaires.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("directory:search"))).sendKeys(siren);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#directory\\:partners_data tr"), 1));
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//tr[.//a[text()='" + name + "']]//a[contains(@class, 'offers-link')]"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actingFor"), name));
        } finally {
            browser.quit();
        }
    }

    private static void type(ChromeDriver browser, String field, String value) {
        WebElement input = browser.findElement(By.id("application:" + field));
        input.clear();
        input.sendKeys(value);
    }

    private static void next(ChromeDriver browser) {
        browser.findElement(By.id("application:wizard_next")).click();
    }

    // ------------------------------------------------------------------------------------------

    private HttpResponse<String> page(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(JsonObject answer) {
        return answer.getInt("_status");
    }

    private static void assertRefused(JsonObject answer, String field) {
        assertEquals(400, status(answer), answer.toString());
        if (field != null) {
            assertEquals(field, answer.getString("field", null), answer.toString());
        }
    }

    private JsonObject call(String token, String... params) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            form.put(params[i], params[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "it-probe/applications"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = response.body().isBlank() || !response.body().startsWith("{")
                ? Json.createObjectBuilder().add("raw", response.body()).build()
                : Json.createReader(new StringReader(response.body())).readObject();
        return Json.createObjectBuilder(json).add("_status", response.statusCode()).build();
    }

    private String token(String userCode, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userCode\":\"" + userCode + "\",\"password\":\"" + password + "\"}"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("token");
    }

    private static final Random RANDOM = new Random();

    /** A fresh valid SIREN no other test uses. */
    private static synchronized String newSiren() {
        while (true) {
            StringBuilder digits = new StringBuilder("8");
            for (int i = 0; i < 7; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            for (int check = 0; check <= 9; check++) {
                String candidate = digits.toString() + check;
                if (ApplicationProbe.luhn(candidate)
                        && fixtures.number("SELECT COUNT(*) FROM partner_application WHERE siren = ?", candidate) == 0) {
                    return candidate;
                }
            }
        }
    }
}
