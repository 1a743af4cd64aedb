package fr.catalogue.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by JAX-RS itself (unknown path, wrong method, unreadable body, unsupported media
 * type…) become problem documents with the same status and a French explanation.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Problem problem = Problem.of(status, explain(status.getStatusCode()));
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA).entity(problem);
        // Keep what the client needs to act on: Allow (405), Retry-After (429, 503), WWW-Authenticate (401).
        for (String header : new String[] {"Allow", "Retry-After", "WWW-Authenticate"}) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    static String explain(int status) {
        return switch (status) {
            case 400 -> "La requête est mal formée.";
            case 401 -> "Authentification requise.";
            case 403 -> "Vous n'avez pas le droit d'effectuer cette action.";
            case 404 -> "La ressource demandée n'existe pas.";
            case 405 -> "Cette méthode n'est pas permise sur cette ressource.";
            case 406 -> "Le format de réponse demandé n'est pas disponible (JSON seulement).";
            case 415 -> "Le format du corps de la requête n'est pas pris en charge (JSON attendu).";
            default -> "La requête n'a pas pu être traitée.";
        };
    }
}
