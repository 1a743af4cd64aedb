package fr.catalogue.api.category;

import fr.catalogue.category.CategoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree (R1 to R4), public. */
@Path("v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Catégories")
public class CategoriesResource {

    @Inject
    private CategoryService categories;

    @GET
    @Operation(summary = "Toutes les catégories d'offres, dans l'ordre des conditions d'utilisation")
    public List<CategoryJson> all() {
        return categories.findAll().stream().map(CategoryJson::of).toList();
    }
}
