package fr.catalogue.web.it;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.ApplicationForm;
import fr.catalogue.partner.ApplicationStatus;
import fr.catalogue.partner.AttachmentKind;
import fr.catalogue.partner.CompanyForm;
import fr.catalogue.partner.CompetenceProfileForm;
import fr.catalogue.partner.DiplomaLevel;
import fr.catalogue.partner.PartnerApplication;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.partner.PartnerProfile;
import fr.catalogue.partner.PartnerProfiles;
import fr.catalogue.partner.Upload;
import fr.catalogue.partner.Validation;
import fr.catalogue.security.AccountService;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test only, added to the WAR by {@link ApplicationIT}: calls the application and profile
 * services as the caller of the HTTP request (a Bearer token, or nobody), so that the services'
 * own security checks are what is tested. Answers JSON: the result, or the refusal.
 */
@WebServlet("/it-probe/applications")
public class ApplicationProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerApplications applications;

    @Inject
    private PartnerProfiles profiles;

    @Inject
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        JsonObjectBuilder out = Json.createObjectBuilder();
        int status = 200;
        try {
            run(request, out);
        } catch (RuntimeException e) {
            if (isDenied(e)) {
                response.setStatus(403);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"access\"}");
                return;
            }
            BusinessException refusal = businessCause(e);
            if (refusal == null) {
                throw e;
            }
            status = 400;
            out.add("error", "business").add("message", refusal.getMessage());
            if (refusal instanceof InvalidInputException invalid && invalid.field() != null) {
                out.add("field", invalid.field());
            }
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(out.build().toString());
    }

    private void run(HttpServletRequest request, JsonObjectBuilder out) {
        String p = request.getParameter("op");
        switch (p) {
            case "submit" -> out.add("id", applications.submit(form(request), uploads(request)));
            case "queue" -> {
                var page = applications.findPage(ApplicationStatus.valueOf(request.getParameter("status")), new PageRequest(0, 100));
                out.add("total", page.total());
                var ids = Json.createArrayBuilder();
                page.items().forEach(row -> ids.add(row.id()));
                out.add("ids", ids);
            }
            case "get" -> {
                PartnerApplication application = applications.get(id(request, "id"));
                out.add("status", application.getStatus().name()).add("version", application.getVersion())
                        .add("attachments", applications.attachments(application.getId()).size());
            }
            case "validate" -> {
                Validation validation = applications.validate(id(request, "id"), id(request, "version"));
                out.add("partnerId", validation.partnerId()).add("userCode", validation.userCode());
            }
            case "reject" -> applications.reject(id(request, "id"), id(request, "version"), request.getParameter("reason"));
            case "authenticate" -> out.add("authenticated", accounts.authenticate(request.getParameter("userCode"),
                    request.getParameter("password").toCharArray()).isPresent());
            case "own" -> profile(profiles.getOwn(), out);
            case "profile" -> profile(profiles.get(id(request, "partner")), out);
            case "updateOwn" -> {
                PartnerProfile own = profiles.getOwn();
                profile(profiles.updateOwn(own.version(), changed(own, request), own.competence()), out);
            }
            case "update" -> {
                PartnerProfile other = profiles.get(id(request, "partner"));
                profile(profiles.update(other.id(), other.version(), changed(other, request), other.competence()), out);
            }
            default -> throw new IllegalArgumentException(p);
        }
    }

    private static CompanyForm changed(PartnerProfile profile, HttpServletRequest request) {
        CompanyForm company = profile.company();
        fill(company, request.getParameter("siren"));
        company.setTown(request.getParameter("town"));
        return company;
    }

    private static void profile(PartnerProfile profile, JsonObjectBuilder out) {
        out.add("id", profile.id()).add("name", profile.name()).add("town", profile.company().getTown())
                .add("version", profile.version()).add("documents", profile.documents().size());
    }

    /** A complete application of an IT competence centre; the request names what to spoil. */
    private static ApplicationForm form(HttpServletRequest request) {
        ApplicationForm form = new ApplicationForm();
        form.setKind(PartnerKind.COMPETENCE_CENTRE_IT);
        fill(form.getCompany(), request.getParameter("siren"));
        form.getCompany().setName(request.getParameter("name"));
        form.getCompany().setEmail(request.getParameter("email"));
        form.setCategories(new ArrayList<>(List.of("COMPETENCE_CENTRE_IT")));
        CompetenceProfileForm profile = form.getProfile();
        profile.setRcsRegistration("RCS Amiens " + request.getParameter("siren"));
        profile.setCriminalRecordClean(true);
        profile.setYearsInBusiness(12);
        profile.setEmployees(8);
        profile.setDrivingLicence(true);
        profile.setQualifiedStaff(6);
        profile.setAverageDiploma(DiplomaLevel.BAC_2);
        profile.setTrainedLast24Months(true);
        profile.setSpecialityItNetwork(true);
        profile.setAnnualContracts(true);
        profile.setAnnualNoticeDays(90);
        profile.prepareServices(PartnerKind.COMPETENCE_CENTRE_IT);
        profile.getServices().forEach(row -> row.setCoverage(ServiceCoverage.DIRECT));
        profile.getServices().get(profile.getServices().size() - 1).setCoverage(ServiceCoverage.VIA_PARTNER);
        profile.getServices().get(profile.getServices().size() - 1).setViaPartnerName("Loueur Picard SA");
        form.setTermsNumber(1);
        form.setTermsAccepted(!"false".equals(request.getParameter("terms")));
        if ("wrongCategory".equals(request.getParameter("spoil"))) {
            form.setCategories(new ArrayList<>(List.of("PC_DESKTOP")));
        }
        return form;
    }

    private static void fill(CompanyForm company, String siren) {
        company.setSiren(siren);
        company.setSiret(siren + siretSuffix(siren));
        company.setApeCode("62.02A");
        company.setAddress("3 rue des Jacobins");
        company.setPostcode("80000");
        company.setTown(company.getTown() == null ? "Amiens" : company.getTown());
        company.setContactName("Claire Dupont");
        company.setContactFunction("Gérante");
        company.setPhone("03 22 00 00 00");
        company.setFax("03 22 00 00 01");
        if (company.getEmail() == null) {
            company.setEmail("contact@example.org");
        }
    }

    /** The five last digits of a SIRET of {@code siren} that passes the Luhn checksum. */
    static String luhnSuffix(String siren) {
        return siretSuffix(siren);
    }

    private static String siretSuffix(String siren) {
        for (int n = 1; n < 100_000; n++) {
            String candidate = siren + String.format("%05d", n);
            if (luhn(candidate)) {
                return candidate.substring(9);
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static List<Upload> uploads(HttpServletRequest request) {
        LocalDate later = LocalDate.now().plusMonths(6);
        byte[] insurance = "fakePdf".equals(request.getParameter("spoil"))
                ? "Ceci est un texte renommé en PDF, sans rien d'un PDF.".getBytes(StandardCharsets.UTF_8)
                : minimalPdf();
        return List.of(
                new Upload(AttachmentKind.INSURANCE, "assurance-rc.pdf", "application/pdf", insurance, later),
                new Upload(AttachmentKind.SOCIAL_CONTRIBUTIONS, "urssaf.pdf", "application/pdf", minimalPdf(), later));
    }

    static byte[] minimalPdf() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[4];
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.length();
            pdf.append(objects[i]);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 1; i <= 3; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    private static boolean isDenied(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static BusinessException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
