package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
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

/** The sign-in form: checks the credentials through Jakarta Security, then lands by role. */
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
            String target = Landing.isSafeNext(next) ? next
                    : accounts.findCaller(userCode.trim()).map(c -> Landing.of(c.role())).orElse("/");
            external.redirect(external.getRequestContextPath() + target);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Messages.error(faces, "login.failed");
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
