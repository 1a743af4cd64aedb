package fr.catalogue.web.it;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test only, added to in-container deployments: keeps the request and response that run a test
 * method, so that the test can sign in as a given account through Jakarta Security
 * ({@code SecurityContext.authenticate}) and call the services as that caller.
 */
@WebFilter("/*")
public class CurrentExchange implements Filter {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set((HttpServletRequest) request);
        RESPONSE.set((HttpServletResponse) response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    public static HttpServletRequest request() {
        return REQUEST.get();
    }

    public static HttpServletResponse response() {
        return RESPONSE.get();
    }

    /**
     * Signs the test's request in as that account, afresh (whoever was signed in is signed out),
     * through Jakarta Security: the services then see that caller.
     */
    public static AuthenticationStatus signIn(SecurityContext security, String userCode, String password) {
        HttpServletRequest request = request();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        return security.authenticate(request, response(), AuthenticationParameters.withParams()
                .newAuthentication(true).credential(new UsernamePasswordCredential(userCode, new Password(password))));
    }
}
