package fr.catalogue.web.label;

import fr.catalogue.label.LabelRights;
import fr.catalogue.label.LabelTransition;
import fr.catalogue.label.LabelView;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The partners whose right is withdrawn or expired, and the administrator's reinstatement with a
 * reason ({@code /admin/droits-usage.xhtml}, R18, R22).
 */
@Named
@ViewScoped
public class ReinstatementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabelRights rights;

    private List<LabelView> partners;
    private LabelView selected;
    private List<LabelTransition> history;
    private String reason;

    public void load() {
        partners = rights.findWithoutRight();
    }

    public void select(long partnerId) {
        selected = rights.labelOf(partnerId);
        history = rights.history(partnerId);
        reason = null;
    }

    public void reinstate() {
        LabelView done = rights.reinstate(selected.partnerId(), reason);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "label.reinstated", done.partner()), null));
        selected = null;
        reason = null;
        load();
    }

    public List<LabelView> getPartners() {
        return partners;
    }

    public LabelView getSelected() {
        return selected;
    }

    public List<LabelTransition> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
