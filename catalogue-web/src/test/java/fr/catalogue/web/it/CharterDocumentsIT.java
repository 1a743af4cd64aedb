package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.campaign.Campaigns;
import fr.catalogue.campaign.FindingKind;
import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.DocumentFile;
import fr.catalogue.charter.DocumentKind;
import fr.catalogue.charter.DocumentRow;
import fr.catalogue.charter.DocumentSlot;
import fr.catalogue.charter.PartnerDocuments;
import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.referral.ReferralForm;
import fr.catalogue.referral.ReferralReason;
import fr.catalogue.referral.ReferralRow;
import fr.catalogue.referral.ReferralStatus;
import fr.catalogue.referral.Referrals;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: charter documents (R19, R21, R23) — an administrator uploads versions, bad
 * files are refused in French, a partner holding the right downloads its caption's logo first and
 * each download is logged; a withdrawn partner is refused (service, servlet and API: 403) and
 * never logged as served. Referrals (R20): a visitor reports, a reviewer triages into a finding of
 * the open campaign or dismisses with a reason, and a second triage is refused.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class CharterDocumentsIT {

    private static final String PASSWORD = "Mot-de-passe-de-test-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    private CharterDocuments documents;

    @Inject
    private Referrals referrals;

    @Inject
    private Campaigns campaigns;

    @Inject
    private SecurityContext security;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(CharterDocumentsIT.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class, JsfForm.class);
    }

    @Test
    void anAdministratorUploadsVersionsAndAPartnerHoldingTheRightDownloadsItsOwnLogoFirst() {
        Fixtures fixtures = Fixtures.insideServer();
        String admin = Fixtures.unique("docs-a");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        long partner = fixtures.partner(Fixtures.unique("Télécoms du Jura"), "TELECOM_OPERATOR");
        String partnerUser = Fixtures.unique("docs-p");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);

        // only administrators upload, checked by the service itself
        signInAs(partnerUser);
        assertThrows(EJBAccessException.class, () -> documents.upload(new DocumentSlot(DocumentKind.TERMS, null),
                "CGU", "cgu.pdf", pdf("un")));

        signInAs(admin);
        DocumentRow first = documents.upload(new DocumentSlot(DocumentKind.GRAPHIC_CHARTER, null), "Charte graphique",
                "charte.pdf", pdf("un"));
        DocumentRow second = documents.upload(new DocumentSlot(DocumentKind.GRAPHIC_CHARTER, null), "Charte graphique",
                "charte.pdf", pdf("deux"));
        assertEquals(second.version(), first.version() + 1, "a new file is a new version");
        assertEquals(sha256(pdf("deux")), second.sha256());
        DocumentRow logo = documents.upload(new DocumentSlot(DocumentKind.LOGO, LabelCaption.OFFER),
                "Logo offre référencée", "logo-offre.svg", svg("offre référencée"));
        documents.upload(new DocumentSlot(DocumentKind.LOGO, LabelCaption.ADVISER), "Logo conseiller",
                "logo-conseiller.svg", svg("conseiller informatique et Télécoms TPE"));
        assertTrue(documents.allVersions().stream().anyMatch(row -> row.id() == first.id()), "old versions are kept");
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'CHARTER_DOCUMENT'"
                + " AND subject_id = ? AND action = 'UPLOAD' AND actor = ?", String.valueOf(second.id()), admin));

        signInAs(partnerUser);
        PartnerDocuments shelf = documents.forOwnPartner();
        assertEquals(LabelStatus.GRANTED, shelf.status());
        assertEquals(LabelCaption.OFFER, shelf.caption());
        assertTrue(shelf.holdsRight());
        assertEquals(DocumentKind.LOGO, shelf.documents().get(0).kind());
        assertEquals(LabelCaption.OFFER, shelf.documents().get(0).caption(), "its own caption's logo first");
        assertTrue(shelf.documents().stream().noneMatch(row -> row.id() == first.id()), "the latest version only");
        assertTrue(shelf.documents().stream().anyMatch(row -> row.id() == second.id()));

        DocumentFile file = documents.download(logo.id());
        assertEquals("image/svg+xml", file.row().contentType());
        assertEquals(logo.sha256(), sha256(file.content()));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM document_download WHERE document_id = ? AND partner_id = ?"
                + " AND user_code = ? AND outcome = 'SERVED'", logo.id(), partner, partnerUser));
    }

    @Test
    void badFilesAreRefusedInFrenchAndNothingIsStored() {
        Fixtures fixtures = Fixtures.insideServer();
        String admin = Fixtures.unique("docs-b");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        signInAs(admin);
        long before = fixtures.number("SELECT COUNT(*) FROM charter_document");

        InvalidInputException text = assertThrows(InvalidInputException.class, () -> documents.upload(
                new DocumentSlot(DocumentKind.TERMS, null), "CGU", "cgu.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", text.field());
        assertTrue(text.getMessage().contains("ni un document PDF"), text.getMessage());
        InvalidInputException script = assertThrows(InvalidInputException.class, () -> documents.upload(
                new DocumentSlot(DocumentKind.LOGO, LabelCaption.EQUIPMENT), "Logo", "logo.svg",
                ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8)));
        assertTrue(script.getMessage().contains("« script »"), script.getMessage());
        InvalidInputException pdfLogo = assertThrows(InvalidInputException.class, () -> documents.upload(
                new DocumentSlot(DocumentKind.LOGO, LabelCaption.EQUIPMENT), "Logo", "logo.pdf", pdf("logo")));
        assertTrue(pdfLogo.getMessage().contains("doit être un fichier PNG, JPEG, SVG"), pdfLogo.getMessage());
        InvalidInputException noCaption = assertThrows(InvalidInputException.class,
                () -> new DocumentSlot(DocumentKind.LOGO, null));
        assertEquals("caption", noCaption.field());
        InvalidInputException noTitle = assertThrows(InvalidInputException.class, () -> documents.upload(
                new DocumentSlot(DocumentKind.TERMS, null), " ", "cgu.pdf", pdf("cgu")));
        assertEquals("title", noTitle.field());

        assertEquals(before, fixtures.number("SELECT COUNT(*) FROM charter_document"));
    }

    @Test
    void aWithdrawnPartnerIsRefusedEverywhereAndNeverLoggedAsServed() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        String admin = Fixtures.unique("docs-c");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        long partner = fixtures.partner(Fixtures.unique("Conseil Morvan"), "ADVISER");
        String partnerUser = Fixtures.unique("docs-w");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);
        signInAs(admin);
        DocumentRow logo = documents.upload(new DocumentSlot(DocumentKind.LOGO, LabelCaption.ADVISER), "Logo conseiller",
                "logo-conseiller.svg", svg("conseiller"));
        DocumentRow terms = documents.upload(new DocumentSlot(DocumentKind.TERMS, null), "Conditions d'utilisation",
                "cgu.pdf", pdf("cgu"));

        sql("UPDATE partner SET label_status = 'WITHDRAWN' WHERE id = ?", partner);
        signInAs(partnerUser);
        AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> documents.download(logo.id()));
        assertTrue(refused.getMessage().contains("vous a été retiré"), refused.getMessage());
        PartnerDocuments shelf = documents.forOwnPartner();
        assertTrue(!shelf.holdsRight() && shelf.refusal().contains("retiré"), shelf.refusal());
        assertTrue(shelf.documents().stream().allMatch(row -> row.kind().isPublic()), "the public documents only");
        // the terms of use stay public
        assertEquals(terms.sha256(), sha256(documents.download(terms.id()).content()));

        // the download servlet and the API answer 403 too (a bearer token for the API)
        String base = base();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base + "documents/" + logo.id()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, anonymous.statusCode());
        assertTrue(anonymous.body().contains("réservé aux partenaires"), anonymous.body());
        HttpResponse<String> servedTerms = HTTP.send(HttpRequest.newBuilder(URI.create(base + "documents/" + terms.id()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, servedTerms.statusCode());
        assertEquals("application/pdf", servedTerms.headers().firstValue("Content-Type").orElse(""));
        assertTrue(servedTerms.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"cgu.pdf\""));
        assertEquals(terms.sha256(), servedTerms.headers().firstValue("X-Checksum-SHA256").orElse(""));
        String token = token(base, partnerUser);
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/documents/" + logo.id() + "/content"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, api.statusCode(), api.body());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(api.body().contains("vous a été retiré"), api.body());
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(!list.body().contains("\"LOGO\"") && list.body().contains(terms.sha256()), list.body());

        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM document_download WHERE document_id = ? AND outcome = 'SERVED'",
                logo.id()), "a refused download is never logged as served");
        assertEquals(2, fixtures.number("SELECT COUNT(*) FROM document_download WHERE document_id = ? AND partner_id = ?"
                + " AND outcome = 'REFUSED'", logo.id(), partner));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM document_download WHERE document_id = ? AND partner_id IS NULL"
                + " AND user_code = 'public' AND outcome = 'REFUSED'", logo.id()));

        // reinstated (here straight in the table): downloads are served again at once
        sql("UPDATE partner SET label_status = 'GRANTED' WHERE id = ?", partner);
        assertEquals(logo.sha256(), sha256(documents.download(logo.id()).content()));
    }

    @Test
    void aReferralIsTriagedIntoAFindingOfTheOpenCampaignOrDismissedWithAReason() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        long target = fixtures.partner(Fixtures.unique("Prix Flottants"), "INTERNET_PROVIDER");
        long offer = fixtures.offer(target, "INTERNET_ACCESS", Fixtures.unique("Accès fibre"), "39.00", "PUBLISHED");
        long other = fixtures.partner(Fixtures.unique("Autre partenaire"), "ADVISER");
        String reviewer = Fixtures.unique("docs-r");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        String otherUser = Fixtures.unique("docs-o");
        fixtures.account(otherUser, PASSWORD, "PARTNER", other);

        signOut();
        ReferralForm bad = form(target, offer);
        bad.setReporterEmail("pas-une-adresse");
        assertEquals("reporterEmail", assertThrows(InvalidInputException.class, () -> referrals.submit(bad, "192.0.2.7"))
                .field());
        ReferralForm wrongOffer = form(other, offer);
        assertEquals("targetPartner", assertThrows(InvalidInputException.class,
                () -> referrals.submit(wrongOffer, "192.0.2.7")).field());
        long fromVisitor = referrals.submit(form(target, offer), "192.0.2.7");
        // a partner may report another one, never itself; it is recorded as the reporter
        signInAs(otherUser);
        assertEquals("targetPartner", assertThrows(InvalidInputException.class,
                () -> referrals.submit(form(other, null), "192.0.2.8")).field());
        long fromPartner = referrals.submit(form(target, null), "192.0.2.8");
        assertEquals(String.valueOf(other), fixtures.text("SELECT reporter_partner_id FROM referral WHERE id = ?", fromPartner));
        assertThrows(EJBAccessException.class, () -> referrals.find(ReferralStatus.NEW, new PageRequest(0, 20)));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'REFERRAL' AND subject_id = ?"
                + " AND action = 'SUBMIT' AND actor = 'public'", String.valueOf(fromVisitor)));

        signInAs(reviewer);
        long campaign = openCampaign(fixtures);
        try {
            ReferralRow row = referrals.find(null, new PageRequest(0, 100)).items().stream()
                    .filter(r -> r.id() == fromVisitor).findFirst().orElseThrow();
            assertEquals(ReferralStatus.NEW, row.status());
            assertEquals(Long.valueOf(offer), row.offerId());
            long finding = referrals.triage(row.id(), row.version(), FindingKind.PRICE, null);
            assertEquals("REFERRAL", fixtures.text("SELECT source FROM finding WHERE id = ?", finding));
            assertEquals(String.valueOf(campaign), fixtures.text("SELECT campaign_id FROM finding WHERE id = ?", finding));
            assertEquals(String.valueOf(offer), fixtures.text("SELECT offer_id FROM finding WHERE id = ?", finding));
            assertEquals("PRICE", fixtures.text("SELECT kind FROM finding WHERE id = ?", finding));
            assertEquals("TRIAGED", fixtures.text("SELECT status FROM referral WHERE id = ?", fromVisitor));
            assertEquals(String.valueOf(finding), fixtures.text("SELECT finding_id FROM referral WHERE id = ?", fromVisitor));
            // a second reviewer working from the same row is refused, and nothing is added
            BusinessException twice = assertThrows(BusinessException.class,
                    () -> referrals.triage(row.id(), row.version(), FindingKind.PRICE, null));
            assertTrue(twice.getMessage().contains("rechargez"), twice.getMessage());
            assertEquals(1, fixtures.number("SELECT COUNT(*) FROM finding WHERE source = 'REFERRAL' AND partner_id = ?", target));

            ReferralRow second = referrals.find(ReferralStatus.NEW, new PageRequest(0, 100)).items().stream()
                    .filter(r -> r.id() == fromPartner).findFirst().orElseThrow();
            assertEquals("dismissReason", assertThrows(InvalidInputException.class,
                    () -> referrals.dismiss(second.id(), second.version(), " ")).field());
            referrals.dismiss(second.id(), second.version(), "Même prix sur le site du partenaire le 23 novembre.");
            assertEquals("DISMISSED", fixtures.text("SELECT status FROM referral WHERE id = ?", fromPartner));
            assertNull(fixtures.text("SELECT finding_id FROM referral WHERE id = ?", fromPartner));
            assertEquals(reviewer, fixtures.text("SELECT actor FROM audit_entry WHERE subject_type = 'REFERRAL'"
                    + " AND subject_id = ? AND action = 'DISMISS'", String.valueOf(fromPartner)));
            assertEquals(reviewer, fixtures.text("SELECT actor FROM audit_entry WHERE subject_type = 'REFERRAL'"
                    + " AND subject_id = ? AND action = 'TRIAGE'", String.valueOf(fromVisitor)));
        } finally {
            closeIfOurs(campaign);
        }
    }

    @Test
    void thePagesRenderAndTheReferralFormAnswersInFrench() throws Exception {
        Fixtures fixtures = Fixtures.insideServer();
        long partner = fixtures.partner(Fixtures.unique("Pages du Label"), "EQUIPMENT_MAKER");
        String partnerUser = Fixtures.unique("docs-pp");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);
        String admin = Fixtures.unique("docs-pa");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        String reviewer = Fixtures.unique("docs-pr");
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);
        signInAs(admin);
        DocumentRow terms = documents.upload(new DocumentSlot(DocumentKind.TERMS, null), "Conditions d'utilisation",
                "cgu.pdf", pdf("pages"));
        String base = base();
        String email = Fixtures.unique("paul") + "@example.fr";

        // public: the terms of use with their SHA-256, and the referral form
        WebClient visitor = new WebClient(base);
        HttpResponse<String> publicPage = visitor.get("documents.xhtml");
        assertEquals(200, publicPage.statusCode());
        assertTrue(publicPage.body().contains(terms.sha256()) && publicPage.body().contains("documents/" + terms.id()),
                publicPage.body());
        HttpResponse<String> form = visitor.get("signaler.xhtml?partenaire=" + partner);
        assertEquals(200, form.statusCode());
        HttpResponse<String> refused = visitor.submit(form, "referral", "send", Map.of("targetPartner_input",
                String.valueOf(partner), "reason_input", "LOGO", "description", "Trop court", "reporterName",
                "Paul Durand", "reporterEmail", email));
        assertTrue(refused.body().contains("caractères au moins"), refused.body());
        String description = "Le logo sur sa vitrine porte une mention modifiée : « équipement labellisé ».";
        HttpResponse<String> sent = visitor.submit(refused, "referral", "send", Map.of("targetPartner_input",
                String.valueOf(partner), "reason_input", "LOGO", "description", description, "reporterName",
                "Paul Durand", "reporterEmail", email));
        assertTrue(sent.body().contains("a bien été enregistré"), sent.body());
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM referral WHERE target_partner_id = ? AND reason = 'LOGO'",
                partner));

        WebClient partnerClient = new WebClient(base);
        partnerClient.signIn(partnerUser);
        HttpResponse<String> own = partnerClient.get("partner/documents.xhtml");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("équipement référencé") && own.body().contains(terms.sha256()), own.body());
        HttpResponse<String> download = partnerClient.get("documents/" + terms.id());
        assertEquals(200, download.statusCode());

        WebClient adminClient = new WebClient(base);
        adminClient.signIn(admin);
        HttpResponse<String> adminPage = adminClient.get("admin/documents.xhtml");
        assertEquals(200, adminPage.statusCode());
        assertTrue(adminPage.body().contains("Déposer cette version") && adminPage.body().contains(terms.sha256()),
                adminPage.body());
        // the upload form, as a browser posts it (multipart, no JavaScript)
        byte[] annex = pdf("annexe envoyée par le formulaire");
        HttpResponse<String> uploaded = adminClient.upload(adminPage, "upload", "send",
                Map.of("kind_input", "ANNEX", "title", "Annexe 3 : centres de compétence"), "annexe-3.pdf", annex);
        assertEquals(200, uploaded.statusCode());
        assertTrue(uploaded.body().contains("est déposé") && uploaded.body().contains(sha256(annex)), uploaded.body());
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM charter_document WHERE sha256 = ? AND kind = 'ANNEX'",
                sha256(annex)));
        HttpResponse<String> refusedUpload = adminClient.upload(uploaded, "upload", "send",
                Map.of("kind_input", "TERMS", "title", "CGU"), "cgu.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusedUpload.body().contains("ni un document PDF"), refusedUpload.body());

        WebClient reviewerClient = new WebClient(base);
        reviewerClient.signIn(reviewer);
        HttpResponse<String> triage = reviewerClient.get("reviewer/signalements.xhtml");
        assertEquals(200, triage.statusCode());
        assertTrue(triage.body().contains("Signalements"), triage.body());
        assertEquals(200, reviewerClient.get("reviewer/index.xhtml").statusCode());
    }

    /** A browser without a browser: cookies, redirects, and JSF forms posted with their view state. */
    private static final class WebClient {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        WebClient(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String userCode) throws Exception {
            HttpResponse<String> landed = submit(get("login.xhtml"), "login", "submit",
                    Map.of("userCode", userCode, "password", PASSWORD));
            assertTrue(!landed.uri().getPath().endsWith("/login.xhtml"), landed.body());
        }

        /** Posts a multipart form with one file, in the file input the page rendered. */
        HttpResponse<String> upload(HttpResponse<String> page, String formId, String button, Map<String, String> fields,
                String fileName, byte[] file) throws Exception {
            Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
            assertTrue(form.find(), "no form " + formId + " in " + page.body());
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            assertTrue(state.find(), "no view state in " + page.body());
            Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page.body());
            assertTrue(input.find(), "no file input in " + page.body());
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
            assertTrue(name.find(), input.group());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(formId, formId);
            fields.forEach((id, value) -> values.put(formId + ":" + id, value));
            values.put(formId + ":" + button, "");
            values.put("jakarta.faces.ViewState", state.group(1));
            String boundary = "----charter" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (Map.Entry<String, String> value : values.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + value.getKey() + "\"\r\n\r\n"
                        + value.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.group(1) + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(page.uri().resolve(form.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields)
                throws Exception {
            return http.send(JsfForm.post(page, formId, button, fields).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // -- helpers ------------------------------------------------------------------------------

    private Long ourCampaign;

    /** The open campaign; when none is open, one of a period no other test uses, closed again afterwards. */
    private long openCampaign(Fixtures fixtures) throws SQLException {
        var open = campaigns.openCampaignId();
        if (open.isPresent()) {
            return open.get();
        }
        sql("INSERT INTO campaign (period, status, opened_at, opened_by) VALUES ('2001-01', 'OPEN', NOW(6), 'test')");
        ourCampaign = fixtures.number("SELECT id FROM campaign WHERE period = '2001-01'");
        return ourCampaign;
    }

    private void closeIfOurs(long campaign) throws SQLException {
        if (ourCampaign != null && ourCampaign == campaign) {
            sql("UPDATE campaign SET status = 'CLOSED', closed_at = NOW(6), closed_by = 'test' WHERE id = ?", campaign);
        }
    }

    private static ReferralForm form(long partner, Long offer) {
        ReferralForm form = new ReferralForm();
        form.setTargetPartnerId(partner);
        form.setOfferId(offer);
        form.setReporterName("Jeanne Martin");
        form.setReporterEmail(Fixtures.unique("jeanne") + "@example.fr");
        form.setReason(ReferralReason.PRICE);
        form.setDescription("Le prix affiché sur son propre site est de 49 € HT, contre 39 € HT dans le catalogue.");
        return form;
    }

    private static void sql(String statement, Object... values) throws SQLException {
        DatabaseAddress database = new DatabaseAddress(System.getProperty("catalogue.db.url"),
                System.getProperty("catalogue.db.user"), System.getProperty("catalogue.db.password"));
        try (Connection c = database.connect(); PreparedStatement sql = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            sql.executeUpdate();
        }
    }

    private static String base() {
        HttpServletRequest request = CurrentExchange.request();
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    private static String token(String base, String userCode) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userCode\":\"" + userCode + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }

    private static void signOut() {
        try {
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(String text) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n% ").append(text).append('\n');
        int catalog = pdf.length();
        pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        int pages = pdf.length();
        pdf.append("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
        int xref = pdf.length();
        pdf.append("xref\n0 3\n0000000000 65535 f \n").append(String.format("%010d 00000 n \n", catalog))
                .append(String.format("%010d 00000 n \n", pages))
                .append("trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] svg(String caption) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\"><rect width=\"200\" height=\"60\""
                + " fill=\"#003189\"/><text x=\"10\" y=\"40\" fill=\"#fff\">" + caption + "</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        return fr.catalogue.common.Sha256.hex(content);
    }
}
