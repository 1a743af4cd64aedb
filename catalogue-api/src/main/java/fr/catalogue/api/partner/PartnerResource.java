package fr.catalogue.api.partner;

import fr.catalogue.api.CatalogueApi;
import fr.catalogue.api.problem.Problem;
import fr.catalogue.partner.PartnerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partner a partner account acts for (R7). */
@Path("v1/partner/me")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Espace partenaire")
@SecurityRequirement(name = CatalogueApi.BEARER)
public class PartnerResource {

    @Inject
    private PartnerDirectory partners;

    @GET
    @Operation(summary = "Le partenaire pour lequel agit le compte du jeton")
    @APIResponse(responseCode = "200", description = "Son identité et le code utilisateur du compte")
    @APIResponse(responseCode = "401", description = "Jeton absent, invalide ou expiré",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Le jeton n'est pas celui d'un compte partenaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerJson me() {
        return PartnerJson.of(partners.getOwn());
    }
}
