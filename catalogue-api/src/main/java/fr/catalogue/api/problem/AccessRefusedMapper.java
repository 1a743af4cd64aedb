package fr.catalogue.api.problem;

import fr.catalogue.common.AccessRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of access with its French reason (e.g. a withdrawn right of use, R18, R23): 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
