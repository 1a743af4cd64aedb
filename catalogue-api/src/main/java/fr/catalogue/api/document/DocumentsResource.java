package fr.catalogue.api.document;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.DocumentFile;
import fr.catalogue.charter.DownloadHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The charter documents (R21, R23): without a token the public ones (the terms of use); with a
 * partner's token the ones it may download, its own caption's logo first. Every download is
 * logged; a withdrawn or expired right gets a 403 problem.
 */
@Path("v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Documents du label")
public class DocumentsResource {

    @Inject
    private CharterDocuments documents;

    @GET
    @Operation(summary = "Les documents du label que l'appelant peut télécharger (dernières versions)")
    @APIResponse(responseCode = "200", description = "Les documents, avec leur empreinte SHA-256")
    public List<DocumentJson> list() {
        return documents.available().stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Le fichier d'un document (PDF, PNG, JPEG ou SVG)")
    @APIResponse(responseCode = "200", description = "Le fichier ; l'en-tête X-Checksum-SHA256 donne son empreinte")
    @APIResponse(responseCode = "403", description = "Document réservé aux partenaires titulaires du droit d'usage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Aucun document ne porte ce numéro",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response content(@PathParam("id") long id) {
        DocumentFile file = documents.download(id);
        Response.ResponseBuilder response = Response.ok(file.content());
        DownloadHeaders.of(file.row(), file.content().length).forEach(response::header);
        return response.type(file.row().contentType()).build();
    }
}
