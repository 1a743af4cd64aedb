package fr.catalogue.web.admin;

import fr.catalogue.mail.OutboxAdmin;
import fr.catalogue.mail.OutboxDetail;
import fr.catalogue.mail.OutboxRow;
import fr.catalogue.mail.OutboxStatus;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

/** The administrators' outbox ({@code /admin/courriels.xhtml}): messages by status, one in detail, "retry now". */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "outbox:table";

    @Inject
    private OutboxAdmin outbox;

    private OutboxStatus status;
    private Map<OutboxStatus, Long> counts;
    private OutboxDetail selected;
    private final PagedRows<OutboxRow> messages = new PagedRows<>(request -> outbox.find(status, request), OutboxRow::id);

    @PostConstruct
    void init() {
        counts = outbox.countByStatus();
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public Map<OutboxStatus, Long> getCounts() {
        return counts;
    }

    public PagedRows<OutboxRow> getMessages() {
        return messages;
    }

    public OutboxDetail getSelected() {
        return selected;
    }

    /** Another status: counts read again, the table from its first page. */
    public void filterChanged() {
        counts = outbox.countByStatus();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void show(long id) {
        selected = outbox.get(id);
    }

    public void retryNow() {
        if (selected == null) {
            return;
        }
        long id = selected.row().id();
        // the body is already shown: reading it again would trace a second reading
        selected = new OutboxDetail(outbox.retryNow(id), selected.body());
        counts = outbox.countByStatus();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "outbox.retried", id), null));
    }
}
