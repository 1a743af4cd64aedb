package fr.catalogue.web.space;

import fr.catalogue.offer.CategoryCount;
import fr.catalogue.offer.OfferCatalogue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The reviewers' and administrators' landing page: the catalogue at a glance, per category. */
@Named
@RequestScoped
public class StaffHome {

    @Inject
    private OfferCatalogue catalogue;

    private List<CategoryCount> counts;

    public void load() {
        counts = catalogue.countPublishedByCategory();
    }

    public List<CategoryCount> getCounts() {
        return counts;
    }

    public long getTotal() {
        return counts.stream().mapToLong(CategoryCount::offers).sum();
    }
}
