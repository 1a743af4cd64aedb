package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import fr.catalogue.security.SignedIn;
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
import java.util.Objects;
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
 *
 * <p>The API never accepts the session cookie: only the bearer token, which a browser never sends
 * on its own, so no other site can make a signed-in browser call the API (no cross-site request
 * forgery on {@code /api}).
 *
 * <p>An account that must change its password (opened with a generated one, R7) is sent to
 * {@value #PASSWORD_PAGE} from every page, and refused with 403 on every API resource but
 * {@code /api/v1/auth/*}, until it has chosen a new password.
 */
@ApplicationScoped
public class CatalogueAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "catalogue.userCode";
    /** Which password the session was opened with: a password change or reset ends the other sessions. */
    static final String SESSION_PASSWORD = "catalogue.passwordStamp";
    /** The page where a signed-in user changes its password (and must, when told to). */
    public static final String PASSWORD_PAGE = "/compte/mot-de-passe.xhtml";
    private static final String BEARER = "Bearer ";
    /** What an account that must change its password may still reach. */
    private static final Set<String> OPEN_BEFORE_CHANGE = Set.of(PASSWORD_PAGE, "/login.xhtml",
            "/mot-de-passe-oublie.xhtml", "/reinitialiser.xhtml");

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<SignedIn> signedIn = accounts.resolveBearer(authorization.substring(BEARER.length()).trim());
            if (signedIn.isEmpty()) {
                return apiProblem(response, context, HttpServletResponse.SC_UNAUTHORIZED, "Jeton absent, invalide ou expiré.");
            }
            if (signedIn.get().mustChangePassword() && !path(request).startsWith("/api/v1/auth/")) {
                return apiProblem(response, context, HttpServletResponse.SC_FORBIDDEN,
                        "Changez d'abord votre mot de passe (page « Mot de passe » du site), puis demandez un nouveau jeton.");
            }
            return login(request, response, context, signedIn.get().caller());
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = isApi(request) ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String userCode) {
            Optional<SignedIn> signedIn = accounts.findSignedIn(userCode)
                    .filter(s -> s.passwordStamp().equals(Objects.requireNonNullElse(session.getAttribute(SESSION_PASSWORD), "")));
            if (signedIn.isPresent()) {
                if (signedIn.get().mustChangePassword() && !isOpenBeforeChange(path(request))) {
                    return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return login(request, response, context, signedIn.get().caller());
            }
            session.invalidate(); // the account was disabled or removed, or its password changed, meanwhile
        }
        if (context.isProtected()) {
            return isApi(request) ? apiProblem(response, context, HttpServletResponse.SC_UNAUTHORIZED, "Authentification requise.")
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
        accounts.findSignedIn(result.getCallerPrincipal().getName())
                .ifPresent(signedIn -> rememberPassword(request.getSession(), signedIn));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, Caller caller) {
        if (caller.role() != Role.PARTNER && isPartnerApi(request)) {
            // web.xml refuses it too, but with the HTML error page: the API answers in problem+json.
            return apiProblem(response, context, HttpServletResponse.SC_FORBIDDEN,
                    "Cette partie de l'API est réservée aux comptes partenaires.");
        }
        return context.notifyContainerAboutLogin(caller.userCode(), Set.of(caller.role().name()));
    }

    /** The partner API (web.xml: PARTNER only). */
    private static boolean isPartnerApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api/v1/partner") || path.startsWith("/api/v1/partner/");
    }

    private static AuthenticationStatus apiProblem(HttpServletResponse response, HttpMessageContext context, int status,
                                                   String detail) {
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"catalogue\"");
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            String title = status == HttpServletResponse.SC_UNAUTHORIZED ? "Unauthorized" : "Forbidden";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Keeps the session valid across a password change made in this very session. */
    static void rememberPassword(HttpSession session, SignedIn signedIn) {
        session.setAttribute(SESSION_PASSWORD, signedIn.passwordStamp());
    }

    /** Pages and resources (style sheets, scripts) that stay reachable before the password is changed. */
    static boolean isOpenBeforeChange(String path) {
        return OPEN_BEFORE_CHANGE.contains(path) || path.startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
