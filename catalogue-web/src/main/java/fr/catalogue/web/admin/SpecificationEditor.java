package fr.catalogue.web.admin;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.Impact;
import fr.catalogue.specification.RequirementText;
import fr.catalogue.specification.SpecificationDiff;
import fr.catalogue.specification.SpecificationDrafts;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The specification editor ({@code /admin/cahier-des-charges.xhtml?categorie=…}): the category's
 * draft, its criteria, the difference with the version in force, the impact on published offers,
 * and publication. Every rule is the services'; this bean only carries the form.
 */
@Named
@ViewScoped
public class SpecificationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A criterion of the draft as the table shows it. */
    public record Row(String key, String label, String requirement, boolean mandatory) {
    }

    @Inject
    private SpecificationDrafts drafts;

    @Inject
    private CategoryService categories;

    private String category;
    private String categoryName;
    private Long draftId;
    private long draftVersion;
    private int draftNumber;
    private List<Row> rows = List.of();
    private List<SpecificationDiff.Change> changes = List.of();
    private Impact impact;
    private CriterionForm form = new CriterionForm();
    private LocalDate effectiveDate;
    private String changeNote;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        categoryName = categories.findByCode(category).map(Category::getName).orElse(null);
        if (categoryName == null) {
            faces.getExternalContext().responseSendError(404, "Catégorie inconnue");
            faces.responseComplete();
            return;
        }
        drafts.findDraft(category).ifPresent(this::show);
    }

    public void openDraft() {
        show(drafts.openDraft(category));
    }

    public void newCriterion() {
        form = new CriterionForm();
    }

    public void editCriterion(String key) {
        form = CriterionForm.of(drafts.findDraft(category).orElseThrow().toRules().criterion(key).orElseThrow());
    }

    public void saveCriterion() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> faces.addMessage("criterionForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
            faces.validationFailed();
            return;
        }
        Criterion criterion;
        try {
            criterion = form.toCriterion();
        } catch (IllegalArgumentException e) {
            // the value object refuses what the form does not check itself (e.g. twice the same value)
            faces.addMessage("criterionForm", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "editor.criterion.invalid"), null));
            faces.validationFailed();
            return;
        }
        show(drafts.putCriterion(draftId, draftVersion, criterion));
        impact = null;
        form = new CriterionForm();
    }

    public void removeCriterion(String key) {
        show(drafts.removeCriterion(draftId, draftVersion, key));
        impact = null;
    }

    public void measureImpact() {
        impact = drafts.impact(draftId);
    }

    public String publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        SpecificationVersion published = drafts.publish(draftId, draftVersion, effectiveDate, changeNote);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "editor.published", published.getNumber()), null));
        return "/cahier-des-charges?faces-redirect=true&categorie=" + category + "&version=" + published.getNumber();
    }

    private void show(SpecificationVersion draft) {
        draftId = draft.getId();
        draftVersion = draft.getLockVersion();
        draftNumber = draft.getNumber();
        List<Criterion> criteria = draft.toRules().criteria();
        rows = criteria.stream()
                .map(c -> new Row(c.key(), c.label(), RequirementText.of(c), c.mandatory()))
                .toList();
        changes = drafts.diff(draftId);
    }

    public CriterionType[] getTypes() {
        return CriterionType.values();
    }

    public boolean isHasDraft() {
        return draftId != null;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public int getDraftNumber() {
        return draftNumber;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SpecificationDiff.Change> getChanges() {
        return changes;
    }

    public Impact getImpact() {
        return impact;
    }

    /** "3 offres publiées sur 12 ne seraient plus conformes", once measured. */
    public String getImpactSummary() {
        return impact == null ? null : Messages.text(FacesContext.getCurrentInstance(), "editor.impact.summary",
                impact.nonConforming(), impact.evaluated());
    }

    public CriterionForm getForm() {
        return form;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public LocalDate getToday() {
        return LocalDate.now(SpecificationService.LABEL_ZONE);
    }
}
