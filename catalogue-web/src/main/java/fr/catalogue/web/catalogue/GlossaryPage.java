package fr.catalogue.web.catalogue;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import fr.catalogue.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The glossary ({@code /glossaire.xhtml}, R13): the criteria of every specification in force with
 * their explanations, and the general terms of the messages bundle ({@code glossary.general.<n>.term}
 * and {@code .text}), in alphabetical order with anchors.
 */
@Named
@RequestScoped
public class GlossaryPage {

    private static final String GENERAL = "glossary.general.";

    @Inject
    private CategoryService categories;

    @Inject
    private SpecificationService specifications;

    @Inject
    private FacesContext faces;

    private List<Glossary.Section> sections = List.of();

    /** The view action: gathers the terms once per request. */
    public void load() {
        Glossary glossary = new Glossary();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale());
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(GENERAL) && key.endsWith(".term")) {
                String text = key.substring(0, key.length() - ".term".length()) + ".text";
                if (bundle.containsKey(text)) {
                    glossary.general(bundle.getString(key), bundle.getString(text));
                }
            }
        }
        for (Category category : categories.findAll()) {
            specifications.findInForce(category.getCode()).map(SpecificationVersion::toRules).ifPresent(rules -> {
                for (Criterion criterion : rules.criteria()) {
                    glossary.criterion(criterion.label(), criterion.explanation(), category.getName());
                }
            });
        }
        sections = glossary.sections();
    }

    /** The terms by first letter, alphabetical. */
    public List<Glossary.Section> getSections() {
        return sections;
    }
}
