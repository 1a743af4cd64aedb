package fr.catalogue.web.partner;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.ApplicationRow;
import fr.catalogue.partner.ApplicationStatus;
import fr.catalogue.partner.PartnerApplications;
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

/** The administrators' queue of applications ({@code /admin/candidatures.xhtml}, R7): lazy, by status. */
@Named
@ViewScoped
public class ApplicationsQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "queue:applications";

    @Inject
    private PartnerApplications applications;

    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private final LazyDataModel<ApplicationRow> rows = new Rows();

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    /** Another status: back to the first page. */
    public void statusChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<ApplicationRow> getRows() {
        return rows;
    }

    private final class Rows extends LazyDataModel<ApplicationRow> {

        private static final long serialVersionUID = 1L;
        private transient Page<ApplicationRow> last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : Math.toIntExact(last.total());
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            last = applications.findPage(status, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(last.total()));
            return last.items();
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ApplicationRow getRowData(String rowKey) {
            return last == null ? null
                    : last.items().stream().filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
