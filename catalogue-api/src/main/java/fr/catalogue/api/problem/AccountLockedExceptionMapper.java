package fr.catalogue.api.problem;

import fr.catalogue.security.AccountLockedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Too many failed sign-ins for a user code: 429 with {@code Retry-After} (seconds until the lock
 * ends) and a French explanation of how to proceed.
 */
@Provider
public class AccountLockedExceptionMapper implements ExceptionMapper<AccountLockedException> {

    @Override
    public Response toResponse(AccountLockedException e) {
        Problem problem = Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage());
        return Response.status(problem.status()).type(Problem.MEDIA).entity(problem)
                .header("Retry-After", Long.toString(e.secondsToWait()))
                .build();
    }
}
