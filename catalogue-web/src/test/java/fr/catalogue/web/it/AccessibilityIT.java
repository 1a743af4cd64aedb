package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every public page, in a real browser at a desktop width and on a 375 px wide phone screen:
 * axe-core (from the npm registry, see catalogue-web's pom) finds no serious or critical WCAG 2.1
 * A/AA violation, the page never scrolls sideways on the phone, and it says it is in French.
 * One result per page and width. To check one page only, see docs/architecture.md.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class AccessibilityIT {

    /**
     * A page to check: its address under the application ({offer} is a published offer's id,
     * {partner} its partner's), a CSS selector of what it shows once loaded, and optionally what a visitor does first (a state
     * worth checking too, e.g. a form sent empty shows its error messages), named by {@code state}.
     */
    record PublicPage(String path, String ready, String state, Interaction then) {

        PublicPage(String path, String ready) {
            this(path, ready, null, steps -> { });
        }

        String name() {
            return "/" + path + (state == null ? "" : " (" + state + ")");
        }
    }

    /** What a visitor does on a page before it is checked. */
    @FunctionalInterface
    interface Interaction {
        void on(Steps steps);
    }

    /** The few things a visitor does, each waiting for the page to answer. */
    record Steps(ChromeDriver driver, WebDriverWait patience) {

        Steps type(String selector, String text) {
            driver.findElement(By.cssSelector(selector)).sendKeys(text);
            return this;
        }

        Steps click(String selector) {
            driver.findElement(By.cssSelector(selector)).click();
            return this;
        }

        Steps await(String selector) {
            patience.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
            return this;
        }
    }

    /** The error pages' content (404, 403, 500, expired view): expected on the 404 line only. */
    private static final String ERROR_PAGE = ".error-page";

    /** An error message, next to its field or at the top of the form. */
    private static final String ERROR_SHOWN = ".ui-message-error, .ui-messages-error";

    /** The public pages, one line each. */
    private static final List<PublicPage> PAGES = List.of(
            new PublicPage("", "main h1"),
            new PublicPage("index.xhtml?q=imprimante", "main h1"),
            new PublicPage("offre.xhtml?id={offer}", "#offerTitle"),
            new PublicPage("cahiers-des-charges.xhtml", ".category-list"),
            new PublicPage("cahier-des-charges.xhtml?categorie=PC_DESKTOP", "#specTitle"),
            new PublicPage("candidature.xhtml", "#application"),
            new PublicPage("candidature.xhtml", "#application", "étape refusée",
                    s -> s.click("#application\\:wizard_next").await(ERROR_SHOWN)),
            new PublicPage("login.xhtml", "#login"),
            new PublicPage("login.xhtml", "#login", "envoyé vide",
                    s -> s.click("#login\\:submit").await(ERROR_SHOWN)),
            new PublicPage("mot-de-passe-oublie.xhtml", "#forgotten"),
            new PublicPage("documents.xhtml", "h1"),
            new PublicPage("verifier-label.xhtml", "#verify"),
            new PublicPage("verifier-label.xhtml", "#verify", "résultats",
                    s -> s.type("#verify\\:q", "Accessibilité Normandie").click("#verify\\:search")
                            .await("#verify\\:results")),
            new PublicPage("signaler.xhtml", "#referral"),
            new PublicPage("signaler.xhtml", "#referral", "envoyé vide",
                    s -> s.click("#referral\\:send").await(ERROR_SHOWN)),
            new PublicPage("glossaire.xhtml", "main h1"),
            new PublicPage("comparer.xhtml?offres={offer}", "main h1"),
            new PublicPage("partenaire.xhtml?id={partner}", "#partnerName"),
            new PublicPage("contact.xhtml?offre={offer}", "#contact"),
            new PublicPage("contact.xhtml?offre={offer}", "#contact", "envoyé vide",
                    s -> s.click("#contact\\:send").await(ERROR_SHOWN)),
            new PublicPage("avis.xhtml?jeton=lien-inconnu", "main h1"),
            new PublicPage("pres-de-chez-vous.xhtml?ou=35", "main h1"),
            new PublicPage("mon-besoin.xhtml", "#need"),
            new PublicPage("mon-besoin.xhtml", "#need", "sélection",
                    s -> s.type("#need\\:postes", "3").type("#need\\:lieu", "35000").click("#need\\:submit")
                            .await("#keepLink")),
            new PublicPage("ma-selection.xhtml?code=code-inconnu", "main h1"),
            new PublicPage("donnees-ouvertes.xhtml", "main h1"),
            new PublicPage("page-qui-n-existe-pas.xhtml", ERROR_PAGE));

    /** A partner's own space, signed in: not public, checked because it costs one sign-in. */
    private static final PublicPage PARTNER_HOME = new PublicPage("partner/index.xhtml", "#ownOffers");

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags its rules. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final int PHONE_WIDTH = 375;
    private static final String PASSWORD = "Mot-de-passe-Accessible-1";

    private static ChromeDriver browser;
    private static String axeScript;
    private static long offerId;
    private static long partnerId;
    private static String partnerUser;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void data() {
        axeScript = readAxe();
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        fixtures.awaitSeededVersionsApplied();
        String partner = Fixtures.unique("Accessibilité Normandie");
        partnerId = fixtures.partner(partner, "EQUIPMENT_MAKER");
        offerId = fixtures.offer(partnerId, "PRINTER", "Imprimante laser couleur recto-verso " + partner, "349.00",
                "PUBLISHED");
        fixtures.describe(offerId, "Imprimante réseau (Ethernet et Wi-Fi) pour une équipe de 5 à 10 personnes."
                + " Adresse de la notice : https://www.exemple-de-constructeur-tres-long.invalid/produits/imprimantes"
                + "/laser-couleur/notice-d-utilisation-complete-en-francais.pdf");
        partnerUser = Fixtures.unique("P-A11Y");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partnerId);
        browser = Browser.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    private static String readAxe() {
        String location = System.getProperty("axe.script", "target/axe-core/package/axe.min.js");
        try {
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException(location + " is missing: the build downloads axe-core in the"
                    + " generate-test-resources phase (download-maven-plugin in catalogue-web's pom)", e);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every page, or with {@code -Dcatalogue.a11y.only=part-of-a-path} only the pages whose path contains it. */
    @TestFactory
    Stream<DynamicNode> everyPublicPage() {
        String only = System.getProperty("catalogue.a11y.only", "");
        Stream<DynamicNode> pages = PAGES.stream().filter(page -> page.path().contains(only))
                .map(page -> widths(page, false));
        Stream<DynamicNode> partner = Stream.of(PARTNER_HOME).filter(page -> page.path().contains(only))
                .map(page -> widths(page, true));
        return Stream.concat(pages, partner);
    }

    private DynamicNode widths(PublicPage page, boolean signedInAsPartner) {
        String desktop = page.name() + " sur ordinateur (1280 px)";
        String phone = page.name() + " sur téléphone (375 px)";
        return dynamicContainer(page.name(), List.of(
                dynamicTest(desktop, () -> assertNoProblem(desktop, check(page, signedInAsPartner, false))),
                dynamicTest(phone, () -> assertNoProblem(phone, check(page, signedInAsPartner, true)))));
    }

    private static void assertNoProblem(String where, List<String> problems) {
        assertTrue(problems.isEmpty(), where + " : " + problems.size() + " problème(s)\n" + String.join("\n", problems));
    }

    /** Opens the page at the width asked and lists what is wrong with it (empty when nothing is). */
    private List<String> check(PublicPage page, boolean signedInAsPartner, boolean phone) {
        browser.manage().deleteAllCookies();
        if (phone) {
            // A phone's screen: the page's meta viewport applies, as on a real one.
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                    "height", 812, "deviceScaleFactor", 1, "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        if (signedInAsPartner) {
            signIn();
        }
        browser.get(base + page.path().replace("{offer}", Long.toString(offerId))
                .replace("{partner}", Long.toString(partnerId)));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page.ready())));
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        page.then().on(new Steps(browser, wait));
        screenshot(page, phone);

        List<String> problems = new ArrayList<>(axeViolations());
        if (!page.ready().equals(ERROR_PAGE) && !browser.findElements(By.cssSelector(ERROR_PAGE)).isEmpty()) {
            problems.add("la page montre une erreur au lieu de son contenu : "
                    + browser.findElement(By.tagName("h1")).getText());
        }
        Object lang = browser.executeScript("return document.documentElement.getAttribute('lang')");
        if (!"fr".equals(lang)) {
            problems.add("<html lang> vaut « " + lang + " », pas « fr »");
        }
        if (phone) {
            problems.addAll(sidewaysScroll());
        }
        return problems;
    }

    /** What the page looked like, for a person to see: target/accessibility/*.png. */
    private static void screenshot(PublicPage page, boolean phone) {
        String name = page.name().substring(1).replaceAll("[^\\p{L}0-9]+", "-").replaceAll("^-|-$", "");
        name = (name.isEmpty() ? "accueil" : name) + (phone ? "-375" : "-1280");
        try {
            Path folder = Files.createDirectories(Path.of("target", "accessibility"));
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:userCode")).sendKeys(partnerUser);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/partner/index.xhtml"));
    }

    /** Each serious or critical violation axe-core finds: impact, rule, its help, and each element's selector. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        browser.executeScript(axeScript);
        Object found = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (result) {
                    done(result.violations
                      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) {
                        return v.impact + ' ' + v.id + ' : ' + v.help + '\\n' + v.nodes.map(function (n) {
                          var why = n.any.concat(n.all, n.none).map(function (c) { return c.message; }).join(' ; ');
                          return '    ' + n.target.join(' ') + (why ? ' — ' + why.substring(0, 240) : '');
                        }).join('\\n');
                      }));
                  })
                  .catch(function (e) { done(['axe-core a échoué : ' + e]); });
                """, WCAG_TAGS);
        return (List<String>) found;
    }

    /** Whether the page is wider than the screen, naming the elements that stick out (eight at most). */
    @SuppressWarnings("unchecked")
    private List<String> sidewaysScroll() {
        return (List<String>) browser.executeScript("""
                var root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth + 1) {
                  return [];
                }
                var limit = root.clientWidth + 1;
                var sticksOut = function (e) { return e.getBoundingClientRect().right > limit; };
                var wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  // the innermost elements that stick out: the causes, not their containers
                  if (wide.length < 8 && sticksOut(e) && !Array.prototype.some.call(e.children, sticksOut)) {
                    wide.push('    ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className.trim()
                          ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' jusqu\\'à ' + Math.round(e.getBoundingClientRect().right) + ' px');
                  }
                });
                return ['défilement horizontal à ' + root.clientWidth + ' px : la page fait ' + root.scrollWidth
                  + ' px de large\\n' + wide.join('\\n')];
                """);
    }
}
