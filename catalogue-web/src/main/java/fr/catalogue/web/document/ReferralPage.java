package fr.catalogue.web.document;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.referral.PartnerChoice;
import fr.catalogue.referral.ReferralForm;
import fr.catalogue.referral.ReferralReason;
import fr.catalogue.referral.Referrals;
import fr.catalogue.web.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** The public referral form ({@code /signaler.xhtml}, R20): anyone reports a partner; a French confirmation with its number. */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "referral";

    @Inject
    private Referrals referrals;

    private final ReferralForm form = new ReferralForm();
    private List<PartnerChoice> partners;
    private Long sent;

    public void load() {
        if (partners == null) {
            partners = referrals.partners();
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            sent = referrals.submit(form, request.getRemoteAddr());
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    public ReferralForm getForm() {
        return form;
    }

    public List<PartnerChoice> getPartners() {
        return partners;
    }

    public ReferralReason[] getReasons() {
        return ReferralReason.values();
    }

    /** The number of the referral just sent, or null before. */
    public Long getSent() {
        return sent;
    }
}
