package fr.catalogue.web.catalogue;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.offer.OfferSummary;
import jakarta.annotation.PostConstruct;
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

/** The public list of offers ({@code /}): a lazy, paged table with a category filter. */
@Named
@ViewScoped
public class OffersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "offers:table";

    @Inject
    private transient CategoryService categoryService;

    @Inject
    private OfferCatalogue catalogue;

    private List<Category> categories;
    private String category;
    private final LazyDataModel<OfferSummary> offers = new Offers();

    @PostConstruct
    void init() {
        categories = categoryService.findAll();
    }

    public List<Category> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category;
    }

    /** A new category: the table starts again from its first page. */
    public void filterChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<OfferSummary> getOffers() {
        return offers;
    }

    /** Reads only the page shown, with its total, from the service. */
    private final class Offers extends LazyDataModel<OfferSummary> {

        private static final long serialVersionUID = 1L;
        private transient Page<OfferSummary> last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : Math.toIntExact(last.total());
        }

        @Override
        public List<OfferSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            last = catalogue.findPublished(category, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(last.total()));
            return last.items();
        }

        @Override
        public String getRowKey(OfferSummary offer) {
            return Long.toString(offer.id());
        }

        @Override
        public OfferSummary getRowData(String rowKey) {
            return last == null ? null
                    : last.items().stream().filter(o -> Long.toString(o.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
