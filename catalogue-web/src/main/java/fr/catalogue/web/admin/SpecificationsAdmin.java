package fr.catalogue.web.admin;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.specification.SpecificationDrafts;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' list of specifications ({@code /admin/cahiers-des-charges.xhtml}). */
@Named
@RequestScoped
public class SpecificationsAdmin {

    /** A category with its version in force and its draft, if any. */
    public record Row(String code, String name, Integer inForce, Integer draft) {
    }

    @Inject
    private CategoryService categories;

    @Inject
    private SpecificationService specifications;

    @Inject
    private SpecificationDrafts drafts;

    private List<Row> rows;

    public void load() {
        rows = categories.findAll().stream().map(this::row).toList();
    }

    private Row row(Category category) {
        List<SpecificationVersion> history = specifications.getHistory(category.getCode());
        Integer inForce = history.stream().filter(v -> v.getStatus().name().equals("PUBLISHED"))
                .map(SpecificationVersion::getNumber).reduce((a, b) -> b).orElse(null);
        Integer draft = drafts.findDraft(category.getCode()).map(SpecificationVersion::getNumber).orElse(null);
        return new Row(category.getCode(), category.getName(), inForce, draft);
    }

    public List<Row> getRows() {
        return rows;
    }
}
