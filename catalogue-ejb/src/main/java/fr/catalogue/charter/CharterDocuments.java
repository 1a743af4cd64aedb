package fr.catalogue.charter;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.label.LabelRights;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The charter documents (R21, R23): administrators upload versions; anyone downloads the terms of
 * use; partners holding the right of use ({@code GRANTED} or {@code WARNED}) download the rest,
 * their own caption's logo first. Every download is logged, served or refused; a refusal is an
 * {@link AccessRefusedException} (HTTP 403). Who the reader is comes from the signed-in caller,
 * never from a parameter.
 */
@Stateless
public class CharterDocuments {

    /** The user code logged for a download by someone not signed in. */
    public static final String PUBLIC_READER = AuditTrail.PUBLIC;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AccountService accounts;

    @Inject
    private LabelRights rights;

    @Inject
    private DownloadLog log;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.documents.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    /**
     * Stores a new version of a document (R21, R23): the file is checked by its content
     * ({@link CharterFileCheck}); its version is the slot's last plus one; the upload is audited.
     *
     * @throws InvalidInputException naming the field refused ({@code kind}, {@code caption}, {@code title}, {@code file})
     * @throws BusinessException when another version of the same slot was stored at the same moment
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public DocumentRow upload(DocumentSlot slot, String title, String fileName, byte[] content) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidInputException("title", "Donnez un titre au document.");
        }
        if (cleanTitle.length() > CharterDocument.TITLE_LENGTH) {
            throw new InvalidInputException("title", "Le titre ne doit pas dépasser " + CharterDocument.TITLE_LENGTH
                    + " caractères.");
        }
        CharterFileCheck.CheckedFile file = new CharterFileCheck(maxBytes).check(slot.kind(), fileName, content);
        int version = lastVersion(slot) + 1;
        CharterDocument document = new CharterDocument(slot, cleanTitle, version, file,
                context.getCallerPrincipal().getName(), clock.instant());
        try {
            em.persist(document);
            em.flush();
        } catch (PersistenceException e) {
            // the unique key (kind, caption, version): two administrators uploaded the same slot at once
            throw new BusinessException("Une autre version de ce document vient d'être déposée : rechargez la page"
                    + " et déposez à nouveau votre fichier.");
        }
        audit.record(Change.of("CHARTER_DOCUMENT", document.getId(), null, "UPLOAD", Map.of(), document.state()));
        return row(document.getId()).orElseThrow();
    }

    /** Every version of every document, newest version first within each, for the administrators. */
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    public List<DocumentRow> allVersions() {
        return em.createNamedQuery(CharterDocument.ROWS, DocumentRow.class).getResultList();
    }

    /** The latest version of each public document (R23: the terms of use), for anyone. */
    @PermitAll
    public List<DocumentRow> publicDocuments() {
        return latest().stream().filter(row -> row.kind().isPublic()).toList();
    }

    /**
     * The signed-in partner's documents (R21, R23): with the right of use, the latest version of
     * each document, its own caption's logo first; without it, the public ones only and the reason.
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public PartnerDocuments forOwnPartner() {
        Caller caller = accounts.currentCaller();
        long partnerId = ownPartnerId(caller);
        LabelStatus status = rights.statusOf(partnerId);
        LabelCaption caption = LabelCaption.of(em.find(Partner.class, partnerId).getKind());
        List<DocumentRow> shelf = DocumentShelf.forPartner(latest(), caption);
        Optional<String> refusal = DocumentAccess.refusal(DocumentKind.LOGO, Role.PARTNER, status);
        List<DocumentRow> shown = refusal.isEmpty() ? shelf : shelf.stream().filter(row -> row.kind().isPublic()).toList();
        return new PartnerDocuments(status, caption, shown, refusal.orElse(null));
    }

    /**
     * The documents the caller may download, latest versions: the public ones for anyone, the
     * partner's shelf for a partner, everything for the staff.
     */
    @PermitAll
    public List<DocumentRow> available() {
        Optional<Caller> caller = accounts.signedInCaller();
        if (caller.isEmpty()) {
            return publicDocuments();
        }
        if (caller.get().role() == Role.PARTNER) {
            return forOwnPartner().documents();
        }
        return latest();
    }

    /**
     * One version of a document with its content, for the caller (R23): the terms of use for
     * anyone, the rest for the staff and for partners holding the right of use. The download is
     * logged as {@code SERVED} in this transaction, or as {@code REFUSED} in its own before the refusal.
     *
     * @throws ResourceNotFoundException when there is no such document
     * @throws AccessRefusedException when the caller may not have it (HTTP 403)
     */
    @PermitAll
    public DocumentFile download(long documentId) {
        DocumentRow row = row(documentId).orElseThrow(() -> new ResourceNotFoundException("Document introuvable."));
        Optional<Caller> caller = accounts.signedInCaller();
        Role role = caller.map(Caller::role).orElse(null);
        Long partnerId = caller.map(Caller::partnerId).orElse(null);
        String userCode = caller.map(Caller::userCode).orElse(PUBLIC_READER);
        LabelStatus status = role == Role.PARTNER && partnerId != null ? rights.statusOf(partnerId) : null;
        Optional<String> refusal = role == Role.PARTNER && partnerId == null
                ? Optional.of("Aucun partenaire n'est rattaché à ce compte.")
                : DocumentAccess.refusal(row.kind(), role, status);
        if (refusal.isPresent()) {
            log.refused(documentId, partnerId, userCode);
            throw new AccessRefusedException(refusal.get());
        }
        byte[] content = em.createNamedQuery(CharterDocument.CONTENT, byte[].class).setParameter("id", documentId)
                .getSingleResult();
        em.persist(new DocumentDownload(documentId, partnerId, userCode, clock.instant(), DocumentDownload.Outcome.SERVED));
        return new DocumentFile(row, content);
    }

    /** The largest file accepted, in bytes ({@code catalogue.documents.max-bytes}). */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    private List<DocumentRow> latest() {
        return em.createNamedQuery(CharterDocument.LATEST_ROWS, DocumentRow.class).getResultList();
    }

    private Optional<DocumentRow> row(long id) {
        return em.createNamedQuery(CharterDocument.ROW, DocumentRow.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private int lastVersion(DocumentSlot slot) {
        Object last = em.createNativeQuery("SELECT MAX(version) FROM charter_document WHERE kind = ? AND caption_key = ?")
                .setParameter(1, slot.kind().name())
                .setParameter(2, slot.caption() == null ? "" : slot.caption().name())
                .getSingleResult();
        return last == null ? 0 : ((Number) last).intValue();
    }

    private static long ownPartnerId(Caller caller) {
        if (caller.partnerId() == null) {
            throw new ResourceNotFoundException("Aucun partenaire n'est rattaché à ce compte.");
        }
        return caller.partnerId();
    }
}
