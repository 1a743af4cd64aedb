package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is signed in, for the page header (signing out: {@link SignOutServlet}). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

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
