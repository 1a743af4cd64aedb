package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.PasswordRejectedException;
import fr.catalogue.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * {@value CatalogueAuthenticationMechanism#PASSWORD_PAGE}: the signed-in user replaces its password,
 * because it must (generated password, R7) or because it wants to.
 */
@Named
@RequestScoped
public class PasswordChangePage {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean changed;

    /** Whether the user is here because it must change its password before anything else. */
    public boolean isForced() {
        return !changed && currentUser.isMustChangePassword();
    }

    public void change() {
        try {
            accounts.changePassword(currentPassword, newPassword, confirmation);
        } catch (PasswordRejectedException rejected) {
            rejected.violations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v, null)));
            faces.validationFailed();
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
        changed = true;
        // this session goes on; any other session of the account ends at its next request
        accounts.findSignedIn(faces.getExternalContext().getUserPrincipal().getName()).ifPresent(signedIn ->
                CatalogueAuthenticationMechanism.rememberPassword((HttpSession) faces.getExternalContext().getSession(true),
                        signedIn));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "password.changed"), null));
    }

    /** Whether the password was just changed (the page then offers the way on). */
    public boolean isChanged() {
        return changed;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
