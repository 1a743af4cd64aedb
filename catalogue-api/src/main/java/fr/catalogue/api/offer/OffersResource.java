package fr.catalogue.api.offer;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.PageRequest;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.search.CriterionFacet;
import fr.catalogue.search.Facets;
import fr.catalogue.search.OfferSearch;
import fr.catalogue.search.SearchInput;
import fr.catalogue.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public catalogue: published offers of partners holding the right of use (R18), searched in
 * French with facets (issue 7).
 */
@Path("v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Offres")
public class OffersResource {

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private OfferSearch search;

    @Inject
    private CategoryService categories;

    /*
     * Parameters are read as text and checked by SearchInput and PageRequest: JAX-RS would answer
     * 404 to a query parameter that is not a number, where the caller deserves a 400 naming it.
     */
    @GET
    @Operation(summary = "Rechercher dans le catalogue public",
            description = "Recherche en français (pluriels, accents, élisions et majuscules indifférents, une faute de"
                    + " frappe pardonnée) parmi les offres publiées des partenaires détenant le droit d'usage, avec les"
                    + " facettes et leurs effectifs. Le décompte d'une facette ignore son propre filtre. Sans aucun"
                    + " critère, les offres les plus récentes.")
    @APIResponse(responseCode = "200", description = "Une page d'offres et les facettes",
            content = @Content(schema = @Schema(implementation = OfferSearchJson.class)))
    @APIResponse(responseCode = "400", description = "Paramètre invalide (nommé dans « field »)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "L'index de recherche se construit après un démarrage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferSearchJson list(
            @Parameter(description = "Texte recherché (200 caractères au plus)") @QueryParam("q") String q,
            @Parameter(description = "Famille : EQUIPMENT, TELECOM, INTERNET ou SERVICE_PROVIDER") @QueryParam("family") String family,
            @Parameter(description = "Code de catégorie, par exemple PC_DESKTOP") @QueryParam("category") String category,
            @Parameter(description = "Prix minimum en euros HT") @QueryParam("priceMin") String priceMin,
            @Parameter(description = "Prix maximum en euros HT") @QueryParam("priceMax") String priceMax,
            @Parameter(description = "Tranche de prix de la facette « price », par exemple 500-1000 (borne haute exclue)")
            @QueryParam("price") String price,
            @Parameter(description = "Code du département du partenaire, par exemple 35") @QueryParam("department") String department,
            @Parameter(description = "Code INSEE de la région du partenaire, par exemple 53") @QueryParam("region") String region,
            @Parameter(description = "Type de partenaire, par exemple INTERNET_PROVIDER") @QueryParam("kind") String kind,
            @Parameter(description = "Numéro d'un partenaire") @QueryParam("partner") String partner,
            @Parameter(description = "Tri : pertinence, prix, prix-desc ou recent") @QueryParam("sort") String sort,
            @Parameter(description = "Numéro de page, à partir de 0", schema = @Schema(defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Taille de page, de 1 à 100", schema = @Schema(defaultValue = "20")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        String categoryCode = category == null || category.isBlank() ? null
                : categories.getFilter("category", category.trim()).getCode();
        SearchQuery.Builder query = SearchQuery.builder()
                .text(SearchInput.text("q", q))
                .family(SearchInput.family("family", family))
                .category(categoryCode)
                .department(SearchInput.department("department", department))
                .region(SearchInput.region("region", region))
                .kind(SearchInput.kind("kind", kind))
                .partner(SearchInput.partner("partner", partner))
                .sort(SearchInput.sort("sort", sort))
                .page(request);
        BigDecimal[] range = SearchInput.priceFacet("price", price);
        BigDecimal min = priceMin == null || priceMin.isBlank() ? range[0] : SearchInput.price("priceMin", priceMin);
        BigDecimal max = priceMax == null || priceMax.isBlank() ? range[1] : SearchInput.price("priceMax", priceMax);
        SearchInput.priceRange("priceMax", min, max);
        query.priceMin(min).priceMax(max);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().startsWith(Facets.CRITERION_PREFIX) && !parameter.getValue().isEmpty()) {
                String key = parameter.getKey().substring(Facets.CRITERION_PREFIX.length());
                CriterionFacet facet = search.criteriaOf(categoryCode).stream().filter(f -> f.key().equals(key))
                        .findFirst().orElse(null);
                String value = SearchInput.criterion(parameter.getKey(), key, parameter.getValue().get(0), categoryCode,
                        facet);
                if (value != null) {
                    query.criterion(key, value);
                }
            }
        }
        return OfferSearchJson.of(search.search(query.build()));
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
