package fr.catalogue.web.label;

import fr.catalogue.label.NoticeDetail;
import fr.catalogue.label.NoticeRow;
import fr.catalogue.label.NoticeStatus;
import fr.catalogue.label.Notices;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * Every notice for the reviewers ({@code /reviewer/avertissements.xhtml}, R18): filtered by status,
 * the letter, the partner's answer, and the decision — accept, or refuse saying why.
 */
@Named
@ViewScoped
public class ReviewerNoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notices notices;

    private NoticeStatus status = NoticeStatus.ANSWERED;
    private NoticeDetail selected;
    private String note;
    private final PagedRows<NoticeRow> rows = new PagedRows<>(request -> notices.find(status, request), NoticeRow::id);

    public void select(long noticeId) {
        selected = notices.get(noticeId);
        note = null;
    }

    public void accept() {
        long noticeId = selected.row().id();
        notices.accept(noticeId, selected.version(), note);
        done("notices.accepted", noticeId);
    }

    public void reject() {
        long noticeId = selected.row().id();
        notices.reject(noticeId, selected.version(), note);
        done("notices.rejected", noticeId);
    }

    public StreamedContent download(long noticeId) {
        return Letters.download(noticeId, notices.letter(noticeId));
    }

    private void done(String key, long noticeId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, key, String.valueOf(noticeId)), null));
        selected = null;
        note = null;
    }

    public NoticeStatus[] getStatuses() {
        return NoticeStatus.values();
    }

    public PagedRows<NoticeRow> getRows() {
        return rows;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public NoticeDetail getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
