package fr.catalogue.api.offer;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.common.PageRequest;
import fr.catalogue.offer.OfferCatalogue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: published offers only. */
@Path("v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Offres")
public class OffersResource {

    @Inject
    private OfferCatalogue catalogue;

    /*
     * Parameters are read as text and checked by PageRequest: JAX-RS would answer 404 to a
     * query parameter that is not a number, where the caller deserves a 400 naming it.
     */
    @GET
    @Operation(summary = "Les offres publiées, les plus récentes d'abord")
    @APIResponse(responseCode = "200", description = "Une page d'offres")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (nommé dans « field »)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferPageJson list(
            @Parameter(description = "Code de catégorie, par exemple PC_DESKTOP") @QueryParam("category") String category,
            @Parameter(description = "Numéro de page, à partir de 0", schema = @Schema(defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Taille de page, de 1 à 100", schema = @Schema(defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        String categoryCode = category == null || category.isBlank() ? null : category.trim();
        return OfferPageJson.of(catalogue.findPublished(categoryCode, request));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Une offre publiée")
    @APIResponse(responseCode = "200", description = "L'offre")
    @APIResponse(responseCode = "404", description = "Aucune offre publiée ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferJson get(@PathParam("id") long id) {
        return OfferJson.of(catalogue.getPublished(id));
    }
}
