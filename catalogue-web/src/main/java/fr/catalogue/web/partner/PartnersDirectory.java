package fr.catalogue.web.partner;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.DirectoryRow;
import fr.catalogue.partner.DirectorySearch;
import fr.catalogue.partner.PartnerDirectory;
import fr.catalogue.partner.PartnerKind;
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
    private final LazyDataModel<DirectoryRow> rows = new Rows();

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

    public LazyDataModel<DirectoryRow> getRows() {
        return rows;
    }

    private final class Rows extends LazyDataModel<DirectoryRow> {

        private static final long serialVersionUID = 1L;
        private transient Page<DirectoryRow> last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : Math.toIntExact(last.total());
        }

        @Override
        public List<DirectoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            last = directory.findPage(new DirectorySearch(search, kind), new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(last.total()));
            return last.items();
        }

        @Override
        public String getRowKey(DirectoryRow row) {
            return Long.toString(row.id());
        }

        @Override
        public DirectoryRow getRowData(String rowKey) {
            return last == null ? null
                    : last.items().stream().filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
