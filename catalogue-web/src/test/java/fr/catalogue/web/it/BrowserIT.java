package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.campaign.CampaignPeriod;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main journeys in a real browser: a small business browses and filters the catalogue and
 * opens an offer; users sign in and land in their own space; refusals are shown in French.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class BrowserIT {

    private static ChromeDriver browser;
    private static String partnerA;
    private static String partnerB;
    private static String userA;
    private static String reviewer;
    private static String admin;
    private static String printer;
    private static Fixtures fixtures;
    private static boolean indexed;
    private static long webPartner;
    private static String website;
    private static final String PASSWORD = "Mot-de-passe-Navigateur-1";

    @ArquillianResource
    private URL base;

    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithSearchProbe();
    }

    @BeforeAll
    static void data() {
        fixtures = new Fixtures(TestDatabase.address());
        partnerA = Fixtures.unique("Vidéo Loire");
        partnerB = Fixtures.unique("Projection Alsace");
        // The rollout's catch-up after start applies the seeded specification versions: these offers are
        // written once it has, otherwise it judges them (they declare no facts) and, not conforming, they
        // leave the public catalogue (R11, R18) while these tests read it.
        fixtures.awaitSeededVersionsApplied();
        long a = fixtures.partner(partnerA, "EQUIPMENT_MAKER");
        long b = fixtures.partner(partnerB, "EQUIPMENT_MAKER");
        fixtures.offer(a, "VIDEO_PROJECTOR", "Vidéoprojecteur de salle de réunion " + partnerA, "689.00", "PUBLISHED");
        fixtures.offer(a, "VIDEO_PROJECTOR", "Vidéoprojecteur en préparation " + partnerA, "450.00", "DRAFT");
        fixtures.offer(b, "VIDEO_PROJECTOR", "Vidéoprojecteur portable " + partnerB, "529.00", "PUBLISHED");
        fixtures.offer(b, "SCREEN_TFT", "Écran 24 pouces " + partnerB, "189.00", "PUBLISHED");
        printer = "Imprimante laser " + partnerA;
        fixtures.offer(a, "PRINTER", printer, "299.00", "PUBLISHED");
        // R28: a web agency of Rennes (35) whose cheap offer fits a need stated from 35000
        webPartner = fixtures.partner(Fixtures.unique("Sites Rance"), "INTERNET_PROVIDER");
        fixtures.partnerContact(webPartner, null, "agence@sites-rance.invalid");
        website = "Site vitrine clé en main " + Fixtures.unique("Rance");
        fixtures.offer(webPartner, "WEBSITE_BUILDING", website, "95.00", "PUBLISHED");
        userA = Fixtures.unique("P-NAV");
        fixtures.account(userA, PASSWORD, "PARTNER", a);
        reviewer = Fixtures.unique("reviewer");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        admin = Fixtures.unique("admin");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        if (!indexed) {
            // the fixtures were written straight into the database: the search learns them now
            SearchIndexProbe.reconcile(base);
            indexed = true;
        }
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // an Ajax update replaces the elements a condition may be reading: read them again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void aBusinessFiltersTheCatalogueAndOpensAnOffer() {
        open("");
        assertEquals("Offres labellisées", browser.findElement(By.tagName("h1")).getText());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertFalse(rows().isEmpty());

        chooseCategory("Vidéoprojecteur");
        wait.until(d -> rows().stream().allMatch(r -> r.getText().contains("Vidéoprojecteur")));
        String table = wait.until(d -> d.findElement(By.id("results")).getText());
        assertTrue(table.contains("Vidéoprojecteur de salle de réunion " + partnerA), table);
        assertTrue(table.contains("Vidéoprojecteur portable " + partnerB));
        assertFalse(table.contains("Écran 24 pouces"), "another category is filtered out");
        assertFalse(table.contains("en préparation"), "drafts are never public");

        browser.findElement(By.linkText("Vidéoprojecteur de salle de réunion " + partnerA)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offerTitle")));
        assertEquals("Vidéoprojecteur de salle de réunion " + partnerA, browser.findElement(By.id("offerTitle")).getText());
        assertTrue(browser.findElement(By.id("offerPartner")).getText().startsWith(partnerA));
        assertTrue(browser.getPageSource().contains("689,00"), "price in French format");
        browser.findElement(By.id("specLink")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("specTitle"), "Vidéoprojecteur"));
    }

    @Test
    void aBusinessReadsTheSpecificationOfACategoryAndItsHistory() {
        open("cahiers-des-charges.xhtml");
        assertEquals("Cahiers des charges", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.linkText("PC de bureau")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("specTitle")));
        assertEquals("Cahier des charges — PC de bureau", browser.findElement(By.id("specTitle")).getText());
        assertTrue(browser.findElement(By.id("specVersion")).getText().startsWith("Version 2 — publiée"),
                browser.findElement(By.id("specVersion")).getText());
        String criteria = browser.findElement(By.id("criteria")).getText();
        assertTrue(criteria.contains("au moins 16 Go"), criteria);
        assertTrue(criteria.contains("Obligatoire"));

        browser.findElement(By.linkText("Version 1")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("specVersion"), "Version 1 — remplacée"));
        assertTrue(browser.findElement(By.id("criteria")).getText().contains("au moins 8 Go"));

        open("cahier-des-charges.xhtml?categorie=TOASTER");
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anAdministratorPublishesANewVersionAfterSeeingItsImpactThenSeesTheFlags() {
        open("login.xhtml");
        signIn(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        browser.findElement(By.id("specsAdminLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("specs")));
        open("admin/cahier-des-charges.xhtml?categorie=PRINTER");
        browser.findElement(By.id("editor:openDraft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draftTitle"), "Brouillon de la version 2"));

        // a criterion without label is refused in French, and nothing is lost
        browser.findElement(By.id("editor:key")).sendKeys("duplex_auto");
        browser.findElement(By.id("editor:saveCriterion")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:criterionMessages"),
                "Le libellé est obligatoire."));

        browser.findElement(By.id("editor:label")).sendKeys("Recto-verso automatique");
        browser.findElement(By.id("editor:explanation")).sendKeys("L'imprimante imprime seule des deux côtés de la feuille.");
        Browser.choose(browser, "editor:type", "Oui ou non (doit être oui)");
        browser.findElement(By.id("editor:saveCriterion")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:criteria"), "Recto-verso automatique"));
        assertTrue(browser.findElement(By.id("editor:diff")).getText().contains("Ajouté"));

        browser.findElement(By.id("editor:measureImpact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("impactSummary"), "ne seraient plus conformes"));
        String impacted = browser.findElement(By.id("editor:impactedOffers")).getText();
        assertTrue(impacted.contains(printer), impacted);

        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.findElement(By.id("editor:changeNote")).sendKeys("Le recto-verso automatique devient obligatoire.");
        // the date last, and leave the field so that its calendar closes
        browser.findElement(By.id("editor:effectiveDate_input")).sendKeys(today, Keys.TAB);
        browser.findElement(By.id("editor:publish")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("specVersion"), "Version 2 — publiée"));
        assertTrue(browser.findElement(By.id("criteria")).getText().contains("Recto-verso automatique"));

        open("admin/index.xhtml");
        String flagged = browser.findElement(By.id("flagged")).getText();
        assertTrue(flagged.contains(printer), flagged);
        assertTrue(flagged.contains("duplex_auto"), flagged);
    }

    @Test
    void twoAdministratorsEditingOneDraftNeverOverwriteEachOther() {
        open("login.xhtml");
        signIn(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        open("admin/cahier-des-charges.xhtml?categorie=LABEL_PRINTER");
        browser.findElement(By.id("editor:openDraft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draftTitle"), "Brouillon de la version"));
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        open("admin/cahier-des-charges.xhtml?categorie=LABEL_PRINTER");
        String second = browser.getWindowHandle();

        addBooleanCriterion("cutter_second", "Massicot (deuxième onglet)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:criteria"), "Massicot (deuxième onglet)"));

        browser.switchTo().window(first);
        addBooleanCriterion("cutter_first", "Massicot (premier onglet)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"),
                "Un autre administrateur a modifié ce brouillon"));
        assertFalse(browser.findElement(By.id("editor:criteria")).getText().contains("Massicot (premier onglet)"));

        browser.switchTo().window(second);
        browser.close();
        browser.switchTo().window(first);
        open("admin/cahier-des-charges.xhtml?categorie=LABEL_PRINTER");
        String criteria = browser.findElement(By.id("editor:criteria")).getText();
        assertTrue(criteria.contains("Massicot (deuxième onglet)"), criteria);
        assertFalse(criteria.contains("Massicot (premier onglet)"), "nothing from the refused change was saved");
    }

    /**
     * R17, R18: a reviewer opens the period's campaign, confirms a finding about one partner's
     * offer and closes the campaign; the dashboard and the partner's history show it, and the
     * partner finds the notice in its space.
     */
    @Test
    void aReviewerTakesACampaignToANoticeThatThePartnerSees() {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String name = Fixtures.unique("Écrans Bretagne");
        long partner = fixtures.partner(name, "EQUIPMENT_MAKER");
        fixtures.partnerContact(partner, Fixtures.uniqueSiren(), "contact@" + name.toLowerCase().replace(' ', '-')
                .replace('é', 'e') + ".invalid");
        String screen = "Écran 27 pouces " + name;
        fixtures.offer(partner, "SCREEN_TFT", screen, "249.00", "PUBLISHED");
        String partnerUser = Fixtures.unique("P-AVERTI");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);
        // The run shares one database: a campaign another test left for this period is moved out of
        // the way, so that this reviewer can open the period's campaign (one per period, R17).
        CampaignPeriod period = CampaignPeriod.of(LocalDate.now(ZoneId.of("Europe/Paris")), 2);
        movePeriodAside(fixtures, period);
        try {
            reviewerTakesTheCampaignToANotice(fixtures, period, partner, name, screen, partnerUser);
        } finally {
            movePeriodAside(fixtures, period); // and this test's campaign leaves the period free for others
        }
    }

    /** Gives the period's campaign, if any, another (past, unused) period. */
    private static void movePeriodAside(Fixtures fixtures, CampaignPeriod period) {
        fixtures.execute("UPDATE campaign SET period = ? WHERE period = ?",
                String.format("19%02d-01", fixtures.number("SELECT COUNT(*) FROM campaign") % 100), period.code());
    }

    private void reviewerTakesTheCampaignToANotice(Fixtures fixtures, CampaignPeriod period, long partner, String name,
            String screen, String partnerUser) {

        open("login.xhtml");
        signIn(reviewer, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/reviewer/index.xhtml"));
        browser.findElement(By.id("campaignsLink")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("campaigns:open"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("campaigns:confirmYes"))).click();
        wait.until(ExpectedConditions.urlContains("/reviewer/campagne.xhtml"));
        assertTrue(browser.findElement(By.id("campaignTitle")).getText().contains(period.label()));

        // the offer was never judged against the version in force: an automatic finding (R11)
        browser.findElement(By.id("worklist:partner")).sendKeys(name);
        browser.findElement(By.id("worklist:apply")).click();
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#worklist\\:table_data tr[data-ri]"));
            return rows.size() == 1 && rows.get(0).getText().contains(screen);
        });
        browser.findElement(By.id("worklist:table:0:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:messages"), "Un constat confirmé"));
        // The run shares one database: other tests' partners have findings in this campaign too, and a
        // campaign closes only once every finding is decided. They are dismissed as another reviewer would.
        fixtures.execute("UPDATE finding SET status = 'DISMISSED', decided_by = 'browser-it', decided_at = NOW(6),"
                + " version = version + 1 WHERE campaign_id = (SELECT id FROM campaign WHERE period = ?)"
                + " AND partner_id <> ? AND status = 'PENDING'", period.code(), partner);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("worklist:close"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("worklist:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:messages"), "Campagne clôturée"));

        open("reviewer/tableau-de-bord.xhtml");
        assertEquals("Tableau de bord de la revue", browser.findElement(By.tagName("h1")).getText());
        String conformity = browser.findElement(By.id("conformityTable")).getText();
        assertTrue(conformity.contains(period.label()) && conformity.contains("Écran plat TFT"), conformity);
        assertTrue(browser.findElement(By.id("conformityChart")).isDisplayed(), "the chart is drawn");
        assertTrue(browser.findElement(By.id("noticesTable")).getText().contains("Moins d'une semaine"));

        open("reviewer/partenaire.xhtml?id=" + partner);
        assertEquals(name, browser.findElement(By.id("partnerTitle")).getText());
        assertTrue(browser.findElement(By.id("rightStatus")).getText().contains("Averti"),
                browser.findElement(By.id("rightStatus")).getText());
        assertTrue(browser.findElement(By.id("noticeRows")).getText().contains("Envoyé"));
        assertTrue(browser.findElement(By.id("findingRows")).getText().contains("Confirmé"));
        assertTrue(browser.findElement(By.id("transitionRows")).getText().contains("Accordé → Averti"));

        browser.findElement(By.id("signout:signoutLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signinLink")));
        open("login.xhtml");
        signIn(partnerUser, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/partner/index.xhtml"));
        String messages = browser.findElement(By.id("notifications")).getText();
        assertTrue(messages.contains("corrections demandées sous quinze jours"), messages);
        browser.findElement(By.id("noticesLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notices:table")));
        assertTrue(browser.findElement(By.id("notices:table")).getText().contains("Envoyé"));
        browser.findElement(By.id("notices:table:0:open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:detail"), screen));
        browser.findElement(By.id("notices:table:0:acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:messages"),
                "Réception de l'avertissement n° "));
        assertTrue(browser.findElement(By.id("notices:table")).getText().contains("Reçu"));
    }

    private void addBooleanCriterion(String key, String label) {
        browser.findElement(By.id("editor:key")).sendKeys(key);
        browser.findElement(By.id("editor:label")).sendKeys(label);
        browser.findElement(By.id("editor:explanation")).sendKeys("Explication de " + label + ".");
        Browser.choose(browser, "editor:type", "Oui ou non (doit être oui)");
        browser.findElement(By.id("editor:saveCriterion")).click();
    }

    @Test
    void anUnknownOfferShowsAFrenchNotFoundPage() {
        open("offre.xhtml?id=987654321");
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aPartnerSignsInAndSeesOnlyItsOwnOffers() {
        open("login.xhtml");
        signIn(userA, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/partner/index.xhtml"));
        assertEquals("Mon espace partenaire", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("notifications")).isDisplayed(), "the partner's messages are shown");
        String offers = browser.findElement(By.id("ownOffers")).getText();
        assertTrue(offers.contains("Vidéoprojecteur de salle de réunion " + partnerA), offers);
        assertTrue(offers.contains("Vidéoprojecteur en préparation " + partnerA));
        assertTrue(offers.contains("Brouillon"));
        assertFalse(offers.contains(partnerB), "never another partner's offers");

        open("cahiers-des-charges.xhtml"); // a page loaded by its view action: signing out from it works (was a 500)
        browser.findElement(By.id("signout:signoutLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signinLink")));
        open("partner/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aWrongPasswordIsRefusedInFrench() {
        open("login.xhtml");
        signIn(userA, "pas-le-bon");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Code utilisateur ou mot de passe incorrect."));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void aReviewerLandsOnItsDeskAndCannotEnterAPartnerSpace() {
        open("login.xhtml");
        signIn(reviewer, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/reviewer/index.xhtml"));
        assertEquals("Espace relecteur", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("counts")).getText().contains("Vidéoprojecteur"));

        open("partner/index.xhtml");
        assertEquals("Accès refusé", browser.findElement(By.tagName("h1")).getText());
        open("admin/index.xhtml");
        assertEquals("Accès refusé", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aProtectedPageLeadsToSignInAndBackAgain() {
        open("admin/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        assertEquals("Administration", browser.findElement(By.tagName("h1")).getText());
    }

    /**
     * R28 then R24: a business states its need once, keeps the link to its selection, opens an offer
     * of it and contacts the provider; the request is stored, forwarded and acknowledged.
     */
    @Test
    void aBusinessStatesItsNeedOpensAnOfferOfItsSelectionAndContactsTheProvider() {
        open("mon-besoin.xhtml");
        browser.findElement(By.id("need:site")).click();
        browser.findElement(By.id("need:budget")).sendKeys("100");
        browser.findElement(By.id("need:lieu")).sendKeys("35000");
        browser.findElement(By.id("need:submit")).click();
        String kept = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keepLink"))).getText();
        assertTrue(kept.contains("ma-selection.xhtml?code="), kept);

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(website))).click();
        wait.until(ExpectedConditions.textToBe(By.id("offerTitle"), website));
        browser.findElement(By.id("contactLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact")));
        String sender = Fixtures.unique("tpe") + "@exemple.invalid";
        browser.findElement(By.id("contact:name")).sendKeys("Camille Martin");
        browser.findElement(By.id("contact:email")).sendKeys(sender);
        browser.findElement(By.id("contact:message")).sendKeys("Bonjour, nous voulons un site vitrine pour notre boulangerie.");
        browser.findElement(By.id("contact:consent")).click();
        browser.findElement(By.id("contact:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));

        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM contact_request WHERE partner_id = ?", webPartner));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?",
                "agence@sites-rance.invalid"), "forwarded to the provider");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", sender),
                "acknowledged to the business");

        // the link kept brings the same selection back, with no account
        browser.manage().deleteAllCookies();
        open("ma-selection.xhtml?code=" + kept.substring(kept.indexOf("code=") + "code=".length()));
        assertTrue(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(website))).isDisplayed());
    }

    private void open(String path) {
        browser.get(base.toString() + path);
    }

    private void signIn(String userCode, String password) {
        browser.findElement(By.id("login:userCode")).sendKeys(userCode);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void chooseCategory(String label) {
        new Select(browser.findElement(By.id("categorie"))).selectByVisibleText(label);
        browser.findElement(By.id("search-submit")).click();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#results li.search-result"));
    }
}
