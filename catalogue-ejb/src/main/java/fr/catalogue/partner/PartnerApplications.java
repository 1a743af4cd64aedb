package fr.catalogue.partner;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.FrenchDates;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.label.LabelTransition;
import fr.catalogue.mail.Outbox;
import fr.catalogue.security.Account;
import fr.catalogue.security.PasswordHash;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applications to become a partner: submitted by anyone (R6), decided by an administrator (R7).
 * Validation creates the partner, its account and the e-mail carrying its credentials in one
 * transaction; the password exists in clear only in that e-mail.
 */
@Stateless
public class PartnerApplications {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final PasswordHash HASH = new PasswordHash();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    @Inject
    @ConfigProperty(name = "catalogue.upload.max-bytes", defaultValue = "5242880")
    private long maxUploadBytes;

    /** The terms of use in force now, which an applicant must accept (R6). */
    @PermitAll
    public TermsVersion termsInForce() {
        return em.createNamedQuery(TermsVersion.IN_FORCE, TermsVersion.class)
                .setParameter("now", clock.instant())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No terms of use in force"));
    }

    /** The largest supporting document accepted, in bytes ({@code catalogue.upload.max-bytes}). */
    @PermitAll
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Submits an application (R6), checking everything again on the server: the company's
     * identity (SIREN and SIRET checksums, APE code, phone numbers, e-mail), a SIREN that is
     * neither a partner's nor another pending application's, categories allowed for the kind, a
     * competence centre's complete Annex 3 profile and services (R8, R9) with its insurance and
     * social-contributions certificates, every file a real PDF within the size limit, and the
     * terms in force accepted. The applicant gets an acknowledgement by e-mail.
     *
     * @return the id of the new application
     * @throws InvalidInputException naming the field that is refused
     */
    @PermitAll
    public long submit(ApplicationForm form, List<Upload> uploads) {
        PartnerKind kind = form.getKind();
        if (kind == null) {
            throw new InvalidInputException("kind", "Choisissez le type de votre société.");
        }
        CompanyDetails details = CompanyDetails.from(form.getCompany(), kind.isCompetenceCentre());
        Set<String> categories = checkCategories(kind, form.getCategories());
        CompetenceProfile profile = null;
        List<DeclaredService> services = List.of();
        if (kind.isCompetenceCentre()) {
            profile = CompetenceProfile.from(form.getProfile());
            services = CompetenceProfile.services(form.getProfile(), kind);
        }
        Instant now = clock.instant();
        SupportingDocuments.check(uploads, kind.isCompetenceCentre() ? AttachmentKind.requiredOfCompetenceCentres()
                : EnumSet.noneOf(AttachmentKind.class), new PdfCheck(maxUploadBytes), LocalDate.ofInstant(now, FRANCE));
        TermsVersion terms = termsInForce();
        if (!form.isTermsAccepted()) {
            throw new InvalidInputException("terms", "Vous devez accepter les conditions générales d'utilisation pour déposer votre candidature.");
        }
        if (form.getTermsNumber() == null || form.getTermsNumber() != terms.getNumber()) {
            throw new InvalidInputException("terms", "Les conditions générales d'utilisation ont changé (version "
                    + terms.getNumber() + ") : lisez la nouvelle version et acceptez-la.");
        }
        requireNewCompany(details.siren());

        PartnerApplication application = new PartnerApplication(kind, details, categories, profile, services, terms, now);
        em.persist(application);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another application of the same SIREN was submitted meanwhile (uk_application_pending_siren)
            throw new InvalidInputException(Siren.FIELD, "Une candidature de cette société (SIREN " + details.siren()
                    + ") est déjà en cours d'examen.");
        }
        for (Upload upload : uploads) {
            em.persist(new Attachment(application.getId(), null, upload, Sha256.hex(upload.content()),
                    now, AuditTrail.PUBLIC));
        }
        em.persist(new TermsAcceptance(terms, application, now));
        Map<String, String> after = new java.util.LinkedHashMap<>(application.state());
        after.put("termsVersion", String.valueOf(terms.getNumber()));
        after.put("attachments", String.join(", ", uploads.stream()
                .map(u -> u.kind() + " " + u.safeFileName()).toList()));
        audit.record(Change.of("APPLICATION", application.getId(), null, "SUBMIT", Map.of(), after));
        outbox.enqueue(details.email(), "Votre candidature au label « Entrepreneurs, faites le choix de l'économie numérique »",
                acknowledgement(application, terms));
        return application.getId();
    }

    /** One page of the applications, oldest first, of one status ({@code null} for all). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<ApplicationRow> findPage(ApplicationStatus status, PageRequest request) {
        long total = em.createNamedQuery(PartnerApplication.COUNT_BY_STATUS, Long.class)
                .setParameter("status", status)
                .getSingleResult();
        List<ApplicationRow> rows = total <= request.offset() ? List.of()
                : em.createNamedQuery(PartnerApplication.FIND_BY_STATUS, PartnerApplication.class)
                        .setParameter("status", status)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultStream()
                        .map(ApplicationRow::of)
                        .toList();
        return new Page<>(rows, total, request.page(), request.size());
    }

    /** One application with all it holds. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PartnerApplication get(long id) {
        PartnerApplication application = find(id);
        // read the collections now: the page shows them after the transaction
        application.getServices();
        application.getCategories();
        application.getTermsVersion().getNumber();
        return application;
    }

    /** The supporting documents of an application, without their content. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AttachmentInfo> attachments(long applicationId) {
        return em.createNamedQuery(Attachment.INFO_OF_APPLICATION, AttachmentInfo.class)
                .setParameter("application", applicationId)
                .getResultList();
    }

    /** Any supporting document (of an application or a partner), for an administrator only. Traced. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Document downloadAttachment(long attachmentId) {
        Attachment attachment = Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .orElseThrow(() -> new ResourceNotFoundException("Document introuvable."));
        audit.record(Change.event("ATTACHMENT", attachmentId, attachment.getPartnerId(), "DOWNLOAD"));
        return new Document(attachment.getFileName(), PdfCheck.PDF, content(em, attachmentId));
    }

    /**
     * Validates a pending application (R7): creates the partner with the application's profile,
     * categories and documents, opens its account with a generated user code and a strong random
     * password that must be changed at the first sign-in, records the terms acceptance against
     * that account (R6), and e-mails the credentials to the applicant — all in this transaction.
     * Only the password's hash is stored.
     *
     * @param expectedVersion the version of the application the administrator looked at
     * @throws BusinessException when the application was decided or changed meanwhile
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Validation validate(long id, long expectedVersion) {
        PartnerApplication application = findCurrent(id, expectedVersion);
        Instant now = clock.instant();
        String admin = context.getCallerPrincipal().getName();
        if (em.createNamedQuery(Partner.COUNT_BY_SIREN, Long.class).setParameter("siren", application.getSiren())
                .getSingleResult() > 0) {
            throw new BusinessException("Cette société (SIREN " + application.getSiren() + ") est déjà partenaire.");
        }
        Map<String, String> before = Map.of("status", application.getStatus().name());
        Partner partner = application.newPartner(now);
        em.persist(partner);
        flush();
        application.validated(partner.getId(), admin, now);
        for (Attachment attachment : em.createNamedQuery(Attachment.OF_APPLICATION, Attachment.class)
                .setParameter("application", id).getResultList()) {
            attachment.passTo(partner.getId());
        }

        String userCode = freeUserCode();
        char[] password = Credentials.newPassword();
        try {
            Account account = Account.openForPartner(userCode, HASH.hash(password), partner, application.getContactName(),
                    application.getEmail(), now);
            em.persist(account);
            flush();
            em.createNamedQuery(TermsAcceptance.OF_APPLICATION, TermsAcceptance.class)
                    .setParameter("application", application)
                    .getResultList()
                    .forEach(acceptance -> acceptance.byAccount(account));
            outbox.enqueue(application.getEmail(), "Votre candidature est validée : vos identifiants",
                    credentialsMail(application, userCode, password));
            audit.record(Change.of("APPLICATION", id, partner.getId(), "VALIDATE", before,
                    Map.of("status", application.getStatus().name(), "partnerId", String.valueOf(partner.getId()))));
            audit.record(Change.of("PARTNER", partner.getId(), partner.getId(), "CREATE", Map.of(), partner.profileState()));
            // the right of use starts with the validation and the terms accepted (R22)
            em.persist(LabelTransition.granted(partner.getId(), now, admin));
            audit.record(Change.of("LABEL", partner.getId(), partner.getId(), "GRANT", Map.of(),
                    Map.of("labelStatus", partner.getLabelStatus().name())));
            audit.record(Change.of("ACCOUNT", account.getId(), partner.getId(), "CREATE", Map.of(), Map.of(
                    "userCode", userCode, "role", Role.PARTNER.name(), "email", application.getEmail(),
                    "mustChangePassword", "true")));
        } finally {
            Arrays.fill(password, '\0');
        }
        flush();
        return new Validation(id, partner.getId(), userCode);
    }

    /**
     * Rejects a pending application with a reason (R7), e-mailed to the applicant.
     *
     * @throws InvalidInputException when the reason is missing or too long
     * @throws BusinessException when the application was decided or changed meanwhile
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void reject(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Indiquez le motif du refus : il est envoyé au candidat.");
        }
        String trimmed = reason.trim();
        if (trimmed.length() > PartnerApplication.REASON_LENGTH) {
            throw new InvalidInputException("reason", "Le motif est trop long (" + PartnerApplication.REASON_LENGTH
                    + " caractères au plus).");
        }
        PartnerApplication application = findCurrent(id, expectedVersion);
        Map<String, String> before = Map.of("status", application.getStatus().name());
        application.reject(context.getCallerPrincipal().getName(), trimmed, clock.instant());
        outbox.enqueue(application.getEmail(), "Votre candidature au label n'est pas retenue", rejectionMail(application));
        audit.record(Change.of("APPLICATION", id, null, "REJECT", before,
                Map.of("status", application.getStatus().name(), "reason", trimmed)));
        flush();
    }

    private PartnerApplication find(long id) {
        return Optional.ofNullable(em.find(PartnerApplication.class, id))
                .orElseThrow(() -> new ResourceNotFoundException("Candidature introuvable."));
    }

    private PartnerApplication findCurrent(long id, long expectedVersion) {
        PartnerApplication application = find(id);
        application.requirePending();
        if (application.getVersion() != expectedVersion) {
            throw new BusinessException("Cette candidature vient d'être modifiée par un autre administrateur : rechargez la page.");
        }
        return application;
    }

    /** Two administrators deciding at once: the second one's write fails on the version column. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("Cette candidature vient d'être traitée par un autre administrateur : rechargez la page.");
        }
    }

    private Set<String> checkCategories(PartnerKind kind, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException("categories", "Choisissez au moins une catégorie d'offres.");
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String code : chosen) {
            if (!kind.allowedCategories().contains(code)) {
                throw new InvalidInputException("categories", "La catégorie « " + code + " » ne correspond pas au type « "
                        + kind.label() + " ».");
            }
            categories.add(code);
        }
        return categories;
    }

    private void requireNewCompany(Siren siren) {
        if (em.createNamedQuery(Partner.COUNT_BY_SIREN, Long.class).setParameter("siren", siren.value())
                .getSingleResult() > 0) {
            throw new InvalidInputException(Siren.FIELD, "Cette société (SIREN " + siren.formatted()
                    + ") est déjà partenaire : connectez-vous avec vos identifiants.");
        }
        if (em.createNamedQuery(PartnerApplication.COUNT_PENDING_BY_SIREN, Long.class).setParameter("siren", siren.value())
                .getSingleResult() > 0) {
            throw new InvalidInputException(Siren.FIELD, "Une candidature de cette société (SIREN " + siren.formatted()
                    + ") est déjà en cours d'examen.");
        }
    }

    private String freeUserCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = Credentials.newUserCode();
            if (em.createNamedQuery(Account.FIND_BY_USER_CODE, Account.class).setParameter("userCode", code)
                    .getResultList().isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free user code after 20 attempts");
    }

    static byte[] content(EntityManager em, long attachmentId) {
        return em.createNamedQuery(Attachment.CONTENT, byte[].class).setParameter("id", attachmentId).getSingleResult();
    }

    private String link(String path) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
    }

    private String acknowledgement(PartnerApplication application, TermsVersion terms) {
        return "Bonjour " + application.getContactName() + ",\n\n"
                + "Nous avons bien reçu la candidature de " + application.getName() + " (SIREN " + application.getSiren()
                + ") au label « Entrepreneurs, faites le choix de l'économie numérique », déposée le "
                + FrenchDates.format(LocalDate.ofInstant(application.getSubmittedAt(), FRANCE)) + ".\n"
                + "Vous avez accepté la version " + terms.getNumber() + " des conditions générales d'utilisation.\n\n"
                + "Le Ministère va l'examiner. Vous recevrez sa décision par courrier électronique ; en cas de validation, "
                + "ce message contiendra votre code utilisateur et votre mot de passe confidentiels.\n\n"
                + "Référence de votre candidature : " + application.getId() + "\n";
    }

    private String credentialsMail(PartnerApplication application, String userCode, char[] password) {
        return "Bonjour " + application.getContactName() + ",\n\n"
                + "Le Ministère a validé la candidature de " + application.getName() + ". Votre société est désormais "
                + "partenaire de l'opération « Entrepreneurs, faites le choix de l'économie numérique ».\n\n"
                + "Voici vos identifiants confidentiels, qui vous permettent de publier et de mettre à jour vos offres :\n\n"
                + "    Code utilisateur : " + userCode + "\n"
                + "    Mot de passe     : " + new String(password) + "\n\n"
                + "Connectez-vous sur " + link("login.xhtml") + " : il vous sera demandé de choisir un nouveau mot de "
                + "passe dès la première connexion. Ne communiquez ces identifiants à personne ; le Ministère ne vous "
                + "les demandera jamais.\n\n"
                + "Pensez à tenir à jour le profil de votre société dans votre espace partenaire.\n";
    }

    private String rejectionMail(PartnerApplication application) {
        return "Bonjour " + application.getContactName() + ",\n\n"
                + "Le Ministère a examiné la candidature de " + application.getName() + " (SIREN " + application.getSiren()
                + ") et ne peut pas la retenir, pour le motif suivant :\n\n"
                + application.getDecisionReason() + "\n\n"
                + "Vous pouvez déposer une nouvelle candidature lorsque ce motif aura été levé : " + link("candidature.xhtml")
                + "\n";
    }
}
