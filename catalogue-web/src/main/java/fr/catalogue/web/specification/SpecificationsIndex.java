package fr.catalogue.web.specification;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.category.Family;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every category, by family, each leading to its specification ({@code /cahiers-des-charges.xhtml}). */
@Named
@RequestScoped
public class SpecificationsIndex {

    @Inject
    private CategoryService categories;

    private Map<Family, List<Category>> byFamily;

    public void load() {
        byFamily = categories.findAll().stream()
                .collect(Collectors.groupingBy(Category::getFamily, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Map.Entry<Family, List<Category>>> getFamilies() {
        return List.copyOf(byFamily.entrySet());
    }
}
