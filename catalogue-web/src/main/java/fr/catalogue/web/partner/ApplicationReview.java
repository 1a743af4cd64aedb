package fr.catalogue.web.partner;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.partner.ApplicationStatus;
import fr.catalogue.partner.AttachmentInfo;
import fr.catalogue.partner.PartnerApplication;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.partner.Validation;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * One application for an administrator ({@code /admin/candidature.xhtml?id=}, R7): every field,
 * the documents to download, and the decision — validate, or reject with a reason.
 */
@Named
@ViewScoped
public class ApplicationReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerApplications applications;

    @Inject
    private CategoryService categories;

    private Long id;
    private PartnerApplication application;
    private List<AttachmentInfo> attachments;
    private List<String> categoryNames;
    private String reason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null) {
            faces.getExternalContext().responseSendError(404, "Candidature introuvable");
            faces.responseComplete();
            return;
        }
        try {
            refresh();
        } catch (ResourceNotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    private void refresh() {
        application = applications.get(id);
        attachments = applications.attachments(id);
        // the names of the categories applied for, in the order of the terms of use (R1 to R4)
        categoryNames = categories.findAll().stream()
                .filter(category -> application.getCategories().contains(category.getCode()))
                .map(Category::getName)
                .toList();
    }

    /** Validates: partner and account created, credentials e-mailed (R7). */
    public void validate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Validation done = applications.validate(id, application.getVersion());
        refresh();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "review.validated", done.userCode(), application.getEmail()), null));
    }

    /** Rejects with the reason typed in the dialog, e-mailed to the applicant (R7). */
    public void reject() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            applications.reject(id, application.getVersion(), reason);
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent("rejectForm"), refusal);
            return;
        }
        refresh();
        reason = null;
        PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "review.rejected", application.getEmail()), null));
    }

    public StreamedContent download(long attachmentId) {
        return Uploads.download(applications.downloadAttachment(attachmentId));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerApplication getApplication() {
        return application;
    }

    public List<String> getCategoryNames() {
        return categoryNames;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isPending() {
        return application != null && application.getStatus() == ApplicationStatus.SUBMITTED;
    }
}
