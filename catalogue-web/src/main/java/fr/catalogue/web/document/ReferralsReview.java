package fr.catalogue.web.document;

import fr.catalogue.campaign.FindingKind;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.referral.ReferralRow;
import fr.catalogue.referral.ReferralStatus;
import fr.catalogue.referral.Referrals;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/** The reviewers' triage of referrals ({@code /reviewer/signalements.xhtml}, R20): into a finding of the open campaign, or dismissed. */
@Named
@ViewScoped
public class ReferralsReview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "referrals";

    @Inject
    private Referrals referrals;

    private ReferralStatus status = ReferralStatus.NEW;
    private ReferralRow selected;
    private FindingKind findingKind;
    private String detail;
    private String dismissReason;
    private final PagedRows<ReferralRow> rows = new PagedRows<>(request -> referrals.find(status, request), ReferralRow::id);

    public void select(ReferralRow row) {
        selected = row;
        findingKind = Referrals.suggestedKind(row.reason());
        detail = null;
        dismissReason = null;
    }

    public void triage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long finding = referrals.triage(selected.id(), selected.version(), findingKind, detail);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces, "referral.review.triaged", selected.id(), finding), null));
            selected = null;
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    public void dismiss() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            referrals.dismiss(selected.id(), selected.version(), dismissReason);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces, "referral.review.dismissed", selected.id()), null));
            selected = null;
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    /** Another status: the table from its first page. */
    public void filterChanged() {
        selected = null;
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public PagedRows<ReferralRow> getRows() {
        return rows;
    }

    public List<ReferralStatus> getStatuses() {
        return List.of(ReferralStatus.values());
    }

    public FindingKind[] getFindingKinds() {
        return FindingKind.values();
    }

    public ReferralStatus getStatus() { return status; }
    public void setStatus(ReferralStatus status) { this.status = status; }
    public ReferralRow getSelected() { return selected; }
    public FindingKind getFindingKind() { return findingKind; }
    public void setFindingKind(FindingKind findingKind) { this.findingKind = findingKind; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public String getDismissReason() { return dismissReason; }
    public void setDismissReason(String dismissReason) { this.dismissReason = dismissReason; }
}
