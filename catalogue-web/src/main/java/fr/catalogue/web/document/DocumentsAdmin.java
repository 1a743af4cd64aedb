package fr.catalogue.web.document;

import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.DocumentKind;
import fr.catalogue.charter.DocumentRow;
import fr.catalogue.charter.DocumentSlot;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The administrators' charter documents ({@code /admin/documents.xhtml}): upload a new version, list them all (R21, R23). */
@Named
@ViewScoped
public class DocumentsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";

    @Inject
    private CharterDocuments documents;

    private List<DocumentRow> versions;
    private DocumentKind kind = DocumentKind.TERMS;
    private LabelCaption caption;
    private String title;
    private transient UploadedFile file;

    public void load() {
        versions = documents.allVersions();
    }

    /** Stores the file as the next version of its document; a refusal is shown next to its field. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException("file", Messages.text(faces, "documents.admin.noFile"));
            }
            DocumentRow row = documents.upload(new DocumentSlot(kind, kind.hasCaption() ? caption : null), title,
                    file.getFileName(), file.getContent());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces, "documents.admin.uploaded", row.title(), row.version(), row.sha256()), null));
            title = null;
            file = null;
            load();
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    public List<DocumentRow> getVersions() {
        return versions;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public LabelCaption[] getCaptions() {
        return LabelCaption.values();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public LabelCaption getCaption() {
        return caption;
    }

    public void setCaption(LabelCaption caption) {
        this.caption = caption;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public long getMaxBytes() {
        return documents.maxBytes();
    }
}
