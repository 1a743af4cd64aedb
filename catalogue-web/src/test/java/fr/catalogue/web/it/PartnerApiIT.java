package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API over HTTP (R7, R11 to R15): a partner's whole offer lifecycle, and every refusal
 * (another partner's offer on every path and action, no token, a staff token, a malformed body),
 * each proved to change nothing in the database. Then the CSV import, all or nothing.
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
