package fr.catalogue.api.partner;

import fr.catalogue.api.CatalogueApi;
import fr.catalogue.api.problem.Problem;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.OfferImport;
import fr.catalogue.offer.OwnOffer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's own offers (R7, R11 to R15), with a partner's token only: drafts created, changed
 * and deleted; publication only of conforming offers (R11), every published version kept (R14);
 * withdrawal; import of many drafts from a CSV file. Another partner's offer is a 404 on every
 * path and action, as if it did not exist, and nothing changes.
 */
@Path("v1/partner/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped // holds the request's UriInfo in a field; the other resources are application-scoped (docs/architecture.md)
@Tag(name = "Espace partenaire")
@SecurityRequirement(name = CatalogueApi.BEARER)
@APIResponse(responseCode = "401", description = "Jeton absent, invalide ou expiré",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Le jeton n'est pas celui d'un compte partenaire",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PartnerOffersResource {

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    private OfferEditing offers;

    @Inject
    private OfferImport offerImport;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Toutes les offres du partenaire, quel que soit leur état, les plus récemment modifiées d'abord")
    public List<PartnerOfferRowJson> list() {
        return offers.list(null).stream().map(PartnerOfferRowJson::of).toList();
    }

    @GET
    @Path(ID)
    @Operation(summary = "Une offre du partenaire")
    @APIResponse(responseCode = "200", description = "L'offre")
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerOfferJson get(@PathParam("id") long id) {
        return PartnerOfferJson.of(offers.get(id));
    }

    @POST
    @Operation(summary = "Créer une offre en brouillon",
            description = "Corps : {category, title, description, priceExclVat, pricing : {clé : {amount, unit, "
                    + "description}}, attributes : {clé : valeur}, services : {clé : DIRECT | VIA_PARTNER}, "
                    + "links : [\"https://…\"]}. Un brouillon est enregistré même s'il n'est pas conforme.")
    @APIResponse(responseCode = "201", description = "Le brouillon créé ; son adresse dans l'en-tête Location")
    @APIResponse(responseCode = "400", description = "Corps mal formé ou valeur refusée (champ nommé dans « field »)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonValue body) {
        OwnOffer created = offers.create(null, OfferBody.parse(body).input());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(PartnerOfferJson.of(created)).build();
    }

    @PUT
    @Path(ID)
    @Operation(summary = "Modifier une offre",
            description = "Même corps que la création, plus « version » (facultatif) : le numéro lu avec l'offre, "
                    + "pour refuser la modification si quelqu'un d'autre l'a changée entre-temps. Une offre publiée "
                    + "doit rester conforme : elle devient une nouvelle version publiée.")
    @APIResponse(responseCode = "200", description = "L'offre modifiée")
    @APIResponse(responseCode = "400", description = "Corps mal formé ou valeur refusée (champ nommé dans « field »)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Offre publiée devenue non conforme (avec le verdict), ou "
            + "modifiée entre-temps par quelqu'un d'autre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = NotConformingProblem.class)))
    public PartnerOfferJson update(@PathParam("id") long id, JsonValue body) {
        OfferBody parsed = OfferBody.parse(body);
        return PartnerOfferJson.of(offers.update(id, parsed.input(), parsed.version()));
    }

    @DELETE
    @Path(ID)
    @Operation(summary = "Supprimer une offre jamais publiée (une offre déjà publiée se retire)")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "L'offre a déjà été publiée : ses versions sont conservées",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id) {
        offers.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path(ID + "/publish")
    @Operation(summary = "Publier une offre conforme au cahier des charges en vigueur de sa catégorie")
    @APIResponse(responseCode = "200", description = "L'offre publiée")
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Non conforme : « verdict » liste les critères en défaut",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = NotConformingProblem.class)))
    @APIResponse(responseCode = "422", description = "Déjà publiée, ou aucun cahier des charges en vigueur",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerOfferJson publish(@PathParam("id") long id) {
        return PartnerOfferJson.of(offers.publish(id));
    }

    @POST
    @Path(ID + "/withdraw")
    @Operation(summary = "Retirer du catalogue une offre publiée")
    @APIResponse(responseCode = "200", description = "L'offre retirée")
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "L'offre n'est pas publiée",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerOfferJson withdraw(@PathParam("id") long id) {
        return PartnerOfferJson.of(offers.withdraw(id));
    }

    @GET
    @Path(ID + "/versions")
    @Operation(summary = "Les versions publiées d'une offre, la plus récente d'abord, avec leurs périodes (R14)")
    @APIResponse(responseCode = "200", description = "Les versions ; « until » absent : celle qui est au catalogue")
    @APIResponse(responseCode = "404", description = "Aucune offre de ce partenaire ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OfferVersionJson> versions(@PathParam("id") long id) {
        return offers.history(id).stream().map(OfferVersionJson::of).toList();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Importer des offres en brouillon depuis un fichier CSV (UTF-8), tout ou rien",
            description = "Une ligne d'en-tête puis une offre par ligne ; séparateur « ; » ou « , ». Colonnes : "
                    + "category, title, description, priceExclVat, links (adresses séparées par des espaces), "
                    + "attr:<clé>, price:<clé>, price:<clé>:unit, price:<clé>:description, service:<clé>. "
                    + "Voir docs/partner-guide.md.")
    @APIResponse(responseCode = "201", description = "Toutes les lignes importées : {imported, offers: [ids]}")
    @APIResponse(responseCode = "413", description = "Fichier trop gros ou trop de lignes ; rien n'est importé",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Erreurs : « errors » les liste toutes, avec leur ligne ; "
            + "rien n'est importé",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importCsv(InputStream body) {
        List<Long> ids = offerImport.importCsv(body).offerIds();
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(new ImportedJson(ids.size(), ids)).build();
    }
}
