package fr.catalogue.web.label;

import fr.catalogue.label.NoticeDetail;
import fr.catalogue.label.NoticeRow;
import fr.catalogue.label.Notices;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * A partner's notices ({@code /partner/avertissements.xhtml}, R18): the letters, the
 * acknowledgement, the answer. The service decides whose notices these are.
 */
@Named
@ViewScoped
public class PartnerNoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notices notices;

    private List<NoticeRow> rows;
    private NoticeDetail selected;
    private String answer;

    public void load() {
        rows = notices.findOwn();
    }

    public void select(long noticeId) {
        selected = notices.getOwn(noticeId);
        answer = null;
    }

    public void acknowledge(long noticeId) {
        notices.acknowledge(noticeId);
        info("notices.acknowledged", String.valueOf(noticeId));
        refresh(noticeId);
    }

    public void sendAnswer() {
        long noticeId = selected.row().id();
        notices.answer(noticeId, answer);
        info("notices.answered", String.valueOf(noticeId));
        refresh(noticeId);
    }

    public StreamedContent download(long noticeId) {
        return Letters.download(noticeId, notices.ownLetter(noticeId));
    }

    private void refresh(long noticeId) {
        load();
        select(noticeId);
    }

    private static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, key, arguments), null));
    }

    public List<NoticeRow> getRows() {
        return rows;
    }

    public NoticeDetail getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
