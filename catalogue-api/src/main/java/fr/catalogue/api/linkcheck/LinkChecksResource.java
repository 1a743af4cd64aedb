package fr.catalogue.api.linkcheck;

import fr.catalogue.api.CatalogueApi;
import fr.catalogue.api.problem.Problem;
import fr.catalogue.common.PageRequest;
import fr.catalogue.linkcheck.LinkChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The two-click checker on demand (R15), with a partner's token (pages of its own site, or those
 * its offers link to) or a reviewer's or administrator's (any page). Delegates to
 * {@link LinkChecks}, which decides who may check or read what. A partner asking about another
 * site's page is a 400 naming {@code url}: the same refusal as a link to another site in an offer.
 */
@Path("v1/link-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Vérification des liens", description = "Règle des deux clics (R15) : une page du site du partenaire "
        + "vers laquelle renvoie une offre doit permettre de revenir au catalogue en deux clics au plus.")
@SecurityRequirement(name = CatalogueApi.BEARER)
@APIResponse(responseCode = "401", description = "Jeton absent, invalide ou expiré",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LinkChecksResource {

    @Inject
    private LinkChecks checks;

    @POST
    @Operation(summary = "Vérifier maintenant qu'une page permet de revenir au catalogue en deux clics au plus",
            description = "Corps : {\"url\": \"https://…\"}. Un partenaire ne peut vérifier que les pages de son site "
                    + "déclaré (ou de ses sous-domaines) et celles vers lesquelles ses offres renvoient ; un relecteur ou "
                    + "un administrateur, toute page. La vérification est faite tout de suite et conservée ; la réponse "
                    + "donne le verdict (CONFORM, NON_CONFORM, INDETERMINATE), le chemin de clics qui le prouve ou la "
                    + "raison, et chaque requête faite avec son statut HTTP et sa durée. Une adresse mal formée ou "
                    + "refusée par les règles de sécurité (adresse locale, privée, de métadonnées…) n'est jamais lue.")
    @APIResponse(responseCode = "200", description = "Le résultat de la vérification, avec ses preuves",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkCheckJson.class)))
    @APIResponse(responseCode = "400", description = "Adresse absente, mal formée, refusée par les règles de sécurité, "
            + "ou (partenaire) qui n'est pas une page de son site : « detail » dit pourquoi, « field » vaut « url »",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LinkCheckJson check(JsonValue body) {
        return LinkCheckJson.of(checks.checkNow(LinkCheckRequest.parse(body).url()));
    }

    @GET
    @Operation(summary = "L'historique des vérifications d'une page, la plus récente d'abord, avec leurs preuves",
            description = "Un partenaire : seulement une page vers laquelle l'une de ses offres renvoie.")
    @APIResponse(responseCode = "200", description = "Une page de l'historique",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkCheckPageJson.class)))
    @APIResponse(responseCode = "400", description = "Adresse absente, ou page ou taille invalide",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Aucune offre du partenaire ne renvoie vers cette page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LinkCheckPageJson history(
            @Parameter(description = "L'adresse de la page", required = true) @QueryParam("url") String url,
            @Parameter(description = "Numéro de page, à partir de 0") @QueryParam("page") String page,
            @Parameter(description = "Taille de page, 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        return LinkCheckPageJson.of(checks.history(url, PageRequest.parse(page, size)));
    }
}
