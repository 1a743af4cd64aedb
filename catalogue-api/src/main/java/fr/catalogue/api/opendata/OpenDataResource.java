package fr.catalogue.api.opendata;

import fr.catalogue.charter.DownloadHeaders;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.opendata.AtomFeed;
import fr.catalogue.opendata.OpenData;
import fr.catalogue.opendata.OpenOffer;
import fr.catalogue.opendata.OpenOfferCsv;
import fr.catalogue.opendata.OpenOfferJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open data of the public catalogue, under Licence Ouverte / Open Licence 2.0: the files are
 * written a batch of offers at a time straight to the response, never held whole in memory.
 */
@Path("v1/opendata")
@ApplicationScoped
@Tag(name = "Données ouvertes")
public class OpenDataResource {

    private static final int BATCH = 500;
    private static final int DEFAULT_CHANGES = 200;
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @Inject
    private OpenData openData;

    @GET
    @Path("offers.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Toutes les offres du catalogue public en CSV",
            description = "UTF-8 avec BOM, séparateur point-virgule, fins de ligne CRLF, virgule décimale ; colonnes : "
                    + "id, titre, description, categorie_code, categorie, famille, prix_ht_eur, partenaire_id, "
                    + "partenaire, partenaire_type, ville, code_postal, departement, site_web, publiee_le, modifiee_le, "
                    + "url. Une cellule qui commencerait par = + - @ est précédée d'une apostrophe.")
    @APIResponse(responseCode = "200", description = "Le fichier offres-catalogue.csv")
    public Response csv() {
        String base = openData.publicUrl();
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            OpenOfferCsv.header(out);
            forEachBatch(batch -> {
                for (OpenOffer offer : batch) {
                    OpenOfferCsv.row(out, offer, offerUrl(base, offer));
                }
                out.flush();
            });
            out.flush();
        };
        return download(body, "text/csv; charset=UTF-8", "offres-catalogue.csv");
    }

    @GET
    @Path("offers.json")
    @Produces("application/json")
    @Operation(summary = "Toutes les offres du catalogue public en JSON",
            description = "Un objet : licence, licence_url, source, genere_le et offres, un tableau d'objets aux "
                    + "mêmes noms que les colonnes du CSV (prix_ht_eur est un nombre).")
    @APIResponse(responseCode = "200", description = "Le fichier offres-catalogue.json")
    public Response json() {
        String base = openData.publicUrl();
        String generatedAt = openData.now().toString();
        StreamingOutput body = output -> {
            JsonGenerator json = Json.createGenerator(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            OpenOfferJson.start(json, base + "donnees-ouvertes.xhtml", generatedAt);
            forEachBatch(batch -> {
                for (OpenOffer offer : batch) {
                    OpenOfferJson.offer(json, offer, offerUrl(base, offer));
                }
                json.flush();
            });
            OpenOfferJson.end(json);
            json.close();
        };
        return download(body, "application/json", "offres-catalogue.json");
    }

    @GET
    @Path("feed.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "Le flux Atom des offres ajoutées, modifiées et retirées, les plus récentes d'abord")
    @APIResponse(responseCode = "200", description = "Un flux Atom 1.0")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (application/problem+json)")
    public Response feed(
            @QueryParam("since") @Parameter(description = "Seulement les changements depuis ce jour (AAAA-MM-JJ, heure "
                    + "de Paris) ou cet instant (ISO 8601)", example = "2026-01-31") String since,
            @QueryParam("limit") @Parameter(description = "Nombre d'entrées, 200 par défaut, 500 au plus") String limit) {
        int count;
        try {
            count = limit == null || limit.isBlank() ? DEFAULT_CHANGES : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > OpenData.MAX_CHANGES) {
            throw new InvalidInputException("limit", "Le nombre d'entrées doit être compris entre 1 et "
                    + OpenData.MAX_CHANGES + ".");
        }
        StringWriter xml = new StringWriter();
        AtomFeed.write(xml, openData.publicUrl(), openData.changes(parseSince(since), count), openData.now());
        return Response.ok(xml.toString(), AtomFeed.MEDIA_TYPE + "; charset=UTF-8").build();
    }

    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.strip().length() == 10 ? LocalDate.parse(since.strip()).atStartOfDay(FRANCE).toInstant()
                    : Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since",
                    "La date « " + since + " » n'est pas valide : écrivez-la AAAA-MM-JJ (par exemple 2026-01-31).");
        }
    }

    private interface BatchConsumer {
        void accept(List<OpenOffer> batch) throws java.io.IOException;
    }

    /** Each batch of the public catalogue by id, one transaction each, until none is left. */
    private void forEachBatch(BatchConsumer consumer) throws java.io.IOException {
        long after = 0;
        while (true) {
            List<OpenOffer> batch = openData.batch(after, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            consumer.accept(batch);
            after = batch.get(batch.size() - 1).id();
        }
    }

    private static String offerUrl(String base, OpenOffer offer) {
        return base + "offre.xhtml?id=" + offer.id();
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", DownloadHeaders.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
