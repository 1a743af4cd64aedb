package fr.catalogue.api.specification;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.specification.SpecificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The technical specifications of the categories (R5), public, with their history. */
@Path("v1/categories/{code}/specification")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Cahiers des charges")
public class SpecificationsResource {

    @Inject
    private SpecificationService specifications;

    @GET
    @Operation(summary = "Le cahier des charges en vigueur d'une catégorie")
    @APIResponse(responseCode = "200", description = "La version en vigueur et ses critères")
    @APIResponse(responseCode = "404", description = "Catégorie inconnue ou sans cahier des charges en vigueur",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpecificationJson inForce(@PathParam("code") String code) {
        return SpecificationJson.of(specifications.getInForce(code));
    }

    @GET
    @Path("versions")
    @Operation(summary = "Toutes les versions publiées, la plus récente d'abord")
    public List<VersionSummaryJson> history(@PathParam("code") String code) {
        return specifications.getHistory(code).stream().map(VersionSummaryJson::of).toList();
    }

    @GET
    @Path("versions/{number: [0-9]{1,9}}")
    @Operation(summary = "Une version publiée, en vigueur ou non")
    @APIResponse(responseCode = "404", description = "Version inexistante ou non publiée",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpecificationJson version(@PathParam("code") String code, @PathParam("number") int number) {
        return SpecificationJson.of(specifications.getPublished(code, number));
    }
}
