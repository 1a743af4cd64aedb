package fr.catalogue.api.nearby;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.geo.Departments;
import fr.catalogue.geo.Nearby;
import fr.catalogue.geo.NearbyProviders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Providers nearby (R25), public. */
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Prestataires proches")
public class NearbyProvidersResource {

    @Inject
    private NearbyProviders nearby;

    @GET
    @Path("nearby")
    @Operation(summary = "Les centres de compétences et conseillers d'un département puis des départements voisins",
            description = "Seuls les partenaires détenant le droit d'usage du label (accordé ou averti) sont listés.")
    @APIResponse(responseCode = "200", description = "Le lieu compris et les prestataires, ceux du département d'abord")
    @APIResponse(responseCode = "400", description = "Lieu inconnu ou ambigu (application/problem+json, champ where)")
    public NearbyJson nearby(@QueryParam("where") @Parameter(description = "Code postal, numéro ou nom de "
            + "département, ou ville d'un partenaire du catalogue (accents et casse indifférents) ; une autre ville "
            + "se donne par son code postal", example = "35000") String where) {
        try {
            Nearby found = nearby.around(where);
            return NearbyJson.of(found, Departments.neighbours(found.place().department().code()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("where", e.getMessage());
        }
    }
}
