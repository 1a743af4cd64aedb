package fr.catalogue.api.problem;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the business rules, with its French message: 400, 404, or 422 for the rest. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.invalidField(invalid.field(), invalid.getMessage()).toResponse();
        }
        if (e instanceof ResourceNotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
        return Problem.of(new UnprocessableEntity(), e.getMessage()).toResponse();
    }

    private static final class UnprocessableEntity implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
