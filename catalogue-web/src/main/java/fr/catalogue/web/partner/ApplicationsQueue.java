package fr.catalogue.web.partner;

import fr.catalogue.partner.ApplicationRow;
import fr.catalogue.partner.ApplicationStatus;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.web.PagedRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/** The administrators' queue of applications ({@code /admin/candidatures.xhtml}, R7): lazy, by status. */
@Named
@ViewScoped
public class ApplicationsQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "queue:applications";

    @Inject
    private PartnerApplications applications;

    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private final PagedRows<ApplicationRow> rows = new PagedRows<>(request -> applications.findPage(status, request), ApplicationRow::id);

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

    public PagedRows<ApplicationRow> getRows() {
        return rows;
    }
}
