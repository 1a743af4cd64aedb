package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/** Who is signed in, for the page header; and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext faces;

    private Optional<SignedIn> signedIn;

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    /** The landing page of the signed-in user's role. */
    public String getHome() {
        return caller().map(c -> Landing.of(c.role())).orElse("/");
    }

    /** Whether the signed-in user must change its password before anything else. */
    public boolean isMustChangePassword() {
        return signedIn().map(SignedIn::mustChangePassword).orElse(false);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private Optional<Caller> caller() {
        return signedIn().map(SignedIn::caller);
    }

    private Optional<SignedIn> signedIn() {
        if (signedIn == null) {
            Principal principal = security.getCallerPrincipal();
            signedIn = principal == null ? Optional.empty() : accounts.findSignedIn(principal.getName());
        }
        return signedIn;
    }
}
