package fr.catalogue.api.partner;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.offer.ConcurrentEditException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The offer changed since the caller read it (optimistic lock): 409, nothing saved. */
@Provider
public class ConcurrentEditMapper implements ExceptionMapper<ConcurrentEditException> {

    @Override
    public Response toResponse(ConcurrentEditException e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }
}
