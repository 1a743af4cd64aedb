package fr.catalogue.web.contact;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.contact.PendingComment;
import fr.catalogue.contact.Ratings;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The reviewers' moderation of rating comments ({@code /reviewer/avis.xhtml}, R24): publish, or reject with a reason. */
@Named
@ViewScoped
public class CommentModeration implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "moderation";

    @Inject
    private Ratings ratings;

    private PendingComment selected;
    private String rejectReason;
    private final PagedRows<PendingComment> rows = new PagedRows<>(request -> ratings.pending(request), PendingComment::id);

    public void select(PendingComment row) {
        selected = row;
        rejectReason = null;
    }

    public void publish() {
        ratings.publish(selected.id(), selected.version());
        done("rating.moderation.published");
    }

    public void reject() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ratings.reject(selected.id(), selected.version(), rejectReason);
            done("rating.moderation.rejected");
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, key, selected.id()), null));
        selected = null;
    }

    public PagedRows<PendingComment> getRows() { return rows; }
    public PendingComment getSelected() { return selected; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
}
