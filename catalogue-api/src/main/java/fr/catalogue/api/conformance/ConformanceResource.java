package fr.catalogue.api.conformance;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.specification.SpecificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks an offer against the specification in force of its category (R11), without saving anything. */
@Path("v1/conformance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Conformité")
public class ConformanceResource {

    @Inject
    private SpecificationService specifications;

    @POST
    @Path("check")
    @Operation(summary = "Vérifier une offre avant de la saisir",
            description = "attributes : {clé: valeur}; pricing : {clé: {amount, unit, description}}, un montant 0 "
                    + "signifie inclus; services : {clé: DIRECT | VIA_PARTNER}.")
    @APIResponse(responseCode = "200", description = "Le verdict, critère par critère")
    @APIResponse(responseCode = "400", description = "Corps mal formé ou valeur du mauvais type (champ nommé)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Catégorie inconnue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerdictJson check(JsonValue body) {
        CheckRequest request = CheckRequest.parse(body);
        return VerdictJson.of(specifications.check(request.category(), request.facts()));
    }
}
