package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API over HTTP (R7, R11 to R15): a partner's whole offer lifecycle, and every refusal
 * (another partner's offer on every path and action, no token, a staff token, a malformed body),
 * each proved to change nothing in the database. Then the CSV import, all or nothing. Then the
 * two-click checker (R15, R16) against a fixture site in this JVM ({@link LinkFixtureSite}): a check
 * on demand with its evidence, unsafe addresses refused with nothing fetched, another partner's pages
 * neither checked nor read, a non-conformity confirmed a day later, and the check in the background
 * after a publication.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class PartnerApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "Mot-de-passe-PAPI-1";
    private static final String CATEGORY = "LABEL_PRINTER";

    /** LABEL_PRINTER v1 asks for all of these (mandatory); without warranty and its price, an offer fails. */
    private static final String CONFORMING = """
            {"category":"LABEL_PRINTER","title":"%s","description":"Imprimante d'étiquettes pour la boutique",
             "priceExclVat":189.90,
             "attributes":{"print_technology":"transfert thermique","print_resolution":"300 dpi",
                           "interfaces":["USB","Ethernet"],"label_software":"oui","warranty":"24 mois"},
             "pricing":{"warranty_cover":{"amount":0,"unit":"forfait","description":"Pièces et main-d'œuvre, 2 ans"}},
             "links":["https://etiquettes.example/imprimante"]}""";
    private static final String NOT_CONFORMING = """
            {"category":"LABEL_PRINTER","title":"%s","description":"Imprimante d'étiquettes pour la boutique",
             "priceExclVat":189.90,
             "attributes":{"print_technology":"transfert thermique","print_resolution":"300 dpi",
                           "interfaces":"USB","label_software":"oui","warranty":"6 mois"}}""";

    private static long partnerA;
    private static String nameA;
    private static String userA;
    private static long partnerB;
    private static String userB;
    private static String reviewer;
    private static String admin;
    private static long draftOfB;
    private static long publishedOfB;
    /** A partner whose declared website is the fixture site: the two-click checker's tests (R15, R16). */
    private static long partnerC;
    private static String userC;
    private static LinkFixtureSite site;
    private static final Map<String, String> TOKENS = new HashMap<>();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void data() {
        Fixtures fixtures = fixtures();
        nameA = Fixtures.unique("Étiquettes Loire");
        partnerA = fixtures.partner(nameA, "EQUIPMENT_MAKER");
        partnerB = fixtures.partner(Fixtures.unique("Étiquettes Rhône"), "EQUIPMENT_MAKER");
        userA = Fixtures.unique("P-PA");
        userB = Fixtures.unique("P-PB");
        reviewer = Fixtures.unique("R-PAPI");
        admin = Fixtures.unique("A-PAPI");
        fixtures.account(userA, PASSWORD, "PARTNER", partnerA);
        fixtures.account(userB, PASSWORD, "PARTNER", partnerB);
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        draftOfB = fixtures.offer(partnerB, CATEGORY, "Brouillon de B", "99.00", "DRAFT");
        fixtures.attribute(draftOfB, "warranty", "12 mois");
        publishedOfB = fixtures.offer(partnerB, CATEGORY, "Offre publiée de B", "149.00", "PUBLISHED");
        fixtures.attribute(publishedOfB, "warranty", "24 mois");
        site = new LinkFixtureSite();
        partnerC = fixtures.partner(Fixtures.unique("Étiquettes Garonne"), "EQUIPMENT_MAKER");
        fixtures.partnerWebsite(partnerC, site.base());
        userC = Fixtures.unique("P-PC");
        fixtures.account(userC, PASSWORD, "PARTNER", partnerC);
    }

    @AfterAll
    static void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    // --- the partner's own offers ---------------------------------------------------------------

    @Test
    void tellsThePartnerWhoItIs() throws Exception {
        HttpResponse<String> response = send("GET", "api/v1/partner/me", token(userA), null, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = json(response).asJsonObject();
        assertEquals(partnerA, me.getJsonNumber("id").longValue());
        assertEquals(nameA, me.getString("name"));
        assertEquals("EQUIPMENT_MAKER", me.getString("kind"));
        assertEquals("Rennes", me.getString("town"));
        assertEquals("35000", me.getString("postcode"));
        assertEquals(userA, me.getString("userCode"));
    }

    @Test
    void aPartnerCreatesPublishesOnlyWhenConformingThenWithdrawsItsOffer() throws Exception {
        String token = token(userA);
        String title = Fixtures.unique("Étiqueteuse");
        HttpResponse<String> created = send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted(title));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = json(created).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(title, draft.getString("title"));
        assertEquals("6 mois", draft.getJsonObject("attributes").getString("warranty"));
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getPath().endsWith("/api/v1/partner/offers/" + id), location.toString());

        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(location).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("USB", json(read).asJsonObject().getJsonObject("attributes").getString("interfaces"));

        JsonArray list = json(send("GET", "api/v1/partner/offers", token, null, null)).asJsonArray();
        assertTrue(list.stream().anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id), list::toString);
        assertTrue(list.stream().noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == draftOfB));

        // R11: not conforming → 409 with the failing criteria, and the offer stays a draft
        String before = state(id);
        HttpResponse<String> refused = send("POST", "api/v1/partner/offers/" + id + "/publish", token, null, null);
        JsonObject problem = assertProblem(refused, 409, null);
        JsonObject verdict = problem.getJsonObject("verdict");
        assertFalse(verdict.getBoolean("conforming"));
        assertEquals(CATEGORY, verdict.getString("category"));
        assertEquals(1, verdict.getInt("version"));
        Map<String, JsonObject> failures = new HashMap<>();
        verdict.getJsonArray("failures").getValuesAs(JsonObject.class).forEach(f -> failures.put(f.getString("key"), f));
        assertEquals(List.of("warranty", "warranty_cover"), failures.keySet().stream().sorted().toList());
        assertEquals("FAIL", failures.get("warranty").getString("status"));
        assertEquals("Durée de garantie", failures.get("warranty").getString("label"));
        assertTrue(failures.get("warranty").getString("message").contains("6 mois"), failures.toString());
        assertEquals("MISSING", failures.get("warranty_cover").getString("status"));
        assertEquals(before, state(id));
        assertProblem(get("api/v1/offers/" + id), 404, null);

        // corrected, then published: on the public catalogue
        HttpResponse<String> corrected = send("PUT", "api/v1/partner/offers/" + id, token, "application/json",
                CONFORMING.formatted(title));
        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonObject saved = json(corrected).asJsonObject();
        assertEquals("DRAFT", saved.getString("status"));
        assertEquals("Pièces et main-d'œuvre, 2 ans",
                saved.getJsonObject("pricing").getJsonObject("warranty_cover").getString("description"));
        assertEquals(List.of("https://etiquettes.example/imprimante"),
                saved.getJsonArray("links").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());

        HttpResponse<String> published = send("POST", "api/v1/partner/offers/" + id + "/publish", token, null, null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", json(published).asJsonObject().getString("status"));
        assertNotNull(json(published).asJsonObject().getString("publishedAt"));
        HttpResponse<String> publicView = get("api/v1/offers/" + id);
        assertEquals(200, publicView.statusCode(), publicView.body());
        assertEquals(title, json(publicView).asJsonObject().getString("title"));
        assertEquals(1, fixtures().number("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", id));
        JsonArray versions = json(send("GET", "api/v1/partner/offers/" + id + "/versions", token, null, null))
                .asJsonArray();
        assertEquals(1, versions.size());
        assertEquals(1, versions.getJsonObject(0).getInt("number"));
        assertEquals(1, versions.getJsonObject(0).getInt("specificationVersion"));
        assertNull(versions.getJsonObject(0).get("until"), "on the catalogue now");
        assertEquals(title, versions.getJsonObject(0).getJsonObject("content").getString("title"));

        // publishing twice is a business refusal, not a conflict of conformance
        assertProblem(send("POST", "api/v1/partner/offers/" + id + "/publish", token, null, null), 422, null);
        // a published offer's versions are evidence (R14): it cannot be deleted, only withdrawn
        assertProblem(send("DELETE", "api/v1/partner/offers/" + id, token, null, null), 422, null);

        HttpResponse<String> withdrawn = send("POST", "api/v1/partner/offers/" + id + "/withdraw", token, null, null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", json(withdrawn).asJsonObject().getString("status"));
        assertProblem(get("api/v1/offers/" + id), 404, null);
        assertProblem(send("POST", "api/v1/partner/offers/" + id + "/withdraw", token, null, null), 422, null);
        assertNotNull(json(send("GET", "api/v1/partner/offers/" + id + "/versions", token, null, null)).asJsonArray()
                .getJsonObject(0).getString("until"), "R14: the period of the version ends at withdrawal");

        List<String> actions = List.of(fixtures().text("""
                SELECT GROUP_CONCAT(action ORDER BY id SEPARATOR ',') FROM audit_entry
                WHERE subject_type = 'OFFER' AND subject_id = ?""", Long.toString(id)).split(","));
        assertEquals(List.of("CREATE", "UPDATE", "PUBLISH", "WITHDRAW"), actions);
    }

    @Test
    void aDraftIsDeletedForGood() throws Exception {
        String token = token(userA);
        long id = json(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted(Fixtures.unique("À supprimer")))).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> deleted = send("DELETE", "api/v1/partner/offers/" + id, token, null, null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(0, fixtures().number("SELECT COUNT(*) FROM offer WHERE id = ?", id));
        assertProblem(send("GET", "api/v1/partner/offers/" + id, token, null, null), 404, null);
    }

    @Test
    void aStaleVersionIsA409AndSavesNothing() throws Exception {
        String token = token(userA);
        JsonObject draft = json(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted(Fixtures.unique("Version")))).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();
        long version = draft.getJsonNumber("version").longValue();
        String renamed = NOT_CONFORMING.formatted("Nouveau titre").replace("{\"category\"",
                "{\"version\":" + version + ",\"category\"");
        assertEquals(200, send("PUT", "api/v1/partner/offers/" + id, token, "application/json", renamed).statusCode());
        String before = state(id);
        String stale = NOT_CONFORMING.formatted("Titre périmé").replace("{\"category\"",
                "{\"version\":" + version + ",\"category\"");
        assertProblem(send("PUT", "api/v1/partner/offers/" + id, token, "application/json", stale), 409, null);
        assertEquals(before, state(id));
    }

    @Test
    void aBadBodyIsA400NamingTheFieldAndSavesNothing() throws Exception {
        String token = token(userA);
        long count = offersOf(partnerA);
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json", "{not json"), 400, null);
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json", "[1]"), 400, null);
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted("Prix en texte").replace("189.90", "\"cher\"")), 400, "priceExclVat");
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted("Attribut inconnu").replace("\"warranty\":\"6 mois\"", "\"ram\":\"8 Go\"")),
                400, "attributes.ram");
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json",
                CONFORMING.formatted("Lien douteux").replace("https://etiquettes.example/imprimante",
                        "javascript:alert(1)")), 400, "links[0]");
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted("Mauvaise catégorie").replace("LABEL_PRINTER", "ADVISER")), 400, "category");
        assertProblem(send("POST", "api/v1/partner/offers", token, "application/json",
                NOT_CONFORMING.formatted("")), 400, "title");
        assertProblem(send("POST", "api/v1/partner/offers", token, "text/plain", "bonjour"), 415, null);
        assertEquals(count, offersOf(partnerA));
    }

    // --- refusals on someone else's offers --------------------------------------------------------

    @Test
    void anotherPartnersOfferIsA404OnEveryPathAndActionAndNothingChanges() throws Exception {
        String token = token(userA);
        for (long id : new long[] {draftOfB, publishedOfB}) {
            String before = state(id);
            for (Call call : calls(id)) {
                assertProblem(send(call.method(), call.path(), token, call.type(), call.body()), 404, null);
                assertEquals(before, state(id), call + " changed " + id);
            }
        }
        // and the unknown ones look the same
        assertProblem(send("GET", "api/v1/partner/offers/999999999", token, null, null), 404, null);
        JsonArray own = json(send("GET", "api/v1/partner/offers", token, null, null)).asJsonArray();
        assertTrue(own.stream().map(o -> o.asJsonObject().getJsonNumber("id").longValue())
                .noneMatch(id -> id == draftOfB || id == publishedOfB));
    }

    @Test
    void withoutATokenEveryPathIsA401ProblemAndNothingChanges() throws Exception {
        String before = state(draftOfB) + state(publishedOfB);
        long offers = offersOf(partnerB);
        for (Call call : allCalls(draftOfB)) {
            HttpResponse<String> response = send(call.method(), call.path(), null, call.type(), call.body());
            assertProblem(response, 401, null);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), call.toString());
            assertProblem(send(call.method(), call.path(), "forged-token", call.type(), call.body()), 401, null);
        }
        assertEquals(before, state(draftOfB) + state(publishedOfB));
        assertEquals(offers, offersOf(partnerB));
    }

    @Test
    void aStaffTokenIsA403ProblemOnEveryPathAndNothingChanges() throws Exception {
        String before = state(draftOfB) + state(publishedOfB);
        long offers = offersOf(partnerB);
        for (String staff : List.of(reviewer, admin)) {
            String token = token(staff);
            for (Call call : allCalls(draftOfB)) {
                assertProblem(send(call.method(), call.path(), token, call.type(), call.body()), 403, null);
            }
        }
        assertEquals(before, state(draftOfB) + state(publishedOfB));
        assertEquals(offers, offersOf(partnerB));
    }

    // --- CSV import ---------------------------------------------------------------------------------

    @Test
    void importsEveryRowOfAValidFileAsDrafts() throws Exception {
        String token = token(userB);
        long count = offersOf(partnerB);
        String file = "\uFEFFcategory;title;description;priceExclVat;links;attr:warranty;attr:interfaces;"
                + "price:warranty_cover;price:warranty_cover:description\r\n"
                + "LABEL_PRINTER;Étiqueteuse import 1;\"Imprimante; thermique\";199,90;https://b.example/1;24 mois;USB;0;"
                + "Pièces et main-d'œuvre\r\n"
                + "LABEL_PRINTER;Étiqueteuse import 2;Deuxième;249;;12 mois;;;\r\n";
        HttpResponse<String> response = send("POST", "api/v1/partner/offers/import", token, "text/csv; charset=UTF-8", file);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject result = json(response).asJsonObject();
        assertEquals(2, result.getInt("imported"));
        assertEquals(count + 2, offersOf(partnerB));
        long first = result.getJsonArray("offers").getJsonNumber(0).longValue();
        JsonObject offer = json(send("GET", "api/v1/partner/offers/" + first, token, null, null)).asJsonObject();
        assertEquals("DRAFT", offer.getString("status"));
        assertEquals("Étiqueteuse import 1", offer.getString("title"));
        assertEquals("Imprimante; thermique", offer.getString("description"));
        assertEquals(0, offer.getJsonNumber("priceExclVat").bigDecimalValue().compareTo(new java.math.BigDecimal("199.90")));
        assertEquals("24 mois", offer.getJsonObject("attributes").getString("warranty"));
        assertEquals("Pièces et main-d'œuvre",
                offer.getJsonObject("pricing").getJsonObject("warranty_cover").getString("description"));
    }

    @Test
    void aFileWithErrorsReportsEveryOneWithItsLineAndImportsNothing() throws Exception {
        String token = token(userB);
        long count = offersOf(partnerB);
        long audit = fixtures().number("SELECT COUNT(*) FROM audit_entry WHERE partner_id = ?", partnerB);
        String file = """
                category,title,description,priceExclVat,attr:warranty,service:backup
                LABEL_PRINTER,Ligne deux valable,Bonne,10,24 mois,
                LABEL_PRINTER,Ligne trois,Mauvaise,10,24 mois,parfois
                LABEL_PRINTER,Ligne quatre valable,Bonne,10,12 mois,
                LABEL_PRINTER,L5,Titre trop court,10,12 mois,
                PRINTER,Ligne six valable,Bonne,10,,
                """;
        JsonObject problem = assertProblem(send("POST", "api/v1/partner/offers/import", token, "text/csv", file),
                422, null);
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(3, errors.get(0).getInt("line"));
        assertEquals("services.backup", errors.get(0).getString("field"));
        assertEquals(5, errors.get(1).getInt("line"));
        assertEquals("title", errors.get(1).getString("field"));
        assertFalse(errors.get(1).getString("message").isBlank());
        assertEquals(count, offersOf(partnerB), "nothing imported, not even the valid rows");
        assertEquals(audit, fixtures().number("SELECT COUNT(*) FROM audit_entry WHERE partner_id = ?", partnerB));
    }

    @Test
    void aFileTooLargeOrNotCsvIsRefused() throws Exception {
        String token = token(userB);
        long count = offersOf(partnerB);
        StringBuilder file = new StringBuilder("category;title;description;priceExclVat\n");
        for (int i = 0; i < 1001; i++) {
            file.append("LABEL_PRINTER;Étiqueteuse ").append(i).append(";Série;10\n");
        }
        assertProblem(send("POST", "api/v1/partner/offers/import", token, "text/csv", file.toString()), 413, null);
        assertProblem(send("POST", "api/v1/partner/offers/import", token, "application/json", "{}"), 415, null);
        JsonObject header = assertProblem(send("POST", "api/v1/partner/offers/import", token, "text/csv",
                "category;titre\nLABEL_PRINTER;A\n"), 422, null);
        assertEquals(1, header.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertEquals(count, offersOf(partnerB));
    }

    // --- the two-click checker (R15) and the presence search (R16) ------------------------------------

    @Test
    void aPartnerChecksAPageOfItsOwnSiteAndGetsTheVerdictWithItsEvidence() throws Exception {
        String token = token(userC);
        String url = site.base() + Fixtures.unique("retour");
        JsonObject check = json(checkLink(token, url, 200)).asJsonObject();
        assertEquals(url, check.getString("url"));
        assertEquals("CONFORM", check.getString("verdict"));
        assertEquals(1, check.getInt("clicks"));
        assertEquals(List.of(url, LinkFixtureSite.CATALOGUE_PAGE), texts(check.getJsonArray("path")));
        assertAbsent(check, "reason");
        assertFalse(check.getBoolean("confirmedNonConformity"));
        assertNotNull(Instant.parse(check.getString("checkedAt")));
        JsonObject fetch = check.getJsonArray("fetches").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("url").equals(url)).findFirst().orElseThrow();
        assertEquals(200, fetch.getInt("status"));
        assertTrue(fetch.getJsonNumber("millis").longValue() >= 0);
        assertAbsent(fetch, "failure");
        assertTrue(site.requests().contains(URI.create(url).getPath()), "the page was read");
        assertEquals("ON_DEMAND|" + userC + "|CONFORM|1", fixtures().text("""
                SELECT CONCAT_WS('|', check_trigger, requested_by, verdict, clicks) FROM link_check WHERE url = ?""", url));
        assertEquals("CONFORM", fixtures().text("SELECT latest_verdict FROM link_status WHERE url = ?", url));

        String noWayBack = site.base() + Fixtures.unique("sans-retour");
        JsonObject refused = json(checkLink(token, noWayBack, 200)).asJsonObject();
        assertEquals("NON_CONFORM", refused.getString("verdict"));
        assertEquals("NO_RETURN_LINK", refused.getString("reason"));
        assertFalse(refused.getString("reasonLabel").isBlank());
        assertEquals(List.of(), texts(refused.getJsonArray("path")));
        assertAbsent(refused, "clicks");
        assertFalse(refused.getBoolean("confirmedNonConformity"), "one failed check is not a non-conformity yet");
        assertTrue(site.requests().contains("/impasse"), "the page it links to was read too");
    }

    @Test
    void aReviewerChecksAnyPageAndAnAdministratorToo() throws Exception {
        for (String staff : List.of(reviewer, admin)) {
            String url = site.base() + Fixtures.unique("retour-staff");
            JsonObject check = json(checkLink(token(staff), url, 200)).asJsonObject();
            assertEquals("CONFORM", check.getString("verdict"));
            assertEquals(staff, fixtures().text("SELECT requested_by FROM link_check WHERE url = ?", url));
        }
    }

    @Test
    void anUnsafeOrMalformedAddressIsA400SayingWhyAndNothingIsFetched() throws Exception {
        int port = URI.create(site.base()).getPort();
        List<String> refused = List.of(site.loopbackBase() + "retour", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:" + port + "/retour", "http://2130706433:" + port + "/retour",
                "ftp://localhost:" + port + "/retour", "file:///etc/passwd", "pas une adresse");
        for (String token : List.of(token(userC), token(reviewer))) {
            for (String url : refused) {
                int before = site.requests().size();
                JsonObject problem = assertProblem(checkLink(token, url, 400), 400, "url");
                assertFalse(problem.getString("detail").isBlank(), url);
                assertEquals(before, site.requests().size(), url + " must not be fetched");
                assertEquals(0, fixtures().number("SELECT COUNT(*) FROM link_check WHERE url = ?", url), url);
            }
        }
        String token = token(userC);
        assertProblem(send("POST", "api/v1/link-checks", token, "application/json", "{}"), 400, "url");
        assertProblem(send("POST", "api/v1/link-checks", token, "application/json", "{\"url\":12}"), 400, "url");
        assertProblem(send("POST", "api/v1/link-checks", token, "application/json", "[1]"), 400, null);
        assertProblem(send("POST", "api/v1/link-checks", token, "application/json", "{not json"), 400, null);
    }

    @Test
    void withoutATokenTheLinkCheckIsA401AndNothingIsFetched() throws Exception {
        int before = site.requests().size();
        String url = site.base() + "retour-anonyme";
        HttpResponse<String> response = checkLink(null, url, 401);
        assertProblem(response, 401, null);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(checkLink("forged-token", url, 401), 401, null);
        assertProblem(send("GET", "api/v1/link-checks?url=" + encode(url), null, null, null), 401, null);
        assertEquals(before, site.requests().size());
    }

    @Test
    void aPartnerNeitherChecksNorReadsAnotherPartnersPagesNorTheReviewersList() throws Exception {
        String url = site.base() + Fixtures.unique("retour-de-c");
        String title = Fixtures.unique("Offre liée de C");
        long offer = fixtures().offer(partnerC, CATEGORY, title, "10.00", "PUBLISHED");
        fixtures().link(offer, url);
        checkLink(token(userC), url, 200);

        // partner B: not its site (it declared none) nor a link of its offers
        int before = site.requests().size();
        JsonObject problem = assertProblem(checkLink(token(userB), url, 400), 400, "url");
        assertTrue(problem.getString("detail").contains("n'est pas une page de votre site"), problem.toString());
        assertEquals(before, site.requests().size(), "nothing fetched for a refused partner");
        assertProblem(send("GET", "api/v1/link-checks?url=" + encode(url), token(userB), null, null), 404, null);
        assertEquals(404, page(token(userB), "partner/liens.xhtml?offre=" + offer).statusCode());
        assertEquals(403, page(token(userB), "reviewer/liens.xhtml").statusCode());

        // its owner and the reviewers read the history and the evidence page
        for (String reader : List.of(userC, reviewer)) {
            HttpResponse<String> history = send("GET", "api/v1/link-checks?url=" + encode(url), token(reader), null, null);
            assertEquals(200, history.statusCode(), history.body());
            JsonObject checks = json(history).asJsonObject();
            assertEquals(1, checks.getInt("total"));
            assertEquals("CONFORM", checks.getJsonArray("items").getJsonObject(0).getString("verdict"));
            HttpResponse<String> evidence = page(token(reader), "partner/liens.xhtml?offre=" + offer);
            assertEquals(200, evidence.statusCode(), evidence.body());
            assertTrue(evidence.body().contains(url), "the link is listed");
            assertTrue(evidence.body().contains("Conforme"), "with its verdict");
            assertTrue(evidence.body().contains(LinkFixtureSite.CATALOGUE_PAGE.replace("&", "&amp;")), "and its path");
        }
        HttpResponse<String> review = page(token(reviewer), "reviewer/liens.xhtml");
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("Vérifier tous les liens maintenant"));
        assertTrue(review.body().contains(url), "the link just checked is in the reviewers' list");
        assertTrue(page(token(reviewer), "reviewer/index.xhtml").body().contains("reviewer/liens.xhtml"));
        long withoutLinks = fixtures().offer(partnerC, CATEGORY, Fixtures.unique("Sans lien"), "10.00", "DRAFT");
        assertTrue(page(token(userC), "partner/liens.xhtml?offre=" + withoutLinks).body()
                .contains("Cette offre ne renvoie vers aucune page de votre site."));
        assertTrue(page(token(userC), "partner/index.xhtml").body().contains("partner/liens.xhtml?offre=" + offer),
                "each offer of the partner's list leads to its links");
    }

    @Test
    void aNonConformityFoundAgainADayLaterIsConfirmedAndAuditedBySystem() throws Exception {
        String url = site.base() + Fixtures.unique("sans-retour-confirme");
        long offer = fixtures().offer(partnerC, CATEGORY, Fixtures.unique("Offre sans retour"), "10.00", "PUBLISHED");
        fixtures().link(offer, url);
        fixtures().nonConformCheck(url, Instant.now().minus(Duration.ofHours(25)));

        JsonObject check = json(checkLink(token(userC), url, 200)).asJsonObject();
        assertEquals("NON_CONFORM", check.getString("verdict"));
        assertTrue(check.getBoolean("confirmedNonConformity"), "two NON_CONFORM checks 25 hours apart");
        assertNotNull(fixtures().text("SELECT confirmed_at FROM link_status WHERE url = ?", url));
        String audited = fixtures().text("""
                SELECT CONCAT_WS('|', actor, action, partner_id, after_state) FROM audit_entry
                WHERE subject_type = 'LINK' AND after_state LIKE ? ORDER BY id DESC LIMIT 1""", "%" + url + "%");
        assertNotNull(audited, "the confirmation is in the audit trail");
        assertTrue(audited.startsWith("système|LINK_CONFIRMED|" + partnerC + "|"), audited);
        assertEquals(2, fixtures().number("SELECT COUNT(*) FROM link_check WHERE url = ?", url), "both checks kept");
    }

    @Test
    void publishingAnOfferChecksItsLinksInTheBackgroundWithoutWaitingForTheSite() throws Exception {
        String token = token(userC);
        String title = Fixtures.unique("Étiqueteuse lente");
        site.mention(title);
        String path = "/" + Fixtures.unique("lent");
        String url = site.base() + path.substring(1);
        HttpResponse<String> created = send("POST", "api/v1/partner/offers", token, "application/json",
                CONFORMING.formatted(title).replace("https://etiquettes.example/imprimante", url));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).asJsonObject().getJsonNumber("id").longValue();

        HttpResponse<String> published = send("POST", "api/v1/partner/offers/" + id + "/publish", token, null, null);
        assertEquals(200, published.statusCode(), published.body());
        assertFalse(site.answered(path), "the publication did not wait for the partner's slow page");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> fixtures().number(
                "SELECT COUNT(*) FROM link_check WHERE url = ? AND check_trigger = 'PUBLISH'", url) == 1);
        assertEquals("CONFORM", fixtures().text("SELECT verdict FROM link_check WHERE url = ?", url));
        assertTrue(site.answered(path));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> fixtures().number(
                "SELECT COUNT(*) FROM presence_check WHERE offer_id = ?", id) == 1);
        assertEquals("1", fixtures().text("SELECT found FROM presence_check WHERE offer_id = ?", id),
                "R16: the home page names the offer");
        HttpResponse<String> evidence = page(token, "partner/liens.xhtml?offre=" + id);
        assertTrue(evidence.body().contains("Trouvée"), "the presence result is shown");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private record Call(String method, String path, String type, String body) {
    }

    /** Every action on one offer. */
    private static List<Call> calls(long id) {
        String offer = "api/v1/partner/offers/" + id;
        return List.of(new Call("GET", offer, null, null),
                new Call("GET", offer + "/versions", null, null),
                new Call("PUT", offer, "application/json", CONFORMING.formatted("Prise de contrôle")),
                new Call("DELETE", offer, null, null),
                new Call("POST", offer + "/publish", null, null),
                new Call("POST", offer + "/withdraw", null, null));
    }

    /** Every endpoint of the partner API, those on one offer included. */
    private static List<Call> allCalls(long id) {
        List<Call> calls = new java.util.ArrayList<>(calls(id));
        calls.add(new Call("GET", "api/v1/partner/me", null, null));
        calls.add(new Call("GET", "api/v1/partner/offers", null, null));
        calls.add(new Call("POST", "api/v1/partner/offers", "application/json", CONFORMING.formatted("Intrus")));
        calls.add(new Call("POST", "api/v1/partner/offers/import", "text/csv",
                "category;title;description;priceExclVat\nLABEL_PRINTER;Intrus;Intrus;1\n"));
        return calls;
    }

    /** Everything stored about an offer, its versions and audit entries included, as one text. */
    private static String state(long id) {
        return fixtures().text("""
                SELECT CONCAT_WS('|', o.partner_id, o.category_code, o.title, o.description, o.price_excl_vat, o.status,
                    COALESCE(o.published_at, '-'), o.updated_at, o.version,
                    (SELECT COALESCE(GROUP_CONCAT(CONCAT(attr_key, '=', attr_value) ORDER BY attr_key), '')
                       FROM offer_attribute WHERE offer_id = o.id),
                    (SELECT COUNT(*) FROM offer_price_component WHERE offer_id = o.id),
                    (SELECT COUNT(*) FROM offer_service WHERE offer_id = o.id),
                    (SELECT COUNT(*) FROM offer_link WHERE offer_id = o.id),
                    (SELECT COUNT(*) FROM offer_version WHERE offer_id = o.id),
                    (SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = CAST(o.id AS CHAR) COLLATE utf8mb4_unicode_ci))
                FROM offer o WHERE o.id = ?""", id);
    }

    private static long offersOf(long partner) {
        return fixtures().number("SELECT COUNT(*) FROM offer WHERE partner_id = ?", partner);
    }

    private HttpResponse<String> checkLink(String token, String url, int expected) throws Exception {
        HttpResponse<String> response = send("POST", "api/v1/link-checks", token, "application/json",
                Json.createObjectBuilder().add("url", url).build().toString());
        assertEquals(expected, response.statusCode(), url + " → " + response.body());
        return response;
    }

    private HttpResponse<String> page(String token, String path) throws Exception {
        return send("GET", path, token, null, null);
    }

    private static List<String> texts(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** JSON-B leaves null values out. */
    private static void assertAbsent(JsonObject object, String field) {
        assertTrue(!object.containsKey(field) || object.isNull(field), field + " in " + object);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Fixtures fixtures() {
        return new Fixtures(TestDatabase.address());
    }

    private String token(String userCode) throws Exception {
        String cached = TOKENS.get(userCode);
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> response = send("POST", "api/v1/auth/token", null, "application/json",
                "{\"userCode\":\"" + userCode + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        String token = json(response).asJsonObject().getString("token");
        TOKENS.put(userCode, token);
        return token;
    }

    private JsonObject assertProblem(HttpResponse<String> response, int status, String field) {
        String where = response.request().method() + " " + response.request().uri() + " → " + response.body();
        assertEquals(status, response.statusCode(), where);
        assertEquals("application/problem+json", mediaType(response), where);
        JsonObject problem = json(response).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        if (field != null) {
            assertEquals(field, problem.getString("field"), where);
        } else if (status != 400) {
            assertNull(problem.get("field"), where);
        }
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
        return problem;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static JsonValue json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }
}
