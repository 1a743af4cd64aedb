package fr.catalogue.api.label;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.label.LabelRights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone may check whether a company holds the label (R21). */
@Path("v1/partners/{id: [0-9]{1,18}}/label")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Label")
public class PartnerLabelResource {

    @Inject
    private LabelRights rights;

    @GET
    @Operation(summary = "Le droit d'usage du label d'un partenaire : état, depuis quand, mention du logo")
    @APIResponse(responseCode = "200", description = "Le droit d'usage")
    @APIResponse(responseCode = "404", description = "Aucun partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LabelJson get(@PathParam("id") long id) {
        return LabelJson.of(rights.labelOf(id));
    }
}
