package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.geo.NearbyProviders;
import fr.catalogue.geo.ProviderCard;
import fr.catalogue.need.InternetAccess;
import fr.catalogue.need.NeedAnswers;
import fr.catalogue.need.Needs;
import fr.catalogue.need.Selection;
import fr.catalogue.search.OfferHit;
import fr.catalogue.search.SearchIndex;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Inside the server: providers nearby by postcode, département and town, the département's first,
 * never a withdrawn partner (R25); a need stored, found again by its kept link and changed (R28);
 * the open data files and the change feed hold the public catalogue only; pages and refusals in French.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class NeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    private NearbyProviders nearby;

    @Inject
    private Needs needs;

    @Inject
    private SearchIndex index;

    private Fixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(NeedIT.class, TestDatabase.class, Fixtures.class, CurrentExchange.class,
                MovableClock.class);
    }

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.insideServer();
        MovableClock.reset();
    }

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    @Test
    void nearbyByPostcodeDepartmentOrTownListsTheDepartmentsProvidersThenTheNeighboursButNeverAWithdrawnOne() {
        String town = Fixtures.unique("Mendé");
        long centre = partner("Centre Lozère", "COMPETENCE_CENTRE_IT", town, "48000", "GRANTED");
        long adviser = partner("Conseil Lozère", "ADVISER", town, "48000", "WARNED");
        long neighbour = partner("Centre Aveyron", "COMPETENCE_CENTRE_TELECOM", "Rodez", "12000", "GRANTED");
        long withdrawn = partner("Conseil retiré", "ADVISER", town, "48000", "WITHDRAWN");
        long maker = partner("Fabricant Lozère", "EQUIPMENT_MAKER", town, "48000", "GRANTED");
        long corsica = partner("Conseil Corse", "ADVISER", "Ajaccio", "20000", "GRANTED");

        for (String where : List.of("48000", "48", "Lozère", "LOZERE", town.toUpperCase().replace('É', 'E'))) {
            List<Long> ids = nearby.near(where).stream().map(ProviderCard::partnerId).toList();
            assertTrue(ids.contains(centre) && ids.contains(adviser) && ids.contains(neighbour), where + ": " + ids);
            assertTrue(ids.indexOf(centre) < ids.indexOf(neighbour), "the département's centre before its neighbours'");
            assertTrue(ids.indexOf(adviser) < ids.indexOf(neighbour), "the département's adviser before its neighbours'");
            assertFalse(ids.contains(withdrawn), "a withdrawn partner is never listed");
            assertFalse(ids.contains(maker), "only competence centres and advisers");
            assertFalse(ids.contains(corsica), "Corsica is no neighbour of Lozère");
        }
        ProviderCard card = nearby.near("48000").stream().filter(c -> c.partnerId() == centre).findFirst().orElseThrow();
        assertTrue(card.sameDepartment());
        assertEquals("/partenaire.xhtml?id=" + centre, card.link());
        assertEquals("Centre de compétences TPE informatique", card.kindLabel());

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> nearby.near("Trifouilly-les-Oies-" + UUID.randomUUID()));
        assertTrue(unknown.getMessage().contains("code postal"), unknown.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> nearby.near("Corse")).getMessage()
                .contains("Plusieurs départements"));

        JsonObject json = Json.createReader(new StringReader(get("api/v1/providers/nearby?where=48000", 200).body()))
                .readObject();
        assertEquals("48", json.getString("department"));
        assertTrue(json.getJsonArray("neighbours").toString().contains("\"12\""));
        List<Long> apiIds = json.getJsonArray("providers").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
        assertTrue(apiIds.indexOf(centre) >= 0 && apiIds.indexOf(centre) < apiIds.indexOf(neighbour), apiIds.toString());
        assertFalse(apiIds.contains(withdrawn));
        HttpResponse<String> refused = get("api/v1/providers/nearby?where=Atlantide", 400);
        assertEquals("application/problem+json", contentType(refused));
        assertTrue(refused.body().contains("Nous ne connaissons pas"), refused.body());
        assertTrue(refused.body().contains("\"field\":\"where\""), refused.body());

        String page = get("pres-de-chez-vous.xhtml?ou=48000", 200).body();
        assertTrue(page.contains("lang=\"fr\""));
        assertTrue(page.contains("Autour de Lozère (48)"), page);
        assertTrue(page.contains("partenaire.xhtml?id=" + centre));
        assertFalse(page.contains("partenaire.xhtml?id=" + withdrawn + "\""));
        String refusedPage = get("pres-de-chez-vous.xhtml?ou=" + enc("Trifouilly-" + UUID.randomUUID()), 200).body();
        assertTrue(refusedPage.contains("Nous ne connaissons pas"), refusedPage);
    }

    @Test
    void aNeedIsStoredItsKeptLinkBringsTheSelectionBackAndChangedAnswersUpdateIt() throws Exception {
        String town = Fixtures.unique("Florac");
        long centre = partner("Centre Florac", "COMPETENCE_CENTRE_IT_TELECOM", town, "48400", "GRANTED");
        long local = partner("Fabricant Florac", "EQUIPMENT_MAKER", town, "48400", "GRANTED");
        long far = partner("Fabricant Paris", "EQUIPMENT_MAKER", "Paris", "75001", "GRANTED");
        long gone = partner("Fabricant retiré", "EQUIPMENT_MAKER", town, "48400", "WITHDRAWN");
        long localOffer = fixtures.offer(local, "PC_DESKTOP", Fixtures.unique("PC Florac"), "0.02", "PUBLISHED");
        long farOffer = fixtures.offer(far, "PC_DESKTOP", Fixtures.unique("PC Paris"), "0.01", "PUBLISHED");
        long goneOffer = fixtures.offer(gone, "PC_DESKTOP", Fixtures.unique("PC retiré"), "0.00", "PUBLISHED");
        index.reconcile(); // the offers were written in SQL: the search learns them now
        String email = Fixtures.unique("tpe") + "@exemple.fr";

        String code = needs.create(new NeedAnswers(2, InternetAccess.NONE, false, false, new BigDecimal("2000"), town),
                email, "192.0.2." + UUID.randomUUID());
        assertTrue(code.matches("[A-Za-z0-9_-]{22}"), code);
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM need WHERE code_hash = ?", code), "only the hash is stored");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body LIKE ?",
                email, "%ma-selection.xhtml?code=" + code + "%"), "the link is e-mailed through the outbox");

        Selection selection = needs.selection(code);
        assertEquals("48", selection.place().department().code());
        assertEquals(List.of("workstations", "network"), selection.parts().stream().map(p -> p.need().key()).toList());
        List<Long> offers = selection.parts().get(0).offers().stream().map(OfferHit::id).toList();
        assertTrue(offers.contains(localOffer), offers.toString());
        assertFalse(offers.contains(goneOffer), "never an offer of a withdrawn partner");
        if (offers.contains(farOffer)) {
            assertTrue(offers.indexOf(localOffer) < offers.indexOf(farOffer), "the département's offer first");
        }
        assertTrue(selection.providers().stream().anyMatch(p -> p.partnerId() == centre));
        assertEquals(selection.parts(), needs.selection(code).parts(), "the kept link brings the same selection back");

        String page = get("ma-selection.xhtml?code=" + code, 200).body();
        assertTrue(page.contains("lang=\"fr\""));
        assertTrue(page.contains("Gardez ce lien"), page);
        assertTrue(page.contains("ma-selection.xhtml?code=" + code));
        assertTrue(page.contains("offre.xhtml?id=" + localOffer), page);
        assertTrue(page.contains("partenaire.xhtml?id=" + centre));
        String form = get("mon-besoin.xhtml?code=" + code, 200).body();
        assertTrue(form.contains("Modifier mon besoin") && form.contains(town), "the form shows the stored answers");

        MovableClock.advance(Duration.ofDays(3));
        needs.change(code, new NeedAnswers(0, InternetAccess.FIXED, true, false, null, "12000"));
        Selection changed = needs.selection(code);
        assertEquals("12", changed.place().department().code());
        assertEquals(List.of("internet", "website"), changed.parts().stream().map(p -> p.need().key()).toList());
        assertTrue(changed.updatedAt().isAfter(selection.updatedAt()));
        assertEquals(selection.createdAt(), changed.createdAt());

        assertThrows(ResourceNotFoundException.class, () -> needs.selection("AAAAAAAAAAAAAAAAAAAAAA"));
        assertThrows(ResourceNotFoundException.class, () -> needs.selection("pas-un-code"));
        assertTrue(get("ma-selection.xhtml?code=AAAAAAAAAAAAAAAAAAAAAA", 404).body()
                .contains("Ce lien ne correspond à aucun besoin enregistré"));
        assertEquals("lieu", assertThrows(InvalidInputException.class, () -> needs.create(
                new NeedAnswers(1, InternetAccess.NONE, false, false, null, "Atlantide-" + UUID.randomUUID()), null, null))
                .field());
        assertEquals("courriel", assertThrows(InvalidInputException.class, () -> needs.create(
                new NeedAnswers(1, InternetAccess.NONE, false, false, null, "48000"), "pas une adresse", null)).field());
        String empty = get("mon-besoin.xhtml", 200).body();
        assertTrue(empty.contains("Décrire mon besoin") && empty.contains("lang=\"fr\""));
    }

    @Test
    void theGuidedFormRefusesBadAnswersInFrenchThenStoresTheNeedAndShowsItsSelection() {
        String town = Fixtures.unique("Marvejols");
        long centre = partner("Centre Marvejols", "COMPETENCE_CENTRE_IT", town, "48100", "GRANTED");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> empty = send(browser, HttpRequest.newBuilder(page("mon-besoin.xhtml")).build());

        HttpResponse<String> refused = post(browser, empty.body(), "trois", town);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Le nombre de postes de travail doit être un nombre entier"), refused.body());
        HttpResponse<String> unknownPlace = post(browser, refused.body(), "2", "Atlantide-" + UUID.randomUUID());
        assertTrue(unknownPlace.body().contains("indiquez le code postal"), unknownPlace.body());

        HttpResponse<String> selection = post(browser, unknownPlace.body(), "2", town);
        assertEquals(200, selection.statusCode());
        assertTrue(selection.uri().toString().contains("ma-selection.xhtml?code="), selection.uri().toString());
        assertTrue(selection.body().contains("Gardez ce lien"), selection.body());
        assertTrue(selection.body().contains("partenaire.xhtml?id=" + centre));
        String code = selection.uri().getQuery().replace("code=", "");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM need WHERE code_hash = SHA2(?, 256)", code));
    }

    /** Submits the need form found in {@code formPage} (its view state) with these answers. */
    private static HttpResponse<String> post(HttpClient browser, String formPage, String workstations, String place) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(formPage);
        assertTrue(state.find(), formPage);
        String body = String.join("&", "need=need", "need%3Apostes=" + enc(workstations), "need%3Ainternet=FIXED",
                "need%3Asite=on", "need%3Abudget=" + enc("3 000"), "need%3Alieu=" + enc(place), "need%3Acourriel=",
                "need%3Asubmit=" + enc("Voir ma sélection"), "jakarta.faces.ViewState=" + enc(state.group(1)));
        return send(browser, HttpRequest.newBuilder(page("mon-besoin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static URI page(String path) {
        HttpServletRequest request = CurrentExchange.request();
        return URI.create(request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/" + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOpenDataFilesHoldThePublicCatalogueOnlyAndTheFeedListsAddedAndWithdrawnOffers() throws Exception {
        Instant start = Instant.now().minusSeconds(60);
        long granted = partner("Opérateur ouvert", "TELECOM_OPERATOR", "Brest", "29200", "GRANTED");
        long withdrawnPartner = partner("Opérateur retiré", "TELECOM_OPERATOR", "Brest", "29200", "WITHDRAWN");
        String title = Fixtures.unique("=Forfait ouvert; \"pro\"");
        long shown = fixtures.offer(granted, "TELECOM_SERVICE", title, "19.90", "PUBLISHED");
        String hiddenTitle = Fixtures.unique("Forfait caché");
        long hidden = fixtures.offer(withdrawnPartner, "TELECOM_SERVICE", hiddenTitle, "9.90", "PUBLISHED");
        long withdrawnOffer = fixtures.offer(granted, "TELECOM_SERVICE", Fixtures.unique("Forfait retiré"), "5.00",
                "WITHDRAWN");
        Instant now = Instant.now();
        version(shown, title, now, null);
        version(withdrawnOffer, "Forfait retiré", now.minusSeconds(30), now);

        HttpResponse<String> csv = get("api/v1/opendata/offers.csv", 200);
        assertEquals("text/csv", contentType(csv));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"offres-catalogue.csv\""));
        assertEquals('\uFEFF', csv.body().charAt(0));
        assertTrue(csv.body().contains("\r\n" + shown + ";\"'" + title.replace("\"", "\"\"") + "\";"), "escaped and defused");
        assertTrue(csv.body().contains(";19,90;" + granted + ";"), "decimal comma");
        assertFalse(csv.body().contains(hiddenTitle), "never an offer of a withdrawn partner");
        assertFalse(csv.body().contains("\r\n" + withdrawnOffer + ";"));

        HttpResponse<String> jsonFile = get("api/v1/opendata/offers.json", 200);
        assertTrue(jsonFile.headers().firstValue("Content-Disposition").orElse("").contains("offres-catalogue.json"));
        try (JsonReader reader = Json.createReader(new StringReader(jsonFile.body()))) {
            JsonObject document = reader.readObject();
            assertTrue(document.getString("licence").startsWith("Licence Ouverte"));
            JsonArray offers = document.getJsonArray("offres");
            List<Long> ids = offers.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue())
                    .toList();
            assertTrue(ids.contains(shown));
            assertFalse(ids.contains(hidden));
            JsonObject offer = offers.getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("id").longValue() == shown).findFirst().orElseThrow();
            assertEquals(title, offer.getString("titre"));
            assertEquals(new BigDecimal("19.90"), offer.getJsonNumber("prix_ht_eur").bigDecimalValue());
            assertEquals("29", offer.getString("departement"));
            assertTrue(offer.getString("url").endsWith("/offre.xhtml?id=" + shown));
            assertNotEquals(JsonValue.NULL, offer.get("publiee_le"));
        }

        HttpResponse<String> feed = get("api/v1/opendata/feed.atom?limit=500&since=" + enc(start.toString()), 200);
        assertEquals("application/atom+xml", contentType(feed));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(feed.body())));
        assertEquals(ATOM, atom.getDocumentElement().getNamespaceURI());
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        boolean added = false;
        boolean withdrawn = false;
        for (int i = 0; i < entries.getLength(); i++) {
            String id = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
            added |= id.endsWith("offre.xhtml?id=" + shown + "#added-" + versionId(shown));
            withdrawn |= id.endsWith("offre.xhtml?id=" + withdrawnOffer + "#withdrawn-" + versionId(withdrawnOffer));
        }
        assertTrue(added, feed.body());
        assertTrue(withdrawn, feed.body());
        HttpResponse<String> badFeed = get("api/v1/opendata/feed.atom?since=hier", 400);
        assertEquals("application/problem+json", contentType(badFeed));
        assertTrue(badFeed.body().contains("n'est pas valide"), badFeed.body());

        String page = get("donnees-ouvertes.xhtml", 200).body();
        assertTrue(page.contains("lang=\"fr\""));
        assertTrue(page.contains("type=\"application/atom+xml\""), "the feed is announced in the page head");
        assertTrue(page.contains("Licence Ouverte / Open Licence 2.0"));
    }

    private long partner(String name, String kind, String town, String postcode, String labelStatus) {
        long id = fixtures.partner(Fixtures.unique(name), kind);
        fixtures.execute("UPDATE partner SET town = ?, postcode = ?, label_status = ? WHERE id = ?", town, postcode,
                labelStatus, id);
        return id;
    }

    /** A published version of an offer as OfferEditing records it (R14), closed at {@code until} if given. */
    private void version(long offerId, String title, Instant publishedAt, Instant until) {
        fixtures.execute("""
                INSERT INTO offer_version (offer_id, number, published_at, valid_until, spec_version, category_code, title,
                                           description, price_excl_vat, content)
                VALUES (?, 1, ?, ?, 1, 'TELECOM_SERVICE', ?, 'Description', 1.00, '{}')""",
                offerId, Timestamp.from(publishedAt), until == null ? null : Timestamp.from(until), title);
    }

    private long versionId(long offerId) {
        return fixtures.number("SELECT id FROM offer_version WHERE offer_id = ? AND number = 1", offerId);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    /** A GET from inside the server, as any visitor, expecting {@code status}. */
    private static HttpResponse<String> get(String path, int status) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(page(path)).build());
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return response;
    }
}
