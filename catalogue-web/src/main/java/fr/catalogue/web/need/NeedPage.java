package fr.catalogue.web.need;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.need.InternetAccess;
import fr.catalogue.need.NeedAnswers;
import fr.catalogue.need.Needs;
import fr.catalogue.web.FieldMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The guided need form (R28), {@code /mon-besoin.xhtml}: no account; a new need, or with
 * {@code ?code=…} the answers of a kept link, to change them. Sends to the selection.
 */
@Named
@ViewScoped
public class NeedPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "need";

    @Inject
    private Needs needs;

    private String code;
    private boolean unknownCode;
    private boolean loaded;
    private String workstations;
    private String internet = InternetAccess.NONE.name();
    private boolean website;
    private boolean telephony;
    private String budget;
    private String place;
    private String email;

    /** The view action: with a code, fills the form with the stored answers (once per view). */
    public void load() {
        if (loaded || code == null || code.isBlank()) {
            return;
        }
        loaded = true;
        try {
            NeedAnswers answers = needs.answers(code);
            workstations = String.valueOf(answers.workstations());
            internet = answers.internet().name();
            website = answers.website();
            telephony = answers.telephony();
            budget = answers.budget() == null ? null : answers.budget().toPlainString().replace('.', ',');
            place = answers.place();
        } catch (ResourceNotFoundException e) {
            unknownCode = true;
            code = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Stores the need (or its changed answers) and shows its selection. */
    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            NeedAnswers answers = NeedAnswers.fromForm(workstations, internet, website, telephony, budget, place);
            if (code != null && !code.isBlank()) {
                needs.change(code, answers);
            } else {
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                code = needs.create(answers, email, request.getRemoteAddr());
            }
            return "/ma-selection?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        } catch (BusinessException refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            faces.validationFailed();
        }
        return null;
    }

    public InternetAccess[] getInternetChoices() {
        return InternetAccess.values();
    }

    /** Whether the form changes a kept need rather than stating a new one. */
    public boolean isEditing() {
        return code != null && !code.isBlank();
    }

    public boolean isUnknownCode() {
        return unknownCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getWorkstations() {
        return workstations;
    }

    public void setWorkstations(String workstations) {
        this.workstations = workstations;
    }

    public String getInternet() {
        return internet;
    }

    public void setInternet(String internet) {
        this.internet = internet;
    }

    public boolean isWebsite() {
        return website;
    }

    public void setWebsite(boolean website) {
        this.website = website;
    }

    public boolean isTelephony() {
        return telephony;
    }

    public void setTelephony(boolean telephony) {
        this.telephony = telephony;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
