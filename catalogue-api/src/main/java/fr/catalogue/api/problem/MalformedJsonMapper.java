package fr.catalogue.api.problem;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON at all, read as a {@code JsonValue} by a resource: JSON-P throws its own
 * exception, unwrapped, where JSON-B's would come in a {@code ProcessingException}. The caller's
 * mistake: 400.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonParsingException> {

    @Override
    public Response toResponse(JsonParsingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Le corps de la requête n'est pas un JSON valide.").toResponse();
    }
}
