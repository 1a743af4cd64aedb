package fr.catalogue.api.auth;

import fr.catalogue.api.CatalogueApi;
import fr.catalogue.api.problem.Problem;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchanges a user code and password for a bearer token (R7), and tells whom a token stands for.
 * Sign-ins are throttled: after too many failures the token request answers 429 with
 * {@code Retry-After}. Tokens already issued keep working during a lockout (they were obtained
 * with the right password); changing the password revokes them all.
 */
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Authentification")
public class AuthResource {

    @Inject
    private AccountService accounts;

    @GET
    @Path("me")
    @Operation(summary = "Le compte authentifié par le jeton")
    @SecurityRequirement(name = CatalogueApi.BEARER)
    @APIResponse(responseCode = "200", description = "Le compte")
    @APIResponse(responseCode = "401", description = "Jeton absent, invalide ou expiré",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallerJson me() {
        Caller caller = accounts.currentCaller();
        return new CallerJson(caller.userCode(), caller.role().name(), caller.partnerId(), caller.displayName());
    }

    @POST
    @Path("token")
    @Operation(summary = "Obtenir un jeton d'accès à l'API")
    @APIResponse(responseCode = "200", description = "Le jeton et son expiration")
    @APIResponse(responseCode = "400", description = "Corps absent ou incomplet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Code utilisateur ou mot de passe incorrect",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Trop de tentatives infructueuses : réessayer après le délai "
            + "de l'en-tête Retry-After (secondes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(TokenRequestJson request) {
        if (request == null) {
            throw new InvalidInputException("userCode", "Le corps doit contenir « userCode » et « password ».");
        }
        if (request.userCode() == null || request.userCode().isBlank()) {
            throw new InvalidInputException("userCode", "Le code utilisateur est obligatoire.");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw new InvalidInputException("password", "Le mot de passe est obligatoire.");
        }
        return accounts.issueToken(request.userCode(), request.password().toCharArray())
                .map(issued -> Response.ok(new TokenJson(issued.token(), issued.expiresAt())).build())
                .orElseGet(() -> Problem.of(Response.Status.UNAUTHORIZED,
                                "Code utilisateur ou mot de passe incorrect.").toResponse());
    }
}
