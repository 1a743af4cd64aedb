package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.contact.ContactForm;
import fr.catalogue.contact.ContactRequests;
import fr.catalogue.contact.ContactRow;
import fr.catalogue.contact.MonthStatistics;
import fr.catalogue.contact.PartnerStatistics;
import fr.catalogue.contact.PublicPartners;
import fr.catalogue.contact.PublishedComment;
import fr.catalogue.contact.RatingLink;
import fr.catalogue.contact.RatingSummary;
import fr.catalogue.contact.Ratings;
import fr.catalogue.contact.ViewStatistics;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reaching a provider (R24), against the packaged WAR on Payara Micro and a real MariaDB. Through
 * the pages and a real SMTP server (GreenMail): a business contacts a provider from an offer, the
 * request is stored, forwarded to the partner and acknowledged to the sender, whose personal link
 * rates the provider once; the pages answer in French. Inside the server, on the services: the
 * average shows only from five ratings; comments are public only once a reviewer publishes them,
 * never when rejected, and a second reviewer is refused; partner B never reads A's requests; the
 * statistics count offer views (one row per month, robots left out) and contact requests.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class ContactIT {

    private static final String PASSWORD = "Mot-de-passe-Contact-1";
    private static final String CATEGORY = "TELECOM_SERVICE";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Pattern TOKEN = Pattern.compile("avis\\.xhtml\\?jeton=([A-Za-z0-9_-]+)");

    @Inject
    private ContactRequests requests;

    @Inject
    private Ratings ratings;

    @Inject
    private ViewStatistics statistics;

    @Inject
    private PublicPartners partners;

    @Inject
    private SecurityContext security;

    @ArquillianResource
    private URL base;

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWithSearchProbe().addClasses(ContactIT.class, ContactIT.WebClient.class, JsfForm.class, TestDatabase.class,
                Fixtures.class, CurrentExchange.class, MovableClock.class);
    }

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    // -- through the pages and the SMTP server ---------------------------------------------------

    @Test
    @RunAsClient
    void aBusinessContactsAProviderFromAnOfferGetsTheAcknowledgementAndRatesOnceThroughItsLink() throws Exception {
        TestMailServer.start(); // the same GreenMail the other classes use, on the port the server was given
        Fixtures fixtures = new Fixtures(TestDatabase.address());
        String partnerName = Fixtures.unique("Fibre des Monts");
        long partner = fixtures.partner(partnerName, "TELECOM_OPERATOR");
        String partnerMail = Fixtures.unique("fibre-monts") + "@example.fr";
        fixtures.partnerContact(partner, null, partnerMail);
        String title = Fixtures.unique("Box fibre pro");
        long offer = fixtures.offer(partner, CATEGORY, title, "39.90", "PUBLISHED");
        SearchIndexProbe.reconcile(base); // the partner's page lists its offers through the search
        String sender = Fixtures.unique("elodie") + "@example.fr";
        WebClient web = new WebClient(base.toString());

        // the offer page: the contact block, and one view counted (a robot's is not)
        HttpResponse<String> offerPage = web.get("offre.xhtml?id=" + offer);
        assertEquals(200, offerPage.statusCode());
        String offerHtml = text(offerPage);
        assertTrue(offerHtml.contains("Contacter ce fournisseur"), offerHtml);
        assertTrue(offerHtml.contains("contact.xhtml?offre=" + offer), offerHtml);
        assertTrue(offerHtml.contains("partenaire.xhtml?id=" + partner), offerHtml);
        assertTrue(offerHtml.contains("Aucun avis pour l'instant"), offerHtml);
        assertEquals(200, web.get("offre.xhtml?id=" + offer, "Mozilla/5.0 (compatible; Googlebot/2.1)").statusCode());
        assertEquals(1, fixtures.number("SELECT views FROM page_view_month WHERE offer_id = ?", offer));

        // the form: refused in French without the consent, then sent
        HttpResponse<String> form = web.get("contact.xhtml?offre=" + offer);
        assertEquals(200, form.statusCode());
        assertTrue(text(form).contains("Contacter " + partnerName), text(form));
        assertTrue(text(form).contains(title), "the offer is named");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Élodie Martin", "email", sender,
                "phone", "01 23 45 67 89", "company", "Boulangerie du Port",
                "message", "Nous cherchons une offre fibre pour trois postes à Rennes."));
        HttpResponse<String> refused = web.submit(form, "contact", "send", fields);
        assertTrue(text(refused).contains("Cochez la case pour accepter que ce fournisseur vous recontacte"), text(refused));
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM contact_request WHERE sender_email = ?", sender));
        fields.put("consent", "on");
        HttpResponse<String> sent = web.submit(refused, "contact", "send", fields);
        long request = fixtures.number("SELECT id FROM contact_request WHERE sender_email = ?", sender);
        assertTrue(text(sent).contains("n° " + request), text(sent));
        assertTrue(text(sent).contains("est transmise au fournisseur"), text(sent));
        assertEquals(partner, fixtures.number("SELECT partner_id FROM contact_request WHERE id = ?", request));
        assertEquals(offer, fixtures.number("SELECT offer_id FROM contact_request WHERE id = ?", request));
        assertEquals(64, fixtures.text("SELECT sender_ip_hash FROM contact_request WHERE id = ?", request).length(),
                "the network address is kept hashed only");

        // the real mails: forwarded to the partner, acknowledged to the sender with the rating link
        MimeMessage forwarded = TestMailServer.awaitMessageTo(partnerMail, DELIVERY);
        assertEquals("Demande de contact n° " + request + " de Élodie Martin", forwarded.getSubject());
        String forwardedBody = body(forwarded);
        for (String expected : List.of(sender, "01 23 45 67 89", "Boulangerie du Port", title,
                "Nous cherchons une offre fibre pour trois postes à Rennes.", "partner/demandes.xhtml")) {
            assertTrue(forwardedBody.contains(expected), expected + " in " + forwardedBody);
        }
        MimeMessage acknowledgement = TestMailServer.awaitMessageTo(sender, DELIVERY);
        assertEquals("Votre demande de contact à " + partnerName + " est bien transmise", acknowledgement.getSubject());
        String ackBody = body(acknowledgement);
        assertTrue(ackBody.contains("Bonjour Élodie Martin"), ackBody);
        assertTrue(ackBody.contains("n° " + request), ackBody);
        Matcher link = TOKEN.matcher(ackBody);
        assertTrue(link.find(), ackBody);
        String token = link.group(1);
        assertEquals(RatingLink.hash(token), fixtures.text("SELECT rating_token_hash FROM contact_request WHERE id = ?", request),
                "only the token's hash is stored");

        // the personal link: stars required, then one rating; the link is then used up
        HttpResponse<String> ratingPage = web.get("avis.xhtml?jeton=" + token);
        assertEquals(200, ratingPage.statusCode());
        assertTrue(text(ratingPage).contains(partnerName), text(ratingPage));
        HttpResponse<String> noStars = web.submit(ratingPage, "rating", "send", Map.of("comment", "Très bien."));
        assertTrue(text(noStars).contains("Choisissez une note de 1 à 5 étoiles."), text(noStars));
        String comment = Fixtures.unique("Réponse rapide et claire");
        HttpResponse<String> rated = web.submit(noStars, "rating", "send", Map.of("stars", "4", "comment", comment));
        assertTrue(text(rated).contains("Merci : votre avis est enregistré"), text(rated));
        assertEquals("PENDING", fixtures.text("SELECT comment_status FROM rating WHERE contact_request_id = ?", request));
        assertTrue(text(web.get("avis.xhtml?jeton=" + token)).contains("Vous avez déjà donné votre avis avec ce lien"));
        assertTrue(text(web.get("avis.xhtml?jeton=inconnu")).contains("Ce lien d'avis n'est pas valable"));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM rating WHERE contact_request_id = ?", request));

        // the partner's public page, in French: card, offers, ratings below the threshold, no pending comment
        HttpResponse<String> partnerPage = web.get("partenaire.xhtml?id=" + partner);
        assertEquals(200, partnerPage.statusCode());
        String page = text(partnerPage);
        for (String expected : List.of(partnerName, title, "1 avis, note affichée à partir de 5", "« offre référencée » — Accordé",
                "Ille-et-Vilaine (35)", "Contacter ce fournisseur", "lang=\"fr\"")) {
            assertTrue(page.contains(expected), expected + " in " + page);
        }
        assertFalse(page.contains(comment), "a comment waits for moderation");
        HttpResponse<String> unknown = web.get("partenaire.xhtml?id=999999999");
        assertEquals(404, unknown.statusCode());
        assertTrue(text(unknown).contains("Page introuvable"), text(unknown));
        assertEquals(404, web.get("contact.xhtml?offre=999999999").statusCode());

        // the partner's space: its requests and its statistics of this month
        String user = Fixtures.unique("P-CONTACT");
        fixtures.account(user, PASSWORD, "PARTNER", partner);
        WebClient partnerWeb = new WebClient(base.toString());
        partnerWeb.signIn(user);
        String inbox = text(partnerWeb.get("partner/demandes.xhtml"));
        assertTrue(inbox.contains("Élodie Martin") && inbox.contains(title) && inbox.contains("Marquer comme traitée"), inbox);
        String stats = text(partnerWeb.get("partner/statistiques.xhtml"));
        String month = PartnerStatistics.label(YearMonth.now(ZoneId.of("Europe/Paris")));
        Matcher row = Pattern.compile("<th scope=\"row\">" + month + "</th>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>")
                .matcher(stats);
        assertTrue(row.find(), stats);
        assertEquals(List.of("1", "1", "1"), List.of(row.group(1), row.group(2), row.group(3)),
                "one offer view, one page view, one contact request");

        // the reviewers see the comment to moderate
        String reviewer = Fixtures.unique("relecteur-avis");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        WebClient reviewerWeb = new WebClient(base.toString());
        reviewerWeb.signIn(reviewer);
        String moderation = text(reviewerWeb.get("reviewer/avis.xhtml"));
        assertTrue(moderation.contains("Modération des commentaires"), moderation);

        // once published (the decision itself is proved on the service below), the comment is public
        fixtures.execute("UPDATE rating SET comment_status = 'PUBLISHED', moderated_by = ?, moderated_at = NOW(6)"
                + " WHERE contact_request_id = ?", reviewer, request);
        String published = text(web.get("partenaire.xhtml?id=" + partner));
        assertTrue(published.contains(comment) && published.contains("4 étoiles sur 5"), published);
    }

    // -- inside the server, on the services -------------------------------------------------------

    @Test
    void theAverageShowsOnlyFromFiveRatingsAndEachLinkRatesOnce() {
        Fixtures fixtures = Fixtures.insideServer();
        long partner = fixtures.partner(Fixtures.unique("Réseaux de Cornouaille"), "TELECOM_OPERATOR");
        long offer = fixtures.offer(partner, CATEGORY, Fixtures.unique("Forfait Cornouaille"), "25.00", "PUBLISHED");
        String[] tokens = new String[6];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = contact(fixtures, offer, null);
        }
        int[] stars = {5, 4, 4, 4};
        for (int i = 0; i < stars.length; i++) {
            ratings.rate(tokens[i], stars[i], null);
        }
        RatingSummary four = ratings.summaryOf(partner);
        assertEquals(4, four.count());
        assertFalse(four.averageShown());
        assertNull(four.averageText());
        assertEquals("4 avis, note affichée à partir de 5", four.text());
        assertEquals("4 avis, note affichée à partir de 5", partners.find(partner).orElseThrow().ratings().text());

        ratings.rate(tokens[4], 4, null);
        RatingSummary five = ratings.summaryOf(partner);
        assertTrue(five.averageShown());
        assertEquals("4,2", five.averageText());
        assertEquals("4,2 / 5 (5 avis)", partners.find(partner).orElseThrow().ratings().text());

        BusinessException again = assertThrows(BusinessException.class, () -> ratings.rate(tokens[0], 1, "Encore"));
        assertTrue(again.getMessage().contains("déjà donné votre avis"), again.getMessage());
        assertEquals(5, ratings.summaryOf(partner).count(), "the second rating with the same link is refused");
        BusinessException unknown = assertThrows(BusinessException.class, () -> ratings.invitation("inconnu"));
        assertTrue(unknown.getMessage().startsWith("Ce lien d'avis n'est pas valable"), unknown.getMessage());
        InvalidInputException noStar = assertThrows(InvalidInputException.class, () -> ratings.rate(tokens[5], 0, null));
        assertEquals("stars", noStar.field());

        MovableClock.advance(Duration.ofDays(91)); // the default validity is 90 days
        BusinessException expired = assertThrows(BusinessException.class, () -> ratings.rate(tokens[5], 5, null));
        assertTrue(expired.getMessage().startsWith("Ce lien d'avis a expiré le "), expired.getMessage());
        assertEquals(5, ratings.summaryOf(partner).count());
    }

    @Test
    void commentsArePublicOnlyOnceAReviewerPublishesThemAndAreModeratedOnce() {
        Fixtures fixtures = Fixtures.insideServer();
        long partner = fixtures.partner(Fixtures.unique("Conseil Numérique Brest"), "ADVISER");
        String first = Fixtures.unique("Très bon accompagnement");
        String second = Fixtures.unique("Propos hors sujet");
        long rated = ratings.rate(contact(fixtures, null, partner), 5, first);
        long other = ratings.rate(contact(fixtures, null, partner), 2, second);
        ratings.rate(contact(fixtures, null, partner), 3, "  ");
        assertTrue(comments(partner).isEmpty(), "pending comments are not public");
        assertEquals("PENDING", fixtures.text("SELECT comment_status FROM rating WHERE id = ?", rated));
        assertNull(fixtures.text("SELECT comment_status FROM rating WHERE id = ?",
                fixtures.number("SELECT MAX(id) FROM rating WHERE partner_id = ?", partner)), "a blank comment is none");
        assertEquals(3, ratings.summaryOf(partner).count(), "stars count at once");
        assertThrows(EJBAccessException.class, () -> ratings.pending(new PageRequest(0, 10)));

        String reviewer = Fixtures.unique("avis-r1");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        String secondReviewer = Fixtures.unique("avis-r2");
        fixtures.account(secondReviewer, PASSWORD, "REVIEWER", null);
        long version = fixtures.number("SELECT version FROM rating WHERE id = ?", rated);
        signInAs(reviewer);
        ratings.publish(rated, version);
        assertEquals(List.of(first), comments(partner));

        signInAs(secondReviewer);
        BusinessException stale = assertThrows(BusinessException.class, () -> ratings.publish(rated, version));
        assertTrue(stale.getMessage().contains("rechargez la liste"), stale.getMessage());
        long now = fixtures.number("SELECT version FROM rating WHERE id = ?", rated);
        BusinessException done = assertThrows(BusinessException.class, () -> ratings.reject(rated, now, "Doublon"));
        assertTrue(done.getMessage().startsWith("Ce commentaire a déjà été modéré (publié par " + reviewer), done.getMessage());
        assertEquals(reviewer, fixtures.text("SELECT moderated_by FROM rating WHERE id = ?", rated), "no overwrite");
        assertEquals("PUBLISHED", fixtures.text("SELECT comment_status FROM rating WHERE id = ?", rated));

        long otherVersion = fixtures.number("SELECT version FROM rating WHERE id = ?", other);
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> ratings.reject(other, otherVersion, " "));
        assertEquals("rejectReason", noReason.field());
        ratings.reject(other, otherVersion, "Propos sans rapport avec le service rendu");
        assertEquals(List.of(first), comments(partner), "a rejected comment is never public");
        assertEquals(3, ratings.summaryOf(partner).count(), "its stars still count");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'RATING' AND subject_id = ?"
                + " AND action = 'PUBLISH_COMMENT' AND actor = ?", String.valueOf(rated), reviewer));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'RATING' AND subject_id = ?"
                + " AND action = 'REJECT_COMMENT' AND actor = ?", String.valueOf(other), secondReviewer));
    }

    @Test
    void aPartnerReadsAndHandlesOnlyItsOwnRequests() {
        Fixtures fixtures = Fixtures.insideServer();
        long a = fixtures.partner(Fixtures.unique("Télécoms Armor"), "TELECOM_OPERATOR");
        String offerTitle = Fixtures.unique("Forfait Armor");
        long offerA = fixtures.offer(a, CATEGORY, offerTitle, "30.00", "PUBLISHED");
        long b = fixtures.partner(Fixtures.unique("Télécoms Bretagne Sud"), "TELECOM_OPERATOR");
        String userA = Fixtures.unique("contact-a");
        fixtures.account(userA, PASSWORD, "PARTNER", a);
        String userB = Fixtures.unique("contact-b");
        fixtures.account(userB, PASSWORD, "PARTNER", b);
        contact(fixtures, offerA, null);
        long requestA = fixtures.number("SELECT MAX(id) FROM contact_request WHERE partner_id = ?", a);
        contact(fixtures, null, b);
        long requestB = fixtures.number("SELECT MAX(id) FROM contact_request WHERE partner_id = ?", b);

        signInAs(userB);
        List<ContactRow> own = requests.findOwn(new PageRequest(0, 100)).items();
        assertEquals(List.of(requestB), own.stream().map(ContactRow::id).toList());
        assertThrows(AccessRefusedException.class, () -> requests.getOwn(requestA));
        assertThrows(AccessRefusedException.class, () -> requests.markHandled(requestA));
        assertNull(fixtures.text("SELECT handled_at FROM contact_request WHERE id = ?", requestA));

        signInAs(userA);
        ContactRow row = requests.getOwn(requestA);
        assertEquals(offerTitle, row.offerTitle());
        assertFalse(row.handled());
        requests.markHandled(requestA);
        assertTrue(requests.getOwn(requestA).handled());
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'CONTACT_REQUEST'"
                + " AND subject_id = ? AND action = 'HANDLE' AND actor = ?", String.valueOf(requestA), userA));
        assertThrows(BusinessException.class, () -> requests.markHandled(requestA));

        // only partners holding the right, and published offers, may be contacted
        fixtures.execute("UPDATE partner SET label_status = 'WITHDRAWN' WHERE id = ?", b);
        assertThrows(ResourceNotFoundException.class, () -> requests.target(null, b));
        assertTrue(partners.find(b).isEmpty(), "no public page for a withdrawn partner");
        long draft = fixtures.offer(a, CATEGORY, Fixtures.unique("Brouillon"), "10.00", "DRAFT");
        assertThrows(ResourceNotFoundException.class, () -> requests.target(draft, null));

        // one e-mail address: five requests a day
        String email = Fixtures.unique("pressant") + "@example.fr";
        for (int i = 0; i < 5; i++) {
            requests.submit(form(offerA, null, email), randomAddress());
        }
        BusinessException flood = assertThrows(BusinessException.class,
                () -> requests.submit(form(offerA, null, email), randomAddress()));
        assertTrue(flood.getMessage().contains("depuis 24 heures"), flood.getMessage());
    }

    @Test
    void statisticsCountOneRowPerMonthLeaveRobotsOutAndCountContactRequests() {
        Fixtures fixtures = Fixtures.insideServer();
        long a = fixtures.partner(Fixtures.unique("Statistiques Iroise"), "TELECOM_OPERATOR");
        String title = Fixtures.unique("Offre Iroise");
        long offer = fixtures.offer(a, CATEGORY, title, "12.00", "PUBLISHED");
        String user = Fixtures.unique("stats-a");
        fixtures.account(user, PASSWORD, "PARTNER", a);
        long b = fixtures.partner(Fixtures.unique("Statistiques Vides"), "TELECOM_OPERATOR");
        String userB = Fixtures.unique("stats-b");
        fixtures.account(userB, PASSWORD, "PARTNER", b);

        for (int i = 0; i < 3; i++) {
            statistics.countOfferView(offer, FIREFOX);
        }
        statistics.countOfferView(offer, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)");
        statistics.countOfferView(offer, null);
        statistics.countPartnerView(a, FIREFOX);
        statistics.countPartnerView(a, "curl/8.5.0");
        contact(fixtures, offer, null);
        contact(fixtures, null, a);

        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM page_view_month WHERE offer_id = ?", offer),
                "one row per offer and month, not one per view");
        assertEquals(3, fixtures.number("SELECT views FROM page_view_month WHERE offer_id = ?", offer));
        assertEquals(1, fixtures.number("SELECT views FROM page_view_month WHERE partner_id = ? AND offer_id IS NULL", a));

        signInAs(user);
        PartnerStatistics stats = statistics.ownStatistics();
        assertEquals(12, stats.months().size());
        MonthStatistics current = stats.months().get(0);
        assertEquals(PartnerStatistics.label(YearMonth.now(ZoneId.of("Europe/Paris"))), current.label());
        assertEquals(3, current.offerViews());
        assertEquals(1, current.pageViews());
        assertEquals(2, current.contacts());
        assertEquals(title, stats.offers().get(0).title());
        assertEquals(3, stats.offers().get(0).views());

        signInAs(userB);
        assertTrue(statistics.ownStatistics().nothingCounted(), "another partner's statistics are its own");
        assertThrows(EJBAccessException.class, () -> {
            signInAs(Fixtures.unique("none"), false);
            statistics.ownStatistics();
        });
    }

    // -- helpers ------------------------------------------------------------------------------

    /** Sends a contact request to an offer or a partner, returns the token of its acknowledgement's link. */
    private String contact(Fixtures fixtures, Long offer, Long partner) {
        String email = Fixtures.unique("entreprise") + "@example.fr";
        requests.submit(form(offer, partner, email), randomAddress());
        String body = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", email);
        Matcher link = TOKEN.matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }

    private static ContactForm form(Long offer, Long partner, String email) {
        ContactForm form = new ContactForm();
        form.setOfferId(offer);
        form.setPartnerId(partner);
        form.setName("Jeanne Le Gall");
        form.setEmail(email);
        form.setMessage("Bonjour, nous aimerions un devis pour notre agence de cinq personnes.");
        form.setConsent(true);
        return form;
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private List<String> comments(long partner) {
        return ratings.publishedComments(partner).stream().map(PublishedComment::comment).toList();
    }

    private void signInAs(String userCode) {
        signInAs(userCode, true);
    }

    private void signInAs(String userCode, boolean mustSucceed) {
        HttpServletRequest request = CurrentExchange.request();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        if (!mustSucceed) {
            return;
        }
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    /** The page's HTML with the character references JSF writes turned back into characters. */
    private static String text(HttpResponse<String> page) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(page.body());
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
        }
        reference.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    /** A browser without a browser, with a browser's User-Agent: cookies, redirects, JSF forms with their view state. */
    static final class WebClient {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        WebClient(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return get(path, FIREFOX);
        }

        HttpResponse<String> get(String path, String userAgent) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String userCode) throws Exception {
            HttpResponse<String> landed = submit(get("login.xhtml"), "login", "submit",
                    Map.of("userCode", userCode, "password", PASSWORD));
            assertFalse(landed.uri().getPath().endsWith("/login.xhtml"), landed.body());
        }

        HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields)
                throws Exception {
            return http.send(JsfForm.post(page, formId, button, fields).header("User-Agent", FIREFOX).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
