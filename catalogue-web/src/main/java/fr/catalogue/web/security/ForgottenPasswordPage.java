package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Mot de passe oublié": asks for a reset link by e-mail. The answer is the same whether an
 * account matches or not, so the page cannot be used to find out which user codes exist.
 */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    @Inject
    private AccountService accounts;

    private String userCodeOrEmail;
    private boolean requested;

    public void request() {
        accounts.requestPasswordReset(userCodeOrEmail);
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getUserCodeOrEmail() {
        return userCodeOrEmail;
    }

    public void setUserCodeOrEmail(String userCodeOrEmail) {
        this.userCodeOrEmail = userCodeOrEmail;
    }
}
