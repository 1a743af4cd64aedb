package fr.catalogue.api.problem;

import fr.catalogue.search.SearchUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The search index is still being built after a start: 503 with a Retry-After, in French. */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {

    @Override
    public Response toResponse(SearchUnavailableException e) {
        Response response = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).toResponse();
        return Response.fromResponse(response).header("Retry-After", "10").build();
    }
}
