package fr.catalogue.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} flag, from {@code catalogue.session.secure-cookie}: {@code true}
 * in production behind HTTPS (also when a proxy ends TLS and talks plain HTTP to the server), so
 * that the cookie is never sent in clear. Left {@code false}, the container decides per request
 * (Secure when the request came over HTTPS), which keeps {@code http://localhost} usable.
 * {@code HttpOnly} and {@code SameSite=Lax} are set in web.xml and payara-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SECURE_COOKIE = "catalogue.session.secure-cookie";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue(SECURE_COOKIE, Boolean.class).orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
