package fr.catalogue.api.category;

import fr.catalogue.category.Category;

/** A category as the API shows it. */
public record CategoryJson(String code, String name, String family) {

    public static CategoryJson of(Category category) {
        return new CategoryJson(category.getCode(), category.getName(), category.getFamily().name());
    }
}
