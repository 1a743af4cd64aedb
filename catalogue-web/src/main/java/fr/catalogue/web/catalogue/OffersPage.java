package fr.catalogue.web.catalogue;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.offer.OfferSummary;
import fr.catalogue.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

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
    private final PagedRows<OfferSummary> offers = new PagedRows<>(request -> catalogue.findPublished(category, request), OfferSummary::id);

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

    public PagedRows<OfferSummary> getOffers() {
        return offers;
    }
}
