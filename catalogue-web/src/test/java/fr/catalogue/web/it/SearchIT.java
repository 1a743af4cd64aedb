package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.search.FacetValue;
import fr.catalogue.search.OfferHit;
import fr.catalogue.search.OfferSearch;
import fr.catalogue.search.SearchIndex;
import fr.catalogue.search.SearchQuery;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.SpecificationRollout;
import fr.catalogue.specification.SpecificationRolloutTimer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search on the server's real index (issue 7, R18), inside the server: the French cases, exact
 * facet counts on this class's own offers (a made-up word in their titles keeps other classes' data
 * out), the index following a publication and a withdrawal as they commit, a partner whose right is
 * withdrawn vanishing from the search and the API and coming back when reinstated, an offer failing
 * the specification brought into force leaving, and the reconciliation picking up rows written
 * around the services.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class SearchIT {

    private static final String CATEGORY = "PC_ULTRAMOBILE";
    private static final String PASSWORD = "Mot-de-passe-de-test-1";

    @Inject
    private OfferSearch search;

    @Inject
    private SearchIndex index;

    @Inject
    private OfferEditing editing;

    @Inject
    private SpecificationRollout rollout;

    @Inject
    private SearchITLabels labels;

    @Inject
    private SpecificationRolloutTimer specifications;

    @Inject
    private SecurityContext security;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(SearchIT.class, SearchITLabels.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class);
    }

    @Test
    void theIndexFollowsTheCatalogueInFrench() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        String word = word();
        specifications.applyDue(); // the seeded versions, which the timer may still be applying since the start
        // a specification of our own in force today: one numeric criterion, a facet once the category is chosen
        int number = (int) fixtures.number("SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?",
                CATEGORY);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long version = fixtures.publishedVersion(CATEGORY, number, today);
        fixtures.minCriterion(version, 1, "search_memory", "Mémoire vive", "Go", "8");
        rollout.apply(version); // supersedes the seeded version: its verdicts no longer hide anything

        long rennes = fixtures.partner(Fixtures.unique("Bureautique Rennaise"), "EQUIPMENT_MAKER");
        long lyon = fixtures.partner(Fixtures.unique("Réseaux du Rhône"), "EQUIPMENT_MAKER");
        fixtures.execute("UPDATE partner SET town = 'Lyon', postcode = '69001' WHERE id = ?", lyon);
        String userRennes = Fixtures.unique("search-r");
        String userLyon = Fixtures.unique("search-l");
        fixtures.account(userRennes, PASSWORD, "PARTNER", rennes);
        fixtures.account(userLyon, PASSWORD, "PARTNER", lyon);

        signInAs(userRennes);
        long o1 = publish("Imprimantes " + word + " du bureau", "Un réseau <b>sans fil</b> intégré.", "450.00", "16 Go");
        long o2 = publish("L'imprimante " + word + " compacte", "Pour les déplacements.", "1200.00", "8 Go");
        signInAs(userLyon);
        long o3 = publish("Portable " + word + " réseau", "Pour l'entreprise.", "899.00", "32 Go");

        // French: plurals, elisions, case, accents, one typo
        for (String text : List.of("imprimantes", "l'imprimante", "IMPRIMANTE", "imprimante", "imprimnte")) {
            assertEquals(Set.of(o1, o2), found(text + " " + word), text);
        }
        assertEquals(Set.of(o1, o3), found("reseau " + word));

        // exact facet counts on our three offers; a facet's counts ignore its own filter
        var all = search.search(SearchQuery.builder().text(word).build());
        assertEquals(3, all.page().total());
        assertEquals(Map.of("35", 2L, "69", 1L), counts(all.facets().get("department")));
        assertEquals(Map.of("53", 2L, "84", 1L), counts(all.facets().get("region")));
        assertEquals(Map.of("250-500", 1L, "500-1000", 1L, "1000-2500", 1L), counts(all.facets().get("price")));
        assertEquals(Map.of(CATEGORY, 3L), counts(all.facets().get("category")));
        assertEquals(Map.of("EQUIPMENT_MAKER", 3L), counts(all.facets().get("kind")));
        assertEquals(Map.of("EQUIPMENT", 3L), counts(all.facets().get("family")));
        var inRennes = search.search(SearchQuery.builder().text(word).department("35").build());
        assertEquals(2, inRennes.page().total());
        assertEquals(Map.of("35", 2L, "69", 1L), counts(inRennes.facets().get("department")));
        assertEquals(Map.of("53", 2L), counts(inRennes.facets().get("region")));
        var memory = search.search(SearchQuery.builder().text(word).category(CATEGORY).build());
        assertEquals(Map.of("8-16", 1L, "16-32", 1L, "32-", 1L), counts(memory.facets().get("criterion.search_memory")));
        assertEquals(Set.of(o3), ids(search.search(SearchQuery.builder().text(word).category(CATEGORY)
                .criterion("search_memory", "32-").build()).page().items()));

        // the API says the same, with French labels
        JsonObject api = api("api/v1/offers?q=" + encode(word) + "&department=35&sort=prix");
        assertEquals(2, api.getInt("total"));
        assertEquals(List.of(o1, o2), api.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList());
        JsonObject ille = api.getJsonObject("facets").getJsonArray("department").getValuesAs(JsonObject.class).stream()
                .filter(value -> value.getString("value").equals("35")).findFirst().orElseThrow();
        assertEquals("Ille-et-Vilaine (35)", ille.getString("label"));
        assertEquals(2, ille.getInt("count"));
        JsonObject problem = api("api/v1/offers?q=" + encode(word) + "&department=999", 400);
        assertEquals("department", problem.getString("field"));

        // a withdrawal leaves at once
        signInAs(userRennes);
        editing.withdraw(o2);
        assertEquals(Set.of(o1, o3), found(word));

        // R18: a partner whose right is withdrawn vanishes from the search and the API, and comes back
        labels.withdraw(rennes);
        assertEquals(Set.of(o3), found(word));
        assertEquals(Set.of(o3), apiIds("api/v1/offers?q=" + encode(word)));
        assertEquals(Set.of(), apiIds("api/v1/offers?partner=" + rennes));
        labels.reinstate(rennes);
        assertEquals(Set.of(o1, o3), found(word));
        assertEquals(Set.of(o1), apiIds("api/v1/offers?partner=" + rennes));

        // a specification brought into force that an offer fails: it leaves (16 Go < 20 Go)
        long stricter = fixtures.publishedVersion(CATEGORY, number + 1, today);
        fixtures.minCriterion(stricter, 1, "search_memory", "Mémoire vive", "Go", "20");
        rollout.apply(stricter).orElseThrow();
        assertEquals(Set.of(o3), found(word));
        var stricterFacets = search.search(SearchQuery.builder().text(word).category(CATEGORY).build());
        assertEquals(Map.of("20-40", 1L), counts(stricterFacets.facets().get("criterion.search_memory")),
                "the facet follows the version in force");

        // rows written around the services are picked up by the reconciliation
        long written = fixtures.offer(lyon, CATEGORY, "Tablette " + word + " écrite en base", "10.00", "PUBLISHED");
        assertEquals(Set.of(o3), found(word));
        index.reconcile();
        assertEquals(Set.of(o3, written), found(word));
    }

    private long publish(String title, String description, String price, String memory) {
        OfferInput input = new OfferInput(CATEGORY, title, description, new BigDecimal(price),
                Map.of("search_memory", memory),
                Map.of("extra_costs", new PriceComponent(BigDecimal.ZERO, null, "Livraison incluse")), Map.of(),
                List.of());
        return editing.saveAndPublish(null, null, input, null).id();
    }

    private Set<Long> found(String text) {
        return ids(search.search(SearchQuery.builder().text(text).build()).page().items());
    }

    private static Set<Long> ids(List<OfferHit> hits) {
        return hits.stream().map(OfferHit::id).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, Long::sum, TreeMap::new));
    }

    /** A made-up word of letters only (the French analysis keeps it whole), no other test's data has. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('k').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Set<Long> apiIds(String path) {
        return api(path).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private static JsonObject api(String path) {
        return api(path, 200);
    }

    private static JsonObject api(String path, int status) {
        HttpServletRequest request = CurrentExchange.request();
        URI uri = URI.create(request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/" + path);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(status, response.statusCode(), response.body());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonValue value = reader.readValue();
                assertTrue(value instanceof JsonObject, response.body());
                return value.asJsonObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }
}
