package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a small business reads in the public catalogue (issue 7, R12, R13): a search on a plain GET,
 * a filter link, sorting by price, the offer page (label caption, price in words, criteria
 * explained), the glossary, the comparison and its refusals, bad parameters answered in French.
 *
 * <p>The offers are written before the deployment ({@link Seed}, between the database and
 * Arquillian), conforming to the versions in force, so that a search index built at start-up
 * holds them and the rollout's catch-up keeps them public.
 */
@ExtendWith({TestDatabase.class, PublicCatalogueIT.Seed.class, ArquillianExtension.class})
class PublicCatalogueIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A word found in no other offer: the search of these tests. */
    static String word;
    static String partnerA;
    static long laptopA;
    static long laptopB;
    static long pda;
    static String titleA;
    static String titleB;
    static String titlePda;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    /** Writes the fixture offers once the schema is there and before the application starts. */
    public static final class Seed implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (word != null) {
                return;
            }
            Fixtures fixtures = new Fixtures(TestDatabase.address());
            Random random = new Random();
            StringBuilder letters = new StringBuilder("pcat");
            for (int i = 0; i < 8; i++) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            word = letters.toString();
            partnerA = Fixtures.unique("Nomade Armor");
            long a = fixtures.partner(partnerA, "EQUIPMENT_MAKER");
            long b = fixtures.partner(Fixtures.unique("Léger Iroise"), "EQUIPMENT_MAKER");
            titleA = "Portable nomade " + word + " haut de gamme";
            titleB = "Portable léger " + word + " essentiel";
            titlePda = "Terminal de terrain " + word;
            laptopA = laptop(fixtures, a, titleA, "899.00", "16 Go");
            laptopB = laptop(fixtures, b, titleB, "649.00", "8 Go");
            pda = fixtures.offer(b, "PDA", titlePda, "399.00", "PUBLISHED");
            fixtures.attribute(pda, "screen_size", "6 pouces");
            fixtures.attribute(pda, "ingress_protection", "IP67");
            fixtures.attribute(pda, "battery_life", "12 h");
            fixtures.attribute(pda, "sync_office", "oui");
            fixtures.attribute(pda, "warranty", "24 mois");
            priceComponent(fixtures, pda, "warranty_cover", "0", null, "Échange standard");
        }

        private static long laptop(Fixtures fixtures, long partner, String title, String price, String memory) {
            long offer = fixtures.offer(partner, "PC_LAPTOP_MOBILE", title, price, "PUBLISHED");
            fixtures.attribute(offer, "memory", memory);
            fixtures.attribute(offer, "storage", "512 Go");
            fixtures.attribute(offer, "screen_size", "14 pouces");
            fixtures.attribute(offer, "battery_life", "10 h");
            fixtures.attribute(offer, "disk_encryption", "oui");
            fixtures.attribute(offer, "os", "Windows 11 Professionnel");
            fixtures.attribute(offer, "warranty", "36 mois");
            priceComponent(fixtures, offer, "warranty_cover", "0", null, "Pièces et main-d'œuvre sur site");
            priceComponent(fixtures, offer, "travel_costs", "35", "intervention", "Déplacement du technicien");
            return offer;
        }

        private static void priceComponent(Fixtures fixtures, long offer, String key, String amount, String unit,
                                           String description) {
            fixtures.execute("INSERT INTO offer_price_component (offer_id, component_key, amount, unit, description)"
                    + " VALUES (?, ?, ?, ?, ?)", offer, key, new BigDecimal(amount), unit, description);
        }
    }

    @Test
    void aSearchOnAPlainGetListsTheOffersWithTheWord() throws Exception {
        String page = get("?q=" + word.toUpperCase(Locale.ROOT));

        assertTrue(page.contains("3 offres trouvées"), page);
        for (String title : List.of(titleA, titleB, titlePda)) {
            assertTrue(page.contains(title), title);
        }
        assertTrue(page.contains("offre.xhtml?id=" + laptopA), "each title links to its offer");
        assertTrue(page.contains("899 € HT"), "the price excluding VAT, French style");
        assertTrue(page.contains(partnerA), "the partner");
        assertTrue(page.contains("Rennes (Ille-et-Vilaine)"), "the partner's town and département");
        assertTrue(page.contains("value=\"" + word.toUpperCase(Locale.ROOT) + "\""), "the box keeps the words");
        assertFalse(page.contains("selected=\"\"") || page.contains("aria-current=\"\""), "no empty attribute");
    }

    @Test
    void aFilterLinkNarrowsTheResultsAndCanBeRemoved() throws Exception {
        String page = get("?q=" + word);
        // the category of a result links to the same search in that category
        String link = href(page, "search-result__category", "PDA");

        String narrowed = get(link);
        assertTrue(narrowed.contains("1 offre trouvée"), narrowed);
        assertTrue(narrowed.contains(titlePda));
        assertFalse(narrowed.contains(titleA), "another category is filtered out");
        assertTrue(narrowed.contains("Filtres actifs"), "the active filters are listed");
        assertTrue(narrowed.contains("<option value=\"PDA\" selected=\"selected\">"), "the form shows the category");

        String widened = get(href(narrowed, "search-active__remove", "Catégorie :"));
        assertTrue(widened.contains("3 offres trouvées"), "removing the filter brings the others back");
    }

    @Test
    void aVisitorWhoOnlyReadsGetsNoSessionNorCookie() throws Exception {
        for (String path : List.of("", "?q=" + word, "offre.xhtml?id=" + laptopA, "glossaire.xhtml",
                "pres-de-chez-vous.xhtml?ou=35", "donnees-ouvertes.xhtml", "cahiers-des-charges.xhtml")) {
            HttpResponse<String> response = send(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), path + " keeps nothing of its visitor");
        }
        assertEquals(405, send("deconnexion").statusCode(), "signing out is a POST (the header's form), never a link");
    }

    @Test
    void theDepartementsOfARegionAreOfferedOnceTheRegionIsChosen() throws Exception {
        String page = get("?q=" + word);
        assertTrue(page.contains("id=\"facet-region\""), "the regions first");
        assertFalse(page.contains("id=\"facet-department\""), "not 101 département links");
        assertTrue(page.contains("Choisissez une région pour affiner par département."));

        String bretagne = get(href(page, "search-facet__value", "region=53"));
        assertTrue(bretagne.contains("id=\"facet-department\""), bretagne);
        assertTrue(bretagne.contains("departement=35"), "Ille-et-Vilaine, the département of the offers' partner");
        assertFalse(bretagne.contains("Choisissez une région pour affiner par département."));
    }

    @Test
    void sortingByPriceOrdersTheResults() throws Exception {
        assertEquals(List.of(titlePda, titleB, titleA), titles(get("?q=" + word + "&tri=prix")));
        assertEquals(List.of(titleA, titleB, titlePda), titles(get("?q=" + word + "&tri=prix-desc")));
    }

    @Test
    void theOfferPageExplainsTheLabelThePriceAndTheCriteria() throws Exception {
        String page = get("offre.xhtml?id=" + laptopA);

        assertTrue(page.contains("« équipement référencé »"), "the label's caption (R21)");
        assertTrue(page.contains("État du label du fournisseur : Accordé"), "the partner's label state");
        assertTrue(page.contains("Le prix en clair"));
        assertTrue(page.contains("Prix de l'offre :</strong> 899 € HT"), "the base price in words (R12)");
        assertTrue(page.contains("35 € HT par intervention — Déplacement du technicien"), "a component in words");
        assertTrue(page.contains("inclus dans le prix — Pièces et main-d'œuvre sur site"), "an included component");
        assertTrue(page.contains("Mémoire vive (RAM)</a> : <span class=\"offerpage-criteria__value\">16 Go</span>"),
                "a criterion met with its value");
        assertTrue(page.contains("la table de travail de l'ordinateur"), "its explanation in plain words (R13)");
        assertTrue(page.contains("glossaire.xhtml#terme-memoire-vive-ram"), "the term links to the glossary");
        assertTrue(page.contains("partenaire.xhtml?id="), "the partner's card links to its page");
        assertTrue(page.contains("Constructeur ou distributeur d'équipements"), "the partner's kind");
    }

    @Test
    void theGlossaryExplainsTheCriteriaAndTheGeneralTerms() throws Exception {
        String page = get("glossaire.xhtml");

        assertTrue(page.contains("id=\"terme-memoire-vive-ram\""), "an anchor per term");
        assertTrue(page.contains("la table de travail de l'ordinateur"), "a criterion's explanation");
        assertTrue(page.contains("id=\"terme-ht-et-ttc\""), "general terms too");
        assertTrue(page.indexOf("id=\"terme-debit\"") < page.indexOf("id=\"terme-engagement\""), "alphabetical");
    }

    @Test
    void twoOffersOfACategoryAreComparedSideBySide() throws Exception {
        String page = get("comparer.xhtml?offres=" + laptopA + "," + laptopB);

        assertTrue(page.contains("id=\"compareTable\""), page);
        assertTrue(page.contains(titleA) && page.contains(titleB));
        String memoryRow = row(page, "Mémoire vive (RAM)");
        assertTrue(memoryRow.contains("compare-row--differs"), "a difference is marked: " + memoryRow);
        assertTrue(memoryRow.indexOf("16 Go") < memoryRow.indexOf("8 Go"), "in the offers' order");
        assertFalse(row(page, "Stockage SSD").contains("compare-row--differs"), "equal values are not marked");
        assertTrue(page.contains("comparer.xhtml?offres=" + laptopB + "\""), "each offer can be removed");
    }

    @Test
    void comparisonsOfSeveralCategoriesOrTooManyOffersAreRefusedInFrench() throws Exception {
        HttpResponse<String> mixed = send("comparer.xhtml?offres=" + laptopA + "," + pda);
        assertEquals(200, mixed.statusCode());
        assertTrue(plain(mixed.body()).contains("On ne compare que des offres d'une même catégorie"), mixed.body());
        assertFalse(mixed.body().contains("compareTable"));

        assertTrue(get("comparer.xhtml?offres=1,2,3,4,5").contains("Vous pouvez comparer au plus 4 offres"));
        assertTrue(get("comparer.xhtml?offres=" + laptopA + ",999999999").contains("n'existe pas ou n'est plus publiée"));
        assertTrue(get("comparer.xhtml?offres=abc").contains("« abc » n'est pas un numéro d'offre"));
    }

    @Test
    void badParametersGiveFrenchMessagesNeverAnErrorPage() throws Exception {
        HttpResponse<String> response = send("index.xhtml?q=" + word + "&prixMin=abc&categorie=TOASTER&tri=hasard"
                + "&page=zero&departement=999&type=ROBOT");
        assertEquals(200, response.statusCode());
        String page = plain(response.body());
        assertTrue(page.contains("« abc » n'est pas un prix minimum valide"), page);
        assertTrue(page.contains("La catégorie « TOASTER » n'existe pas"));
        assertTrue(page.contains("L'ordre « hasard » n'existe pas"));
        assertTrue(page.contains("La page « zero » n'existe pas"));
        assertTrue(page.contains("3 offres trouvées"), "the search still runs without them");

        String none = get("?q=" + word + "introuvable");
        assertTrue(none.contains("Aucune offre ne correspond à votre recherche."), "an empty state that helps");
        assertTrue(none.contains("Vérifiez l'orthographe"));
        assertTrue(none.contains("id=\"browse-categories\""));
    }

    @Test
    void aBusinessAddsTwoOffersToTheComparisonAndReadsItOnANarrowScreen() {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            browser.manage().window().setSize(new Dimension(375, 800));
            browser.get(base + "?q=" + word);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            assertNoHorizontalScroll(browser, "search page");

            browser.findElement(By.linkText(titleA)).click();
            wait.until(ExpectedConditions.textToBe(By.id("offerTitle"), titleA));
            assertNoHorizontalScroll(browser, "offer page");
            browser.findElement(By.id("compareLink")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compareTable")));

            browser.get(base + "offre.xhtml?id=" + laptopB);
            browser.findElement(By.id("compareLink")).click();
            wait.until(ExpectedConditions.urlContains("offres=" + laptopA + "," + laptopB));
            String table = browser.findElement(By.id("compareTable")).getText();
            assertTrue(table.contains(titleA) && table.contains(titleB), table);

            assertNoHorizontalScroll(browser, "comparison");
            Boolean scrolls = (Boolean) browser.executeScript("var box = document.querySelector('.compare-scroll');"
                    + " return box.scrollWidth > box.clientWidth;");
            assertTrue(scrolls, "the table scrolls inside its container");
        } finally {
            browser.quit();
        }
    }

    private static void assertNoHorizontalScroll(ChromeDriver browser, String what) {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth;");
        if (width.longValue() > viewport.longValue()) {
            // name the elements that stick out (those none of whose children do), to fix the right rule
            Object culprits = browser.executeScript("""
                    var limit = document.documentElement.clientWidth + 1, out = [];
                    document.querySelectorAll('body *').forEach(function (e) {
                      var r = e.getBoundingClientRect();
                      if (r.right > limit && !Array.from(e.children).some(function (c) {
                            return c.getBoundingClientRect().right > limit; })) {
                        out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left) + '-'
                            + Math.round(r.right));
                      }
                    });
                    return out.slice(0, 10).join(' | ');""");
            throw new AssertionError(what + " is " + width + " px wide on a " + viewport + " px screen: " + culprits);
        }
    }

    private HttpResponse<String> send(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page, after checking it is a 200, with its entities and no-break spaces made plain. */
    private String get(String path) throws Exception {
        String relative = path.startsWith(base.getPath()) ? path.substring(base.getPath().length()) : path;
        HttpResponse<String> response = send(relative.replace("&amp;", "&"));
        assertEquals(200, response.statusCode(), path);
        return plain(response.body());
    }

    private static String plain(String html) {
        return html.replace("&nbsp;", " ").replace("&#160;", " ").replace('\u00a0', ' ').replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&quot;", "\"");
    }

    /** The href of the first link of that class whose href or text contains {@code containing}. */
    private static String href(String page, String cssClass, String containing) {
        Matcher links = Pattern.compile("<a href=\"([^\"]*)\"[^>]*class=\"" + cssClass + "\"[^>]*>(.*?)</a>",
                Pattern.DOTALL).matcher(page);
        while (links.find()) {
            if (links.group(1).contains(containing) || links.group(2).contains(containing)) {
                return links.group(1);
            }
        }
        throw new AssertionError("no link ." + cssClass + " with " + containing + " in " + page);
    }

    /** The titles of the results, in order. */
    private static List<String> titles(String page) {
        List<String> titles = new ArrayList<>();
        Matcher links = Pattern.compile("class=\"offer-link\">([^<]*)</a>").matcher(page);
        while (links.find()) {
            titles.add(links.group(1));
        }
        return titles;
    }

    /** The table row whose header holds that label. */
    private static String row(String page, String label) {
        int at = page.indexOf(label + "</a>");
        assertTrue(at > 0, "no row " + label);
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }
}
