package fr.catalogue.web.security;

import fr.catalogue.security.AccountLockedException;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.SignedIn;
import fr.catalogue.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in form: checks the credentials through Jakarta Security, then lands by role, or on the
 * password page when the account must change its password first. After too many failures it says
 * until when the user code is locked and how to get out (wait, reset by e-mail, or ask the Ministry).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext faces;

    private String userCode;
    private String password;
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(userCode, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Optional<SignedIn> signedIn = accounts.findSignedIn(userCode.trim());
            String target = signedIn.filter(SignedIn::mustChangePassword).isPresent()
                    ? CatalogueAuthenticationMechanism.PASSWORD_PAGE
                    : Landing.isSafeNext(next) ? next
                    : signedIn.map(s -> Landing.of(s.caller().role())).orElse("/");
            external.redirect(external.getRequestContextPath() + target);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Optional<Instant> lockedUntil = accounts.lockedUntil(userCode);
            if (lockedUntil.isPresent()) {
                Messages.error(faces, "login.locked", AccountLockedException.timeOfDay(lockedUntil.get()));
            } else {
                Messages.error(faces, "login.failed");
            }
        }
    }

    public String getUserCode() {
        return userCode;
    }

    public void setUserCode(String userCode) {
        this.userCode = userCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
