package fr.catalogue.web.space;

import fr.catalogue.offer.CategoryCount;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.specification.ConformanceFlags;
import fr.catalogue.specification.FlaggedOffer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The reviewers' and administrators' landing page: the catalogue per category, and the offers flagged for review. */
@Named
@RequestScoped
public class StaffHome {

    private static final int FLAGGED_SHOWN = 100;

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private ConformanceFlags flags;

    private List<CategoryCount> counts;
    private List<FlaggedOffer> flagged;

    public void load() {
        counts = catalogue.countPublishedByCategory();
        flagged = flags.findFlagged(FLAGGED_SHOWN);
    }

    public List<FlaggedOffer> getFlagged() {
        return flagged;
    }

    public List<CategoryCount> getCounts() {
        return counts;
    }

    public long getTotal() {
        return counts.stream().mapToLong(CategoryCount::offers).sum();
    }
}
