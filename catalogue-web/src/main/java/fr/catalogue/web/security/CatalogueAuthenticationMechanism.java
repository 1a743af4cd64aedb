package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * How a request proves who it comes from:
 * <ul>
 * <li>the API: an {@code Authorization: Bearer} token from {@code POST /api/v1/auth/token}, on
 * every request, no session;</li>
 * <li>the pages: the sign-in form ({@link LoginPage}) checks the user code and password against
 * the identity store once, then the HTTP session remembers the user code.</li>
 * </ul>
 * A protected page asked for without a session leads to the sign-in page; a protected API
 * resource answers 401 in {@code application/problem+json}.
 */
@ApplicationScoped
public class CatalogueAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "catalogue.userCode";
    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Caller> caller = accounts.resolveToken(authorization.substring(BEARER.length()).trim());
            return caller.isPresent() ? login(request, response, context, caller.get())
                    : apiUnauthorized(response, context, "Jeton absent, invalide ou expiré.");
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String userCode) {
            Optional<Caller> caller = accounts.findCaller(userCode);
            if (caller.isPresent()) {
                return login(request, response, context, caller.get());
            }
            session.invalidate(); // the account was disabled or removed meanwhile
        }
        if (context.isProtected()) {
            return isApi(request) ? apiUnauthorized(response, context, "Authentification requise.")
                    : context.redirect(request.getContextPath() + "/login.xhtml?next=" + originalAddress(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Not responseUnauthorized(): that would send a 401 error page instead of the form's message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in defeats session fixation.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, Caller caller) {
        if (caller.role() != Role.PARTNER && isPartnerApi(request)) {
            // web.xml refuses it too, but with the HTML error page: the API answers in problem+json.
            return apiProblem(response, context, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Cette partie de l'API est réservée aux comptes partenaires.");
        }
        return context.notifyContainerAboutLogin(caller.userCode(), Set.of(caller.role().name()));
    }

    private static AuthenticationStatus apiUnauthorized(HttpServletResponse response, HttpMessageContext context,
                                                        String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"catalogue\"");
        return apiProblem(response, context, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static AuthenticationStatus apiProblem(HttpServletResponse response, HttpMessageContext context,
                                                   int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The partner API (web.xml: PARTNER only). */
    private static boolean isPartnerApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/v1/partner") || path.startsWith("/api/v1/partner/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalAddress(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
    }
}
