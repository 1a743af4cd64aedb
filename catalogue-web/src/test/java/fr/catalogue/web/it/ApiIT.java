package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API over HTTP, against the packaged WAR on Payara Micro and a real MariaDB:
 * categories, published offers with paging and filter, problem+json errors, tokens, health, OpenAPI.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static long partnerId;
    private static String partnerName;
    private static long publishedA;
    private static long publishedB;
    private static long draft;
    private static String userCode;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithSearchProbe();
    }

    @BeforeAll
    static void data() {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        partnerName = Fixtures.unique("Étiquettes Bretagne");
        partnerId = fixtures.partner(partnerName, "EQUIPMENT_MAKER");
        publishedA = fixtures.offer(partnerId, "LABEL_PRINTER", "Imprimante d'étiquettes A", "249.90", "PUBLISHED");
        publishedB = fixtures.offer(partnerId, "LABEL_PRINTER", "Imprimante d'étiquettes B", "399.00", "PUBLISHED");
        draft = fixtures.offer(partnerId, "LABEL_PRINTER", "Brouillon jamais publié", "10.00", "DRAFT");
        userCode = Fixtures.unique("P-API");
        fixtures.account(userCode, "Mot-de-passe-API-1", "PARTNER", partnerId);
    }

    @Test
    void theOfferPageShowsAPartnersDescriptionSanitised() throws Exception {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        long offer = fixtures.offer(partnerId, "LABEL_PRINTER", "Offre au texte piégé", "12.00", "PUBLISHED");
        fixtures.describe(offer, "Première ligne <b>en gras</b><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">lien</a>\nSeconde ligne");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("offre.xhtml?id=" + offer))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Première ligne <b>en gras</b>"), "the allowed markup stays");
        assertTrue(body.contains("Seconde ligne"), body);
        assertFalse(body.contains("alert('x')"), "no script from a partner reaches a visitor");
        assertFalse(body.contains("javascript:alert"), "no javascript: link");
        assertFalse(body.contains("onclick"), "no event handler");
    }

    @Test
    void listsTheWholeCategoryTreeInOrder() throws Exception {
        HttpResponse<String> response = get("api/v1/categories");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", mediaType(response));
        JsonArray categories = json(response).asJsonArray();
        assertEquals(28, categories.size());
        JsonObject first = categories.getJsonObject(0);
        assertEquals("PC_DESKTOP", first.getString("code"));
        assertEquals("PC de bureau", first.getString("name"));
        assertEquals("EQUIPMENT", first.getString("family"));
        Set<String> families = categories.stream().map(c -> c.asJsonObject().getString("family")).collect(Collectors.toSet());
        assertEquals(Set.of("EQUIPMENT", "TELECOM", "INTERNET", "SERVICE_PROVIDER"), families);
        assertEquals("COMPETENCE_CENTRE_IT_TELECOM", categories.getJsonObject(27).getString("code"));
    }

    @Test
    void listsPublishedOffersOfACategoryButNeverDrafts() throws Exception {
        SearchIndexProbe.reconcile(base); // the fixtures were written in SQL, around the services
        HttpResponse<String> response = get("api/v1/offers?category=LABEL_PRINTER&size=100");
        assertEquals(200, response.statusCode());
        JsonObject page = json(response).asJsonObject();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().allMatch(o -> o.getString("category").equals("LABEL_PRINTER")));
        List<Long> ids = items.stream().map(o -> o.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.containsAll(List.of(publishedA, publishedB)), ids::toString);
        assertFalse(ids.contains(draft));
        assertEquals(page.getJsonNumber("total").longValue(), items.size());

        JsonObject a = items.stream().filter(o -> o.getJsonNumber("id").longValue() == publishedA).findFirst().orElseThrow();
        assertEquals("Imprimante d'étiquettes A", a.getString("title"));
        assertEquals(partnerId, a.getJsonObject("partner").getJsonNumber("id").longValue());
        assertEquals(partnerName, a.getJsonObject("partner").getString("name"));
        assertEquals("249.90", a.getJsonNumber("priceExclVat").bigDecimalValue().setScale(2).toPlainString());
    }

    @Test
    void pagesThroughOffers() throws Exception {
        SearchIndexProbe.reconcile(base);
        JsonObject first = json(get("api/v1/offers?page=0&size=1")).asJsonObject();
        assertEquals(0, first.getInt("page"));
        assertEquals(1, first.getInt("size"));
        assertEquals(1, first.getJsonArray("items").size());
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total >= 2);
        JsonObject second = json(get("api/v1/offers?page=1&size=1")).asJsonObject();
        assertTrue(first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()
                != second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject beyond = json(get("api/v1/offers?page=100000&size=100")).asJsonObject();
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(total, beyond.getJsonNumber("total").longValue());
    }

    @Test
    void readsOnePublishedOffer() throws Exception {
        HttpResponse<String> response = get("api/v1/offers/" + publishedB);
        assertEquals(200, response.statusCode());
        JsonObject offer = json(response).asJsonObject();
        assertEquals(publishedB, offer.getJsonNumber("id").longValue());
        assertEquals("Imprimante d'étiquettes B", offer.getString("title"));
        assertEquals("LABEL_PRINTER", offer.getString("category"));
        assertEquals("Imprimante d'étiquettes", offer.getString("categoryName"));
        assertEquals("Description de « Imprimante d'étiquettes B ».", offer.getString("description"));
        assertNotNull(Instant.parse(offer.getString("publishedAt")));
    }

    @Test
    void anUnknownOrUnpublishedOfferIsA404Problem() throws Exception {
        assertProblem(get("api/v1/offers/" + draft), 404, null);
        assertProblem(get("api/v1/offers/999999999"), 404, null);
        assertProblem(get("api/v1/offers/abc"), 404, null);
        assertProblem(get("api/v1/nothing-here"), 404, null);
    }

    @Test
    void aBadParameterIsA400ProblemNamingIt() throws Exception {
        JsonObject problem = assertProblem(get("api/v1/offers?page=abc"), 400, "page");
        assertEquals("« abc » n'est pas un nombre entier.", problem.getString("detail"));
        assertProblem(get("api/v1/offers?page=-1"), 400, "page");
        assertProblem(get("api/v1/offers?size=0"), 400, "size");
        assertProblem(get("api/v1/offers?size=101"), 400, "size");
        JsonObject category = assertProblem(get("api/v1/offers?category=TOASTER"), 400, "category");
        assertEquals("Catégorie inconnue : « TOASTER ».", category.getString("detail"));
    }

    @Test
    void issuesATokenForValidCredentials() throws Exception {
        HttpResponse<String> response = post("api/v1/auth/token",
                "{\"userCode\":\"" + userCode + "\",\"password\":\"Mot-de-passe-API-1\"}");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject token = json(response).asJsonObject();
        assertTrue(token.getString("token").length() >= 40);
        assertTrue(Instant.parse(token.getString("expiresAt")).isAfter(Instant.now()));
        assertFalse(response.body().contains("Mot-de-passe"));
    }

    @Test
    void aTokenStandsForItsAccountUntilItIsDisabled() throws Exception {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String holder = Fixtures.unique("P-TOK");
        fixtures.account(holder, "Mot-de-passe-TOK-1", "PARTNER", partnerId);
        String token = json(post("api/v1/auth/token",
                "{\"userCode\":\"" + holder + "\",\"password\":\"Mot-de-passe-TOK-1\"}")).asJsonObject().getString("token");

        HttpResponse<String> me = get("api/v1/auth/me", token);
        assertEquals(200, me.statusCode(), me.body());
        JsonObject caller = json(me).asJsonObject();
        assertEquals(holder, caller.getString("userCode"));
        assertEquals("PARTNER", caller.getString("role"));
        assertEquals(partnerId, caller.getJsonNumber("partnerId").longValue());

        fixtures.disable(holder);
        assertProblem(get("api/v1/auth/me", token), 401, null);
    }

    @Test
    void aProtectedResourceRefusesMissingOrForgedTokens() throws Exception {
        HttpResponse<String> none = get("api/v1/auth/me");
        assertProblem(none, 401, null);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(get("api/v1/auth/me", "forged-token-that-was-never-issued"), 401, null);
    }

    @Test
    void readsTheSpecificationInForceWithItsHistory() throws Exception {
        HttpResponse<String> response = get("api/v1/categories/PC_DESKTOP/specification");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject specification = json(response).asJsonObject();
        assertEquals("PC_DESKTOP", specification.getString("category"));
        assertEquals(2, specification.getInt("version"));
        assertEquals("2026-10-01", specification.getString("effectiveDate"));
        List<JsonObject> criteria = specification.getJsonArray("criteria").getValuesAs(JsonObject.class);
        JsonObject memory = criteria.stream().filter(c -> c.getString("key").equals("memory")).findFirst().orElseThrow();
        assertEquals("MIN", memory.getString("type"));
        assertEquals("Go", memory.getString("unit"));
        assertEquals(16, memory.getJsonNumber("min").intValue());
        assertTrue(memory.getBoolean("mandatory"));
        assertFalse(memory.getString("explanation").isBlank(), "every criterion is explained (R13)");

        JsonArray history = json(get("api/v1/categories/PC_DESKTOP/specification/versions")).asJsonArray();
        assertEquals(2, history.size());
        assertEquals(2, history.getJsonObject(0).getInt("version"));
        assertEquals("PUBLISHED", history.getJsonObject(0).getString("status"));
        assertEquals("SUPERSEDED", history.getJsonObject(1).getString("status"));

        JsonObject first = json(get("api/v1/categories/PC_DESKTOP/specification/versions/1")).asJsonObject();
        assertEquals(1, first.getInt("version"));
        assertEquals("SUPERSEDED", first.getString("status"));
        assertEquals(8, first.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals("memory")).findFirst().orElseThrow().getJsonNumber("min").intValue());
    }

    @Test
    void anUnknownSpecificationIsA404Problem() throws Exception {
        assertProblem(get("api/v1/categories/TOASTER/specification"), 404, null);
        assertProblem(get("api/v1/categories/PC_DESKTOP/specification/versions/99"), 404, null);
        assertProblem(post("api/v1/conformance/check", "{\"category\":\"TOASTER\"}"), 404, null);
    }

    @Test
    void explainsExactlyWhyAnOfferFails() throws Exception {
        HttpResponse<String> response = post("api/v1/conformance/check", """
                {"category":"PC_DESKTOP","attributes":{"memory":"8 Go","storage":1000,"processor_frequency":"3,2 GHz",
                 "colour":"noir"}}""");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject verdict = json(response).asJsonObject();
        assertFalse(verdict.getBoolean("conforming"));
        assertEquals("PC_DESKTOP", verdict.getString("category"));
        assertEquals(2, verdict.getInt("version"));
        List<JsonObject> results = verdict.getJsonArray("results").getValuesAs(JsonObject.class);
        JsonObject memory = results.stream().filter(r -> r.getString("key").equals("memory")).findFirst().orElseThrow();
        assertEquals("FAIL", memory.getString("status"));
        assertTrue(memory.getString("message").contains("8 Go") && memory.getString("message").contains("16 Go"),
                memory.getString("message"));
        assertEquals("PASS", results.stream().filter(r -> r.getString("key").equals("storage")).findFirst().orElseThrow()
                .getString("status"));
        assertEquals("PASS", results.stream().filter(r -> r.getString("key").equals("processor_frequency")).findFirst()
                .orElseThrow().getString("status"));
        assertTrue(results.stream().anyMatch(r -> r.getString("status").equals("MISSING")));
        assertEquals(List.of("colour"), verdict.getJsonArray("unknownAttributes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
    }

    @Test
    void aCheckWithAValueOfTheWrongTypeIsA400NamingTheField() throws Exception {
        assertProblem(post("api/v1/conformance/check", "{\"category\":\"PC_DESKTOP\",\"attributes\":{\"memory\":{}}}"),
                400, "attributes.memory");
        assertProblem(post("api/v1/conformance/check",
                "{\"category\":\"ADVISER\",\"pricing\":{\"price_per_service\":{\"amount\":\"cher\"}}}"),
                400, "pricing.price_per_service.amount");
        assertProblem(post("api/v1/conformance/check", "{\"attributes\":{}}"), 400, "category");
        assertProblem(post("api/v1/conformance/check", "[1,2]"), 400, null);
    }

    @Test
    void refusesWrongCredentialsAlike() throws Exception {
        JsonObject wrongPassword = assertProblem(post("api/v1/auth/token",
                "{\"userCode\":\"" + userCode + "\",\"password\":\"wrong\"}"), 401, null);
        JsonObject unknownUser = assertProblem(post("api/v1/auth/token",
                "{\"userCode\":\"nobody-here\",\"password\":\"wrong\"}"), 401, null);
        // Same answer whether the account exists or not: no way to probe for user codes.
        assertEquals(wrongPassword.getString("detail"), unknownUser.getString("detail"));
    }

    @Test
    void refusesADisabledAccount() throws Exception {
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String disabled = Fixtures.unique("P-OFF");
        fixtures.account(disabled, "Mot-de-passe-OFF-1", "PARTNER", partnerId);
        fixtures.disable(disabled);
        assertProblem(post("api/v1/auth/token", "{\"userCode\":\"" + disabled + "\",\"password\":\"Mot-de-passe-OFF-1\"}"),
                401, null);
    }

    @Test
    void aMalformedTokenRequestIsA400Problem() throws Exception {
        assertProblem(post("api/v1/auth/token", "{\"userCode\":\"" + userCode + "\"}"), 400, "password");
        assertProblem(post("api/v1/auth/token", "{\"password\":\"x\"}"), 400, "userCode");
        assertProblem(post("api/v1/auth/token", "{not json"), 400, null);
        assertProblem(post("api/v1/auth/token", ""), 400, null);
    }

    @Test
    void reportsTheDatabaseInTheReadinessProbe() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(root().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject health = json(response).asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getString("product").startsWith("MariaDB"));
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(root().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/offers"), response.body());
        assertTrue(response.body().contains("/api/v1/categories"));
        assertTrue(response.body().contains("/api/v1/auth/token"));
    }

    private JsonObject assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", mediaType(response));
        JsonObject problem = json(response).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        if (field != null) {
            assertEquals(field, problem.getString("field"));
        }
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
        return problem;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's root: the health and OpenAPI endpoints are not under the application's path. */
    private URI root() throws Exception {
        return base.toURI().resolve("/");
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static JsonValue json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonStructure value = reader.read();
            return value;
        }
    }
}
