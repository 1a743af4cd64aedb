package fr.catalogue.web.specification;

import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.RequirementText;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * One version of a category's specification ({@code /cahier-des-charges.xhtml?categorie=…[&version=n]}):
 * the version in force unless a number is asked for; an unknown one is a 404 page.
 */
@Named
@RequestScoped
public class SpecificationPage {

    /** A criterion as the page shows it. */
    public record Row(String label, String requirement, boolean mandatory, String explanation) {
    }

    @Inject
    private SpecificationService specifications;

    @Inject
    private FacesContext faces;

    private String category;
    private String version;
    private SpecificationVersion shown;
    private List<Row> rows;
    private List<SpecificationVersion> history;

    public void load() throws IOException {
        try {
            shown = version == null || version.isBlank() ? specifications.getInForce(category)
                    : specifications.getPublished(category, Integer.parseInt(version.trim()));
            rows = shown.toRules().criteria().stream().map(SpecificationPage::row).toList();
            history = specifications.getHistory(category);
        } catch (ResourceNotFoundException | NumberFormatException e) {
            faces.getExternalContext().responseSendError(404, "Cahier des charges introuvable");
            faces.responseComplete();
        }
    }

    private static Row row(Criterion criterion) {
        return new Row(criterion.label(), RequirementText.of(criterion), criterion.mandatory(), criterion.explanation());
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public SpecificationVersion getShown() {
        return shown;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SpecificationVersion> getHistory() {
        return history;
    }
}
