package fr.catalogue.web.admin;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.mail.OutboxAdmin;
import fr.catalogue.mail.OutboxDetail;
import fr.catalogue.mail.OutboxRow;
import fr.catalogue.mail.OutboxStatus;
import fr.catalogue.web.Messages;
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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private final LazyDataModel<OutboxRow> messages = new Rows();

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

    public LazyDataModel<OutboxRow> getMessages() {
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

    /** Reads only the page shown, with its total, from the service. */
    private final class Rows extends LazyDataModel<OutboxRow> {

        private static final long serialVersionUID = 1L;
        private transient Page<OutboxRow> last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : Math.toIntExact(last.total());
        }

        @Override
        public List<OutboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            last = outbox.find(status, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(last.total()));
            return last.items();
        }

        @Override
        public String getRowKey(OutboxRow row) {
            return Long.toString(row.id());
        }

        @Override
        public OutboxRow getRowData(String rowKey) {
            return last == null ? null
                    : last.items().stream().filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
