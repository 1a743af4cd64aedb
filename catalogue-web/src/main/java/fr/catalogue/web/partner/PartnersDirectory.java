package fr.catalogue.web.partner;

import fr.catalogue.partner.DirectoryRow;
import fr.catalogue.partner.DirectorySearch;
import fr.catalogue.partner.PartnerDirectory;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.web.PagedRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/** The administrators' directory of partners ({@code /admin/partenaires.xhtml}, R7): lazy, by name or SIREN and kind. */
@Named
@ViewScoped
public class PartnersDirectory implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "directory:partners";

    @Inject
    private PartnerDirectory directory;

    private String search;
    private PartnerKind kind;
    private final PagedRows<DirectoryRow> rows = new PagedRows<>(request -> directory.findPage(new DirectorySearch(search, kind), request), DirectoryRow::id);

    /** Other words or another kind: back to the first page. */
    public void searchChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public PagedRows<DirectoryRow> getRows() {
        return rows;
    }
}
