package fr.catalogue.api.partner;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.offer.OfferImportRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An import file with errors: 422, every error with its line and field. */
@Provider
public class OfferImportRefusedMapper implements ExceptionMapper<OfferImportRefused> {

    @Override
    public Response toResponse(OfferImportRefused e) {
        return Response.status(422).type(Problem.MEDIA).entity(ImportProblem.of(e.getMessage(), e.errors())).build();
    }
}
