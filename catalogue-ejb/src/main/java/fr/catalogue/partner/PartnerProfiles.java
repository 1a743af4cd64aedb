package fr.catalogue.partner;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.search.CatalogueChange;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's profile, kept current by the partner itself (R8) or, for it, by an administrator
 * (R7: traced as such). A partner reaches its own profile only: the partner comes from the
 * signed-in caller, never from a parameter.
 */
@Stateless
public class PartnerProfiles {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The search index reads a partner's name and town with its offers. */
    @Inject
    private Event<CatalogueChange> catalogueChanged;

    @Inject
    @ConfigProperty(name = "catalogue.upload.max-bytes", defaultValue = "5242880")
    private long maxUploadBytes;

    /** The caller's own profile (R8). */
    @RolesAllowed(Role.PARTNER_NAME)
    public PartnerProfile getOwn() {
        return view(ownPartner());
    }

    /**
     * Updates the caller's own profile (R8): the same checks as an application (identity, contact,
     * a competence centre's Annex 3 profile and services). Name, SIREN and kind do not change.
     *
     * @param expectedVersion the version the partner edited
     * @throws InvalidInputException naming the field refused
     * @throws BusinessException when the profile changed meanwhile
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public PartnerProfile updateOwn(long expectedVersion, CompanyForm company, CompetenceProfileForm competence) {
        Partner partner = ownPartner();
        change(partner, expectedVersion, company, competence, "UPDATE");
        return view(partner);
    }

    /** Adds a renewed certificate or another document to the caller's own profile (R8). */
    @RolesAllowed(Role.PARTNER_NAME)
    public void addOwnDocument(Upload upload) {
        addDocument(ownPartner(), upload, "ADD_DOCUMENT");
    }

    /** One of the caller's own documents; another partner's is "not found". */
    @RolesAllowed(Role.PARTNER_NAME)
    public Document downloadOwn(long attachmentId) {
        Long partnerId = accounts.currentCaller().partnerId();
        Attachment attachment = Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .filter(a -> partnerId.equals(a.getPartnerId()))
                .orElseThrow(() -> new ResourceNotFoundException("Document introuvable."));
        return new Document(attachment.getFileName(), PdfCheck.PDF, PartnerApplications.content(em, attachmentId));
    }

    /** A partner's profile, for an administrator acting for it (R7). */
    @RolesAllowed(Role.ADMIN_NAME)
    public PartnerProfile get(long partnerId) {
        return view(find(partnerId));
    }

    /**
     * Updates a partner's profile for it (R7: the Ministry may act for a partner); the audit
     * trail records the administrator as the actor, the partner, and the action
     * {@code UPDATE_ON_BEHALF}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public PartnerProfile update(long partnerId, long expectedVersion, CompanyForm company, CompetenceProfileForm competence) {
        Partner partner = find(partnerId);
        change(partner, expectedVersion, company, competence, "UPDATE_ON_BEHALF");
        return view(partner);
    }

    /** Adds a document to a partner's profile for it (R7, traced as acting for the partner). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void addDocument(long partnerId, Upload upload) {
        addDocument(find(partnerId), upload, "ADD_DOCUMENT_ON_BEHALF");
    }

    private void change(Partner partner, long expectedVersion, CompanyForm company, CompetenceProfileForm competence,
            String action) {
        if (partner.getVersion() != expectedVersion) {
            throw new BusinessException("Ce profil vient d'être modifié par ailleurs : rechargez la page pour voir la dernière version.");
        }
        PartnerKind kind = partner.getKind();
        if (partner.getName() != null) {
            company.setName(partner.getName());
        }
        CompanyDetails details = CompanyDetails.from(company, kind.isCompetenceCentre());
        if (partner.getSiren() == null && em.createNamedQuery(Partner.COUNT_BY_SIREN, Long.class)
                .setParameter("siren", details.siren().value()).getSingleResult() > 0) {
            throw new InvalidInputException(Siren.FIELD, "Ce numéro SIREN est celui d'un autre partenaire.");
        }
        CompetenceProfile profile = null;
        List<DeclaredService> services = List.of();
        if (kind.isCompetenceCentre()) {
            profile = CompetenceProfile.from(competence);
            services = CompetenceProfile.services(competence, kind);
        }
        Map<String, String> before = partner.profileState();
        partner.updateProfile(details, profile, services, clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("Ce profil vient d'être modifié par ailleurs : rechargez la page pour voir la dernière version.");
        }
        audit.record(Change.of("PARTNER", partner.getId(), partner.getId(), action, before, partner.profileState()));
        catalogueChanged.fire(CatalogueChange.partner(partner.getId())); // its town and name are searched
    }

    private void addDocument(Partner partner, Upload upload, String action) {
        Instant now = clock.instant();
        SupportingDocuments.check(List.of(upload), EnumSet.noneOf(AttachmentKind.class), new PdfCheck(maxUploadBytes),
                LocalDate.ofInstant(now, PartnerApplications.FRANCE));
        Attachment attachment = new Attachment(null, partner.getId(), upload, Sha256.hex(upload.content()),
                now, context.getCallerPrincipal().getName());
        em.persist(attachment);
        em.flush();
        Map<String, String> after = new LinkedHashMap<>();
        after.put("kind", upload.kind().name());
        after.put("fileName", attachment.getFileName());
        after.put("sha256", attachment.getSha256());
        after.put("validUntil", upload.validUntil() == null ? null : upload.validUntil().toString());
        audit.record(Change.of("ATTACHMENT", attachment.getId(), partner.getId(), action, Map.of(), after));
    }

    private Partner ownPartner() {
        Long partnerId = accounts.currentCaller().partnerId();
        if (partnerId == null) {
            throw new ResourceNotFoundException("Aucun partenaire n'est rattaché à ce compte.");
        }
        return find(partnerId);
    }

    private Partner find(long partnerId) {
        return Optional.ofNullable(em.find(Partner.class, partnerId))
                .orElseThrow(() -> new ResourceNotFoundException("Partenaire introuvable."));
    }

    private PartnerProfile view(Partner partner) {
        List<AttachmentInfo> documents = em.createNamedQuery(Attachment.INFO_OF_PARTNER, AttachmentInfo.class)
                .setParameter("partner", partner.getId())
                .getResultList();
        return new PartnerProfile(partner.getId(), partner.getVersion(), partner.getName(), partner.getKind(),
                partner.toCompanyForm(), partner.toProfileForm(), partner.getCategories(), documents,
                partner.getProfileUpdatedAt());
    }
}
