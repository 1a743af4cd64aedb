package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The offer editor in a real browser, run by {@link OfferEditingIT} on the client side. */
final class OfferEditorJourney {

    private final URL base;
    private final String password;

    OfferEditorJourney(URL base, String password) {
        this.base = base;
        this.password = password;
    }

    void run() {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String category = "PDA";
        int number = (int) fixtures.number("SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?",
                category);
        long version = fixtures.publishedVersion(category, number, LocalDate.now(ZoneId.of("Europe/Paris")));
        fixtures.minCriterion(version, 1, "memory_ui", "Mémoire de stockage", "Go", "32");
        String name = Fixtures.unique("Nomade Savoie");
        long partner = fixtures.partner(name, "EQUIPMENT_MAKER");
        String user = Fixtures.unique("nomade");
        fixtures.account(user, password, "PARTNER", partner);
        String admin = Fixtures.unique("nomade-admin");
        fixtures.account(admin, password, "ADMIN", null);

        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            signIn(browser, wait, user);
            browser.get(base + "partner/offre.xhtml");
            assertEquals("Nouvelle offre", browser.findElement(By.id("editorTitle")).getText());
            Browser.choose(browser, "editor:category", "Assistant personnel (PDA)");
            WebElement memory = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:criteria:0:number")));
            String page = browser.findElement(By.id("editor")).getText();
            assertTrue(page.contains("Mémoire de stockage"), page);
            assertTrue(page.contains("au moins 32 Go"), "the requirement in plain words (R13)");
            assertTrue(page.contains("Explication de test"), "the criterion's explanation (R13)");

            browser.findElement(By.id("editor:title")).sendKeys("PDA Savoie " + name);
            browser.findElement(By.id("editor:description")).sendKeys("Un assistant personnel robuste.");
            browser.findElement(By.id("editor:price_input")).sendKeys("249");
            memory.sendKeys("16");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:verdict"),
                    "Mémoire de stockage : 16 Go, il faut au moins 32 Go"));
            assertTrue(browser.findElement(By.id("editor:verdict")).getText().contains("Non conforme"));

            // R11: publishing is refused with the failing criterion; what was typed stays
            browser.findElement(By.id("editor:publish")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Publication refusée"));
            assertEquals("16", browser.findElement(By.id("editor:criteria:0:number")).getAttribute("value"));
            assertEquals(0, fixtures.number("SELECT COUNT(*) FROM offer WHERE partner_id = ?", partner));

            // a draft is saved whatever its verdict
            browser.findElement(By.id("editor:saveDraft")).click();
            wait.until(ExpectedConditions.urlContains("offre.xhtml?id="));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Offre enregistrée"));
            assertEquals("DRAFT", fixtures.text("SELECT status FROM offer WHERE partner_id = ?", partner));

            WebElement corrected = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:criteria:0:number")));
            corrected.clear();
            corrected.sendKeys("64");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:verdict"), "Conforme"));
            browser.findElement(By.id("editor:publish")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"),
                    "Offre publiée au catalogue"));
            assertEquals("PUBLISHED", fixtures.text("SELECT status FROM offer WHERE partner_id = ?", partner));
            assertEquals("64", fixtures.text("SELECT a.attr_value FROM offer_attribute a JOIN offer o ON o.id = a.offer_id"
                    + " WHERE o.partner_id = ?", partner));

            // the partner's list, and the history of published versions (R14)
            browser.get(base + "partner/index.xhtml");
            String list = wait.until(d -> d.findElement(By.id("ownOffers")).getText());
            assertTrue(list.contains("PDA Savoie " + name) && list.contains("Publiée"), list);
            long offer = fixtures.number("SELECT id FROM offer WHERE partner_id = ?", partner);
            browser.get(base + "partner/historique.xhtml?id=" + offer + "&version=1");
            String history = browser.findElement(By.id("versions")).getText();
            assertTrue(history.contains("en ligne aujourd'hui"), history);
            assertTrue(browser.findElement(By.id("shownVersion")).getText().contains("PDA Savoie"));

            // an administrator acting for the partner is told so
            browser.manage().deleteAllCookies();
            signIn(browser, wait, admin);
            browser.get(base + "partner/offre.xhtml?id=" + offer);
            assertTrue(browser.findElement(By.id("actingFor")).getText()
                    .contains("Vous agissez pour le compte de " + name));
            browser.get(base + "partner/offres.xhtml?partenaire=" + partner);
            assertTrue(browser.findElement(By.id("ownOffers")).getText().contains("PDA Savoie " + name));
        } finally {
            browser.quit();
        }
    }

    private void signIn(ChromeDriver browser, WebDriverWait wait, String userCode) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:userCode")).sendKeys(userCode);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }
}
