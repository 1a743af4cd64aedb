package fr.catalogue.web.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.partner.AttachmentKind;
import fr.catalogue.partner.CompanyForm;
import fr.catalogue.partner.CompetenceProfileForm;
import fr.catalogue.partner.DiplomaLevel;
import fr.catalogue.partner.PartnerProfile;
import fr.catalogue.partner.Upload;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The profile form shared by a partner's own page and an administrator's page for a partner (R8):
 * the subclasses only say whose profile it is, through which service calls.
 */
public abstract class ProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "profile";

    private PartnerProfile profile;
    private CompanyForm company;
    private CompetenceProfileForm competence;
    private AttachmentKind documentKind = AttachmentKind.INSURANCE;
    private LocalDate documentValidUntil;

    protected abstract PartnerProfile read();

    protected abstract PartnerProfile write(long version, CompanyForm company, CompetenceProfileForm competence);

    protected abstract void addDocument(Upload upload);

    protected abstract fr.catalogue.partner.Document readDocument(long id);

    protected abstract long maxUploadBytes();

    protected void show(PartnerProfile shown) {
        profile = shown;
        company = shown.company();
        competence = shown.competence();
    }

    protected void reload() {
        show(read());
    }

    /** Saves the whole profile; a refusal is shown next to its field, and what was typed stays. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(write(profile.version(), company, competence));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "profile.saved"), null));
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    /** A renewed certificate or another document (R8: kept current). */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (documentKind.expires() && documentValidUntil == null) {
                throw Uploads.missingDate(documentKind);
            }
            addDocument(Uploads.of(documentKind, event.getFile(), documentKind.expires() ? documentValidUntil : null,
                    maxUploadBytes()));
            profile = read();
            documentValidUntil = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces, "apply.upload.received", event.getFile().getFileName()), null));
        } catch (InvalidInputException refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        }
    }

    public StreamedContent download(long id) {
        return Uploads.download(readDocument(id));
    }

    public PartnerProfile getProfile() {
        return profile;
    }

    public CompanyForm getCompany() {
        return company;
    }

    public CompetenceProfileForm getCompetence() {
        return competence;
    }

    public boolean isCompetenceCentre() {
        return profile != null && profile.kind().isCompetenceCentre();
    }

    public DiplomaLevel[] getDiplomaLevels() {
        return DiplomaLevel.values();
    }

    public ServiceCoverage[] getCoverages() {
        return ServiceCoverage.values();
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    public AttachmentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(AttachmentKind documentKind) {
        this.documentKind = documentKind;
    }

    public LocalDate getDocumentValidUntil() {
        return documentValidUntil;
    }

    public void setDocumentValidUntil(LocalDate documentValidUntil) {
        this.documentValidUntil = documentValidUntil;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes();
    }
}
