package fr.catalogue.api.partner;

import fr.catalogue.api.problem.Problem;
import fr.catalogue.offer.OfferImportTooLarge;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An import file beyond the limits: 413, nothing imported. */
@Provider
public class OfferImportTooLargeMapper implements ExceptionMapper<OfferImportTooLarge> {

    @Override
    public Response toResponse(OfferImportTooLarge e) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).toResponse();
    }
}
