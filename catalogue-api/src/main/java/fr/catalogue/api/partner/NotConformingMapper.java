package fr.catalogue.api.partner;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.offer.NotConformingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Publishing an offer that does not conform (R11): 409, with the verdict. */
@Provider
public class NotConformingMapper implements ExceptionMapper<NotConformingException> {

    @Override
    public Response toResponse(NotConformingException e) {
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA)
                .entity(NotConformingProblem.of(e.getMessage(), e.verdict())).build();
    }
}
