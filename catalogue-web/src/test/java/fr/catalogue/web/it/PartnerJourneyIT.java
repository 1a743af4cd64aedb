package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when", end to end in a real browser, against the packaged WAR on Payara Micro,
 * a real MariaDB and a real SMTP server (GreenMail, see {@link TestMailServer}): a company applies
 * and accepts the terms (R6); an administrator validates its application, which opens the partner
 * and its account (R7); the credentials e-mail reaches the SMTP server; the first sign-in forces a
 * new password (R7); the partner drafts an offer whose publication is refused for a failing
 * criterion, corrects it and publishes it (R11, R13); signed out, anyone finds it in the catalogue.
 * The partner guide points here as the living proof of the path.
 */
@ExtendWith({TestDatabase.class, TestMailServer.class, ArquillianExtension.class})
@RunAsClient
class PartnerJourneyIT {

    // No other test class changes the specification of this category: the version made here is in force.
    private static final String CATEGORY = "CAMERA_DIGITAL";
    private static final String CATEGORY_NAME = "Appareil photo numérique";
    private static final String KIND_LABEL = "Constructeur ou distributeur d'équipements";
    private static final String ADMIN_PASSWORD = "Admin-Parcours-Complet-1";
    private static final String NEW_PASSWORD = "Objectif-Zoom-Numérique-42";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Pattern USER_CODE = Pattern.compile("Code utilisateur : (\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("Mot de passe\\s+: (\\S+)");
    private static final Random RANDOM = new Random();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aCompanyAppliesIsValidatedSignsInPublishesAnOfferAndTheCatalogueShowsIt() throws Exception {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        int number = (int) fixtures.number(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM specification_version WHERE category_code = ?", CATEGORY);
        long specVersion = fixtures.publishedVersion(CATEGORY, number, LocalDate.now(ZoneId.of("Europe/Paris")));
        fixtures.minCriterion(specVersion, 1, "sensor_journey", "Résolution du capteur", "Mpx", "20");
        String admin = Fixtures.unique("admin-parcours");
        fixtures.account(admin, ADMIN_PASSWORD, "ADMIN", null);

        String siren = newSiren(fixtures);
        String siret = siren + siretSuffix(siren);
        String company = "Optique Numérique Étienne " + siren;
        String email = "parcours-" + siren + "@example.org";
        String title = "Hybride Cévennes " + siren;

        ChromeDriver browser = Browser.start();
        String userCode;
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.ignoring(StaleElementReferenceException.class);

            // 1. R6: the company applies through the wizard and accepts the terms
            browser.get(base.toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("applyLink"))).click();
            Browser.choose(browser, "application:kind", KIND_LABEL); // the choice is sent with the step
            type(browser, "name", company);
            type(browser, "siren", siren);
            type(browser, "siret", siret);
            type(browser, "apeCode", "46.51Z");
            type(browser, "address", "3 place de la Comédie");
            type(browser, "postcode", "34000");
            type(browser, "town", "Montpellier");
            next(browser);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application:contactName")));
            type(browser, "contactName", "Hélène Duroc");
            type(browser, "contactFunction", "Gérante");
            type(browser, "phone", "04 67 00 00 00");
            type(browser, "email", email);
            next(browser);
            By camera = By.xpath("//*[@id='application:categories']//label[normalize-space()='" + CATEGORY_NAME
                    + "']/parent::*//div[contains(@class, 'ui-chkbox-box')]");
            wait.until(ExpectedConditions.elementToBeClickable(camera)).click();
            wait.until(d -> d.findElement(camera).getAttribute("class").contains("ui-state-active"));
            next(browser);
            // no competence centre: straight to the documents, none required
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:wizard"), "PDF uniquement"));
            next(browser);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".terms-text")));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#application\\:terms .ui-chkbox-box")))
                    .click();
            next(browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("application:submit"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sentTitle")));
            assertTrue(browser.findElement(By.id("reference")).getText().contains(email));
            long application = fixtures.number("SELECT id FROM partner_application WHERE siren = ?", siren);
            assertEquals("SUBMITTED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", application));
            assertEquals(CATEGORY, fixtures.text(
                    "SELECT category_code FROM application_category WHERE application_id = ?", application));
            assertEquals(1, fixtures.number("SELECT COUNT(*) FROM terms_acceptance WHERE application_id = ?", application),
                    "R6: the acceptance of the terms is recorded");

            // 2. R7: an administrator finds the application in the queue, opens it and validates it
            signIn(browser, wait, admin, ADMIN_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("applicationsAdminLink"))).click();
            openFromQueue(browser, wait, company);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewTitle"), company));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("review:validate"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Validée"));
            signOut(browser, wait);

            // 3. the credentials e-mail reaches the SMTP server, in French with its accents intact
            MimeMessage mail = TestMailServer.await(() -> TestMailServer.messagesTo(email).stream()
                            .filter(m -> subjectOf(m).contains("identifiants")).findFirst(), DELIVERY,
                    () -> "No credentials e-mail to " + email + " within " + DELIVERY);
            assertEquals("Votre candidature est validée : vos identifiants", mail.getSubject());
            String body = ((String) mail.getContent()).replace("\r\n", "\n");
            assertTrue(body.startsWith("Bonjour Hélène Duroc,"), body);
            assertTrue(body.contains("Le Ministère a validé la candidature de " + company + "."), body);
            assertTrue(body.contains("« Entrepreneurs, faites le choix de l'économie numérique »"), body);
            Matcher code = USER_CODE.matcher(body);
            Matcher password = PASSWORD.matcher(body);
            assertTrue(code.find() && password.find(), body);
            userCode = code.group(1);
            String generated = password.group(1);

            // 4. R7: the first sign-in leads to the password change, then to the partner's space
            signIn(browser, wait, userCode, generated);
            wait.until(ExpectedConditions.urlContains("/compte/mot-de-passe.xhtml"));
            assertTrue(browser.findElement(By.id("forced")).getText().contains("choisissez-en un nouveau"));
            browser.findElement(By.id("password:current")).sendKeys(generated);
            browser.findElement(By.id("password:new")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("password:confirmation")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("password:submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("password:home"))).click();
            wait.until(ExpectedConditions.urlContains("/partner/index.xhtml"));
            assertEquals("0", fixtures.text("SELECT must_change_password FROM account WHERE user_code = ?", userCode));

            // 5. R11, R13: a draft; publishing refused for the failing criterion, nothing lost; corrected, published
            wait.until(ExpectedConditions.elementToBeClickable(By.id("newOffer"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editorTitle"), "Nouvelle offre"));
            Browser.choose(browser, "editor:category", CATEGORY_NAME);
            WebElement sensor = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:criteria:0:number")));
            assertTrue(browser.findElement(By.id("editor")).getText().contains("au moins 20 Mpx"),
                    "the requirement of the specification in force (R13)");
            browser.findElement(By.id("editor:title")).sendKeys(title);
            browser.findElement(By.id("editor:description")).sendKeys("Un hybride tropicalisé, garanti trois ans.");
            browser.findElement(By.id("editor:price_input")).sendKeys("749");
            sensor.sendKeys("12");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:verdict"),
                    "Résolution du capteur : 12 Mpx, il faut au moins 20 Mpx"));
            browser.findElement(By.id("editor:saveDraft")).click();
            wait.until(ExpectedConditions.urlContains("offre.xhtml?id="));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Offre enregistrée"));
            long partner = fixtures.number("SELECT id FROM partner WHERE siren = ?", siren);
            long offer = fixtures.number("SELECT id FROM offer WHERE partner_id = ?", partner);
            assertEquals("DRAFT", fixtures.text("SELECT status FROM offer WHERE id = ?", offer));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:publish"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Publication refusée"));
            String refusal = browser.findElement(By.id("editor:messages")).getText();
            assertTrue(refusal.contains("Résolution du capteur"), "the failing criterion is named: " + refusal);
            assertEquals("12", browser.findElement(By.id("editor:criteria:0:number")).getAttribute("value"));
            assertEquals(title, browser.findElement(By.id("editor:title")).getAttribute("value"), "nothing typed is lost");
            assertEquals("DRAFT", fixtures.text("SELECT status FROM offer WHERE id = ?", offer));
            assertEquals(0, fixtures.number("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", offer));

            WebElement corrected = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:criteria:0:number")));
            corrected.clear();
            corrected.sendKeys("24");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdictSummary"), "Conforme à la version"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:publish"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"),
                    "Offre publiée au catalogue"));
            signOut(browser, wait);

            // 6. signed out, the catalogue lists the offer and its page shows it
            browser.get(base.toString());
            new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("categorie"))))
                    .selectByVisibleText(CATEGORY_NAME);
            browser.findElement(By.id("search-submit")).click();
            String table = wait.until(d -> {
                String text = d.findElement(By.id("results")).getText();
                return text.contains(title) ? text : null;
            });
            assertTrue(table.contains(company), table);
            wait.until(d -> {
                d.findElement(By.linkText(title)).click();
                return true;
            });
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerTitle"), title));
            assertTrue(browser.getCurrentUrl().contains("offre.xhtml?id=" + offer), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("offerPartner")).getText().startsWith(company));
            assertTrue(browser.getPageSource().contains("749,00"), "the price in French format");
            assertTrue(browser.getPageSource().contains("Un hybride tropicalisé, garanti trois ans."));

            // the key facts, in the database
            assertEquals("VALIDATED", fixtures.text("SELECT status FROM partner_application WHERE id = ?", application));
            assertEquals(String.valueOf(partner),
                    fixtures.text("SELECT partner_id FROM partner_application WHERE id = ?", application));
            assertEquals(company, fixtures.text("SELECT name FROM partner WHERE id = ?", partner));
            assertEquals("EQUIPMENT_MAKER", fixtures.text("SELECT kind FROM partner WHERE id = ?", partner));
            assertEquals(siret, fixtures.text("SELECT siret FROM partner WHERE id = ?", partner));
            assertEquals(String.valueOf(partner), fixtures.text("SELECT partner_id FROM account WHERE user_code = ?", userCode));
            assertEquals("0", fixtures.text("SELECT must_change_password FROM account WHERE user_code = ?", userCode));
            assertFalse(fixtures.text("SELECT password_hash FROM account WHERE user_code = ?", userCode)
                    .contains(NEW_PASSWORD), "only a hash is stored");
            assertEquals("PUBLISHED", fixtures.text("SELECT status FROM offer WHERE id = ?", offer));
            assertNotNull(fixtures.text("SELECT published_at FROM offer WHERE id = ?", offer));
            assertEquals(1, fixtures.number("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", offer));
            assertEquals(1, fixtures.number(
                    "SELECT COUNT(*) FROM offer_version WHERE offer_id = ? AND valid_until IS NULL", offer));
            assertEquals("24", fixtures.text(
                    "SELECT attr_value FROM offer_attribute WHERE offer_id = ? AND attr_key = 'sensor_journey'", offer));
            assertEquals(admin, audited("actor", "APPLICATION", application, "VALIDATE", fixtures));
            assertEquals(admin, audited("actor", "PARTNER", partner, "CREATE", fixtures));
            long account = fixtures.number("SELECT id FROM account WHERE user_code = ?", userCode);
            assertEquals(userCode, audited("actor", "ACCOUNT", account, "PASSWORD_CHANGE", fixtures));
            assertEquals(userCode, audited("actor", "OFFER", offer, "PUBLISH", fixtures));
            assertEquals("PARTNER", audited("actor_role", "OFFER", offer, "PUBLISH", fixtures));
            assertEquals(String.valueOf(partner), audited("partner_id", "OFFER", offer, "PUBLISH", fixtures));
            assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER'"
                    + " AND subject_id = ? AND action = 'PUBLISH'", String.valueOf(offer)), "published once");
            assertEquals(0, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ?",
                    "%" + generated + "%"), "the generated password is in no audit entry");
        } finally {
            browser.quit();
        }
    }

    /** Finds the application in the administrators' queue, page after page, and opens it. */
    private static void openFromQueue(ChromeDriver browser, WebDriverWait wait, String name) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue:applications")));
        wait.until(d -> {
            if (!d.findElements(By.linkText(name)).isEmpty()) {
                d.findElement(By.linkText(name)).click();
                return true;
            }
            var nextPage = d.findElements(By.cssSelector("#queue\\:applications .ui-paginator-next:not(.ui-state-disabled)"));
            if (!nextPage.isEmpty()) {
                nextPage.get(0).click();
            }
            return false;
        });
        wait.until(ExpectedConditions.urlContains("/admin/candidature.xhtml?id="));
    }

    private void signIn(ChromeDriver browser, WebDriverWait wait, String userCode, String password) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login:userCode"))).sendKeys(userCode);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private static void signOut(ChromeDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("signout:signoutLink"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signinLink")));
    }

    private static String audited(String column, String subjectType, long subjectId, String action, Fixtures fixtures) {
        return fixtures.text("SELECT " + column + " FROM audit_entry WHERE subject_type = ? AND subject_id = ?"
                + " AND action = ?", subjectType, String.valueOf(subjectId), action);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSubject()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
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

    /** A valid SIREN (Luhn key) that no application nor partner uses yet. */
    private static String newSiren(Fixtures fixtures) {
        while (true) {
            StringBuilder digits = new StringBuilder("7");
            for (int i = 0; i < 7; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            for (int key = 0; key <= 9; key++) {
                String candidate = digits.toString() + key;
                if (luhn(candidate)
                        && fixtures.number("SELECT COUNT(*) FROM partner_application WHERE siren = ?", candidate) == 0
                        && fixtures.number("SELECT COUNT(*) FROM partner WHERE siren = ?", candidate) == 0) {
                    return candidate;
                }
            }
        }
    }

    /** The five digits of an establishment number that make the whole SIRET pass the Luhn check. */
    private static String siretSuffix(String siren) {
        for (int n = 1; n < 100_000; n++) {
            String suffix = String.format("%05d", n);
            if (luhn(siren + suffix)) {
                return suffix;
            }
        }
        throw new IllegalStateException("no SIRET for " + siren);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
