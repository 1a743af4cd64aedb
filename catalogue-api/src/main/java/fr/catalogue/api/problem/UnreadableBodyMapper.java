package fr.catalogue.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not the JSON expected (malformed, or a value of the wrong type) is the
 * caller's mistake: 400, saying so. Any other processing failure is ours: 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problem.of(Response.Status.BAD_REQUEST,
                        "Le corps de la requête n'est pas un JSON valide ou un champ n'a pas le type attendu.").toResponse();
            }
        }
        return new UnexpectedExceptionMapper().toResponse(e);
    }
}
