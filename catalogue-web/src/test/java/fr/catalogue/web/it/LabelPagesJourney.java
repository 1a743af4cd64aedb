package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The label's pages in a real browser, run by {@link LabelLifecycleIT} on the client side (Selenium
 * is not in the deployment). The notice is written as {@code Notices.issue} writes it.
 */
final class LabelPagesJourney {

    private final URL base;
    private final String password;

    LabelPagesJourney(URL base, String password) {
        this.base = base;
        this.password = password;
    }

    void run() {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String name = Fixtures.unique("Pages Armor");
        long partner = fixtures.partner(name, "TELECOM_OPERATOR");
        String partnerUser = Fixtures.unique("pages-p");
        fixtures.account(partnerUser, password, "PARTNER", partner);
        sql("UPDATE partner SET label_status = 'WARNED' WHERE id = ?", partner);
        long notice = sql("INSERT INTO notice (partner_id, status, sent_at, pdf, pdf_sha256) VALUES (?, 'SENT', NOW(6), ?, ?)",
                partner, "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), "0".repeat(64));
        sql("INSERT INTO notice_item (notice_id, position, kind, text, required_change) VALUES (?, 0, 'SPECIFICATION', ?, ?)",
                notice, "Le débit garanti n'est pas indiqué", "Indiquer le débit garanti");
        String withdrawnName = Fixtures.unique("Pages Retrait");
        long withdrawn = fixtures.partner(withdrawnName, "ADVISER");
        sql("UPDATE partner SET label_status = 'WITHDRAWN' WHERE id = ?", withdrawn);
        String reviewer = Fixtures.unique("pages-r");
        fixtures.account(reviewer, password, "REVIEWER", null);
        String admin = Fixtures.unique("pages-a");
        fixtures.account(admin, password, "ADMIN", null);

        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            signIn(browser, wait, partnerUser);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticesLink"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "Envoyé"));
            browser.findElement(By.id("notices:table:0:acknowledge")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "Reçu"));
            // acknowledging opens the notice: its findings and the answer box
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:detail"), "Indiquer le débit garanti"));
            type(wait, "notices:answer", "Le débit garanti figure maintenant dans chaque forfait.");
            browser.findElement(By.id("notices:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "Réponse reçue"));
            browser.manage().deleteAllCookies();

            signIn(browser, wait, reviewer);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticesLink"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//tr[td[contains(., '" + name + "')]]//a[contains(@id, 'open')]"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:detail"),
                    "Le débit garanti figure maintenant"));
            type(wait, "notices:note", "Vérifié sur le site");
            browser.findElement(By.id("notices:accept")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:messages"), "est clos"));
            browser.manage().deleteAllCookies();

            browser.get(base + "verifier-label.xhtml");
            type(wait, "verify:q", name);
            browser.findElement(By.id("verify:search")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify:results"), "Accordé"));
            assertTrue(browser.findElement(By.id("verify:results")).getText().contains("« offre référencée »"),
                    browser.findElement(By.id("verify:results")).getText());

            signIn(browser, wait, admin);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labelRightsLink"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//tr[td[contains(., '" + withdrawnName + "')]]//a[contains(@id, 'open')]"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rights:detail"), withdrawnName));
            type(wait, "rights:reason", "Décision du comité");
            browser.findElement(By.id("rights:reinstate")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rights:messages"), "Droit d'usage rétabli"));
        } finally {
            browser.quit();
        }
        assertEquals("ACCEPTED", fixtures.text("SELECT status FROM notice WHERE id = ?", notice));
        assertEquals("ACKNOWLEDGED", fixtures.text("SELECT receipt FROM notice WHERE id = ?", notice));
        assertEquals("GRANTED", fixtures.text("SELECT label_status FROM partner WHERE id = ?", partner));
        assertEquals("GRANTED", fixtures.text("SELECT label_status FROM partner WHERE id = ?", withdrawn));
        assertEquals("Décision du comité", fixtures.text("SELECT reason FROM label_transition WHERE partner_id = ?"
                + " AND to_status = 'GRANTED' AND actor = ?", withdrawn, admin));
    }

    private static void type(WebDriverWait wait, String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.click();
        field.sendKeys(text);
    }

    private void signIn(ChromeDriver browser, WebDriverWait wait, String userCode) {
        browser.get(base + "login.xhtml");
        type(wait, "login:userCode", userCode);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** A statement on the test database; the generated key of an insert, else 0. */
    private static long sql(String statement, Object... values) {
        try (Connection c = TestDatabase.address().connect();
             PreparedStatement sql = c.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            sql.executeUpdate();
            try (ResultSet keys = sql.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
