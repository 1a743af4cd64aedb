package fr.catalogue.web.security;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.PasswordRejectedException;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /reinitialiser.xhtml?jeton=…}: the page of a reset link. Showing it does not use the link
 * up; only choosing a new password does.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String token;
    private boolean usable;
    private transient String newPassword;
    private transient String confirmation;

    /** Checks the link when the page is shown (a GET: nothing changes). */
    public void load() {
        usable = accounts.isResetLinkUsable(token);
    }

    public void reset() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.resetPassword(token, newPassword, confirmation);
        } catch (PasswordRejectedException rejected) {
            rejected.violations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v, null)));
            faces.validationFailed();
            return;
        } finally {
            newPassword = null;
            confirmation = null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "reset.done"), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
