package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.demo.DemoAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in security over HTTP, against the packaged WAR on Payara Micro and a real MariaDB:
 * throttling (API 429 with Retry-After, the page's explanation), forced password change (R7),
 * reset links by e-mail (single use, expiring), session cookie flags, the API refusing the session
 * cookie, JSF posts refused without their view state, and the audit trail of it all.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class SecurityIT {

    private static final HttpClient API = HttpClient.newHttpClient();
    private static final Pattern RESET_LINK = Pattern.compile("reinitialiser\\.xhtml\\?jeton=([A-Za-z0-9_-]+)");

    private static Fixtures fixtures;
    private static long partnerId;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void data() {
        fixtures = new Fixtures(TestDatabase.address());
        partnerId = fixtures.partner(Fixtures.unique("Sécurité Armor"), "EQUIPMENT_MAKER");
    }

    // --- throttling ---

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String userCode = Fixtures.unique("P-LOCK");
        long id = fixtures.account(userCode, "Bon-Mot-de-passe-1", "PARTNER", partnerId);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(userCode, "mauvais-" + i).statusCode());
        }
        HttpResponse<String> fifth = token(userCode, "mauvais-5");
        assertLocked(fifth);
        HttpResponse<String> sixth = token(userCode, "Bon-Mot-de-passe-1");
        assertLocked(sixth);
        assertTrue(json(sixth).getString("detail").contains("Mot de passe oublié"), sixth.body());

        // The sign-in page says until when, and how to get out of it.
        Browser browser = new Browser();
        HttpResponse<String> page = browser.signIn(userCode, "Bon-Mot-de-passe-1");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.uri().toString());
        assertTrue(page.body().contains("bloquée jusqu&#39;à") || page.body().contains("bloquée jusqu'à"), page.body());
        assertTrue(page.body().contains("contacter le Ministère"));
        assertTrue(page.body().contains("mot-de-passe-oublie.xhtml"));

        assertEquals(5, audited(id, "LOGIN_FAILED"));
        assertEquals(1, audited(id, "LOCKED"));
        assertEquals(2, audited(id, "LOGIN_REFUSED_LOCKED"));
        assertEquals(0, audited(id, "LOGIN"));
    }

    @Test
    void anUnknownUserCodeIsThrottledLikeAKnownOne() throws Exception {
        String unknown = Fixtures.unique("P-NOBODY");
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(unknown, "mauvais-" + i).statusCode());
        }
        assertLocked(token(unknown, "mauvais-5"));
        // Counted under the hash of the user code: what was typed is not stored in clear.
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM sign_in_attempt WHERE user_code_hash = ?",
                sha256(unknown.toLowerCase())));
    }

    @Test
    void aSuccessClearsTheFailuresAndIsAudited() throws Exception {
        String userCode = Fixtures.unique("P-OK");
        long id = fixtures.account(userCode, "Bon-Mot-de-passe-2", "PARTNER", partnerId);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(userCode, "mauvais-" + i).statusCode());
        }
        assertEquals(200, token(userCode, "Bon-Mot-de-passe-2").statusCode());
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(userCode, "encore-" + i).statusCode(), "counting started again after the success");
        }
        assertEquals(1, audited(id, "LOGIN"));
        assertEquals(8, audited(id, "LOGIN_FAILED"));
    }

    // --- demo accounts ---

    @Test
    void demoAccountsSignInWithTheirDocumentedPasswordsAndNoForcedChange() throws Exception {
        Map<String, String[]> demo = new LinkedHashMap<>();
        demo.put(DemoAccounts.ADMIN_USER_CODE, new String[] {DemoAccounts.ADMIN_PASSWORD, "ADMIN", DemoAccounts.ADMIN_EMAIL});
        demo.put(DemoAccounts.REVIEWER_USER_CODE,
                new String[] {DemoAccounts.REVIEWER_PASSWORD, "REVIEWER", DemoAccounts.REVIEWER_EMAIL});
        demo.put(DemoAccounts.PARTNER_1_USER_CODE,
                new String[] {DemoAccounts.PARTNER_1_PASSWORD, "PARTNER", DemoAccounts.PARTNER_1_EMAIL});
        for (Map.Entry<String, String[]> account : demo.entrySet()) {
            String[] v = account.getValue();
            if (fixtures.number("SELECT COUNT(*) FROM account WHERE user_code = ?", account.getKey()) == 0) {
                fixtures.account(account.getKey(), v[0], v[1], "PARTNER".equals(v[1]) ? partnerId : null, v[2], false);
            }
            String token = json(token(account.getKey(), v[0])).getString("token");
            assertEquals(200, get("api/v1/categories", token).statusCode(), account.getKey());
        }
        HttpResponse<String> landed = new Browser().signIn(DemoAccounts.PARTNER_1_USER_CODE, DemoAccounts.PARTNER_1_PASSWORD);
        assertTrue(landed.uri().getPath().endsWith("/partner/index.xhtml"), landed.uri().toString());
    }

    // --- forced password change (R7) ---

    @Test
    void anAccountWithAGeneratedPasswordMustChangeItBeforeAnythingElse() throws Exception {
        String userCode = Fixtures.unique("P-NEW");
        long id = fixtures.account(userCode, "Genere-Par-Le-Ministere-1", "PARTNER", partnerId, null, true);
        String oldToken = json(token(userCode, "Genere-Par-Le-Ministere-1")).getString("token");
        assertEquals(200, get("api/v1/auth/me", oldToken).statusCode(), "the auth resources stay open");
        HttpResponse<String> refused = get("api/v1/categories", oldToken);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", mediaType(refused));
        assertTrue(json(refused).getString("detail").contains("mot de passe"), refused.body());

        Browser browser = new Browser();
        Browser elsewhereToo = new Browser();
        elsewhereToo.signIn(userCode, "Genere-Par-Le-Ministere-1");
        HttpResponse<String> landed = browser.signIn(userCode, "Genere-Par-Le-Ministere-1");
        assertTrue(landed.uri().getPath().endsWith("/compte/mot-de-passe.xhtml"), landed.uri().toString());
        assertTrue(landed.body().contains("choisissez-en un nouveau avant de continuer"));
        HttpResponse<String> elsewhere = browser.get("partner/index.xhtml");
        assertTrue(elsewhere.uri().getPath().endsWith("/compte/mot-de-passe.xhtml"), elsewhere.uri().toString());
        assertTrue(browser.get("index.xhtml").uri().getPath().endsWith("/compte/mot-de-passe.xhtml"));

        HttpResponse<String> weak = browser.submit(elsewhere, "password",
                Map.of("current", "Genere-Par-Le-Ministere-1", "new", "court", "confirmation", "court"));
        assertTrue(weak.body().contains("au moins 12 caractères"), weak.body());
        HttpResponse<String> wrongCurrent = browser.submit(weak, "password",
                Map.of("current", "pas-le-bon", "new", "Ker-Ys-sous-la-mer", "confirmation", "Ker-Ys-sous-la-mer"));
        assertTrue(wrongCurrent.body().contains("Le mot de passe actuel est incorrect."), wrongCurrent.body());
        HttpResponse<String> mismatch = browser.submit(wrongCurrent, "password", Map.of("current",
                "Genere-Par-Le-Ministere-1", "new", "Ker-Ys-sous-la-mer", "confirmation", "Ker-Ys-sous-la-mar"));
        assertTrue(mismatch.body().contains("La confirmation ne reprend pas le nouveau mot de passe."), mismatch.body());
        assertEquals("1", fixtures.text("SELECT must_change_password FROM account WHERE id = ?", id));

        HttpResponse<String> changed = browser.submit(mismatch, "password", Map.of("current",
                "Genere-Par-Le-Ministere-1", "new", "Ker-Ys-sous-la-mer", "confirmation", "Ker-Ys-sous-la-mer"));
        assertTrue(changed.body().contains("Votre mot de passe a été changé"), changed.body());
        assertTrue(changed.body().contains("partner/index.xhtml"), "the way on");
        assertEquals("0", fixtures.text("SELECT must_change_password FROM account WHERE id = ?", id));
        HttpResponse<String> free = browser.get("partner/index.xhtml");
        assertTrue(free.uri().getPath().endsWith("/partner/index.xhtml"), free.uri().toString());
        HttpResponse<String> otherSession = elsewhereToo.get("partner/index.xhtml");
        assertTrue(otherSession.uri().getPath().endsWith("/login.xhtml"),
                "a session opened with the old password ends: " + otherSession.uri());

        assertEquals(401, get("api/v1/auth/me", oldToken).statusCode(), "tokens issued before the change are revoked");
        String newToken = json(token(userCode, "Ker-Ys-sous-la-mer")).getString("token");
        assertEquals(200, get("api/v1/categories", newToken).statusCode());

        assertEquals(1, audited(id, "PASSWORD_CHANGE"));
        String after = fixtures.text("SELECT after_state FROM audit_entry WHERE subject_type = 'ACCOUNT' AND subject_id = ? "
                + "AND action = 'PASSWORD_CHANGE'", String.valueOf(id));
        assertTrue(after.contains("\"mustChangePassword\":\"false\""), after);
        assertFalse(after.contains("PBKDF2") || after.contains("Ker-Ys"), "never the password nor its hash: " + after);
        assertEquals(userCode, fixtures.text("SELECT actor FROM audit_entry WHERE subject_type = 'ACCOUNT' "
                + "AND subject_id = ? AND action = 'PASSWORD_CHANGE'", String.valueOf(id)));
    }

    @Test
    void anyoneSignedInMayChangeTheirPasswordFromTheHeader() throws Exception {
        String userCode = Fixtures.unique("R-VOL");
        fixtures.account(userCode, "Relecteur-Actuel-1", "REVIEWER", null);
        Browser browser = new Browser();
        HttpResponse<String> home = browser.signIn(userCode, "Relecteur-Actuel-1");
        assertTrue(home.uri().getPath().endsWith("/reviewer/index.xhtml"), home.uri().toString());
        assertTrue(home.body().contains("compte/mot-de-passe.xhtml"), "a link in the header");
        HttpResponse<String> page = browser.get("compte/mot-de-passe.xhtml");
        assertFalse(page.body().contains("choisissez-en un nouveau avant de continuer"));
        HttpResponse<String> same = browser.submit(page, "password", Map.of("current", "Relecteur-Actuel-1",
                "new", "Relecteur-Actuel-1", "confirmation", "Relecteur-Actuel-1"));
        assertTrue(same.body().contains("doit être différent de l&#39;actuel")
                || same.body().contains("doit être différent de l'actuel"), same.body());
        HttpResponse<String> changed = browser.submit(same, "password", Map.of("current", "Relecteur-Actuel-1",
                "new", "Pointe-du-Raz-29770", "confirmation", "Pointe-du-Raz-29770"));
        assertTrue(changed.body().contains("Votre mot de passe a été changé"), changed.body());
        assertEquals(200, token(userCode, "Pointe-du-Raz-29770").statusCode());
        assertEquals(401, token(userCode, "Relecteur-Actuel-1").statusCode());
    }

    // --- reset by e-mail ---

    @Test
    void aResetLinkUnlocksTheAccountAndWorksOnlyOnce() throws Exception {
        String userCode = Fixtures.unique("P-RST");
        String email = userCode.toLowerCase() + "@example.invalid";
        long id = fixtures.account(userCode, "Oublie-Depuis-Longtemps-1", "PARTNER", partnerId, email, true);
        for (int i = 1; i <= 5; i++) {
            token(userCode, "mauvais-" + i);
        }
        assertLocked(token(userCode, "Oublie-Depuis-Longtemps-1"));

        Browser browser = new Browser();
        HttpResponse<String> known = browser.submit(browser.get("mot-de-passe-oublie.xhtml"), "forgotten",
                Map.of("who", userCode));
        Browser stranger = new Browser();
        HttpResponse<String> unknown = stranger.submit(stranger.get("mot-de-passe-oublie.xhtml"), "forgotten",
                Map.of("who", Fixtures.unique("P-NOBODY")));
        assertTrue(known.body().contains("Si un compte correspond"), known.body());
        assertEquals(answerOf(known), answerOf(unknown), "the same answer whether the account exists or not");

        String first = resetTokenSentTo(email, 1);
        // Asking again by e-mail address sends a new link; the first stops working.
        browser.submit(browser.get("mot-de-passe-oublie.xhtml"), "forgotten", Map.of("who", email));
        String second = resetTokenSentTo(email, 2);
        assertNotEquals(first, second);
        assertTrue(browser.get("reinitialiser.xhtml?jeton=" + first).body().contains("ne fonctionne plus"));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM password_reset WHERE token_hash = ? OR token_hash = ?",
                first, second), "only hashes are stored");

        HttpResponse<String> page = browser.get("reinitialiser.xhtml?jeton=" + second);
        assertFalse(page.body().contains("ne fonctionne plus"), page.body());
        HttpResponse<String> weak = browser.submit(page, "reset", Map.of("new", "azerty", "confirmation", "azerty"));
        assertTrue(weak.body().contains("au moins 12 caractères"), weak.body());
        HttpResponse<String> done = browser.submit(weak, "reset",
                Map.of("new", "Phare-d-Eckmuhl-1897", "confirmation", "Phare-d-Eckmuhl-1897"));
        assertTrue(done.uri().getPath().endsWith("/login.xhtml"), done.uri().toString());
        assertTrue(done.body().contains("connectez-vous avec le nouveau"), done.body());

        assertEquals(200, token(userCode, "Phare-d-Eckmuhl-1897").statusCode(), "unlocked, with the new password");
        assertEquals("0", fixtures.text("SELECT must_change_password FROM account WHERE id = ?", id));
        assertTrue(new Browser().get("reinitialiser.xhtml?jeton=" + second).body().contains("ne fonctionne plus"),
                "a link works once");
        assertEquals(2, audited(id, "PASSWORD_RESET_REQUEST"));
        assertEquals(1, audited(id, "PASSWORD_RESET"));
    }

    @Test
    void anExpiredOrForgedResetLinkIsRefused() throws Exception {
        String userCode = Fixtures.unique("P-EXP");
        long id = fixtures.account(userCode, "Ancien-Mot-de-passe-1", "PARTNER", partnerId, null, false);
        String token = "expired-" + Fixtures.unique("token");
        Instant created = Instant.now().minus(Duration.ofHours(3));
        fixtures.passwordReset(id, sha256(token), created, created.plus(Duration.ofHours(1)));
        assertTrue(new Browser().get("reinitialiser.xhtml?jeton=" + token).body().contains("ne fonctionne plus"));
        assertTrue(new Browser().get("reinitialiser.xhtml?jeton=forged").body().contains("ne fonctionne plus"));
        assertTrue(new Browser().get("reinitialiser.xhtml").body().contains("ne fonctionne plus"));
    }

    // --- cookies and cross-site request forgery ---

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = API.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> session = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(session.isEmpty(), login.headers().map().toString());
        for (String cookie : session) {
            String lower = cookie.toLowerCase();
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=lax"), cookie);
        }
    }

    @Test
    void theApiDoesNotAcceptTheSessionCookie() throws Exception {
        String userCode = Fixtures.unique("P-CKI");
        fixtures.account(userCode, "Mot-de-passe-CKI-1", "PARTNER", partnerId);
        Browser browser = new Browser();
        assertTrue(browser.signIn(userCode, "Mot-de-passe-CKI-1").uri().getPath().endsWith("/partner/index.xhtml"));
        HttpResponse<String> me = browser.get("api/v1/auth/me");
        assertEquals(401, me.statusCode(), "a signed-in browser cannot be made to call the API: " + me.body());
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        String userCode = Fixtures.unique("P-CSRF");
        long id = fixtures.account(userCode, "Mot-de-passe-CSRF-1", "PARTNER", partnerId);
        Browser browser = new Browser();
        browser.signIn(userCode, "Mot-de-passe-CSRF-1");
        String hash = fixtures.text("SELECT password_hash FROM account WHERE id = ?", id);
        // What a forged cross-site form would send: every field but a view state it cannot know.
        browser.post("compte/mot-de-passe.xhtml", Map.of("password", "password",
                "password:current", "Mot-de-passe-CSRF-1", "password:new", "Choisi-Par-L-Attaquant-1",
                "password:confirmation", "Choisi-Par-L-Attaquant-1", "password:submit", "",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
        assertEquals(hash, fixtures.text("SELECT password_hash FROM account WHERE id = ?", id));
        assertEquals(0, audited(id, "PASSWORD_CHANGE"));
    }

    // --- helpers ---

    private void assertLocked(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("application/problem+json", mediaType(response));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(json(response).getString("detail").contains("bloquée jusqu'à"), response.body());
    }

    private static long audited(long accountId, String action) {
        return fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ACCOUNT' AND subject_id = ? "
                + "AND action = ?", String.valueOf(accountId), action);
    }

    /** The token of the {@code count}-th (and last) reset e-mail sent to an address, read from the outbox. */
    private static String resetTokenSentTo(String email, int count) {
        assertEquals(count, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email));
        String body = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", email);
        assertNotNull(body);
        Matcher link = RESET_LINK.matcher(body);
        assertTrue(link.find(), body);
        assertTrue(body.contains("http://localhost:8080/reinitialiser.xhtml?jeton="), body);
        return link.group(1);
    }

    private static String answerOf(HttpResponse<String> page) {
        Matcher main = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL).matcher(page.body());
        assertTrue(main.find());
        return main.group(1).replaceAll("jakarta.faces.ViewState[^>]*>", "");
    }

    private HttpResponse<String> token(String userCode, String password) throws Exception {
        String body = Json.createObjectBuilder().add("userCode", userCode).add("password", password).build().toString();
        return API.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return API.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser without a browser: cookies, redirects, and JSF forms posted with their view state. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String userCode, String password) throws Exception {
            return submit(get("login.xhtml"), "login", Map.of("userCode", userCode, "password", password));
        }

        /** Posts the form {@code formId} of a page with the given fields (ids inside the form) and its submit button. */
        HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields) throws Exception {
            Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
            assertTrue(form.find(), "no form " + formId + " in " + page.body());
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            assertTrue(state.find(), "no view state in " + page.body());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(formId, formId);
            fields.forEach((id, value) -> values.put(formId + ":" + id, value));
            values.put(formId + ":submit", "");
            values.put("jakarta.faces.ViewState", state.group(1));
            URI action = page.uri().resolve(form.group(1).replace("&amp;", "&"));
            return send(action, values);
        }

        HttpResponse<String> post(String path, Map<String, String> values) throws Exception {
            return send(base.toURI().resolve(path), values);
        }

        private HttpResponse<String> send(URI action, Map<String, String> values) throws Exception {
            String body = values.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(action)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
