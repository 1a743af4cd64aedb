package fr.catalogue.web.admin;

import fr.catalogue.specification.SpecificationDrafts;
import fr.catalogue.specification.SpecificationOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' list of specifications ({@code /admin/cahiers-des-charges.xhtml}). */
@Named
@RequestScoped
public class SpecificationsAdmin {

    @Inject
    private SpecificationDrafts drafts;

    private List<SpecificationOverview> rows;

    public void load() {
        rows = drafts.overview();
    }

    public List<SpecificationOverview> getRows() {
        return rows;
    }
}
