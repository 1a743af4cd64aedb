package fr.catalogue.web.space;

import fr.catalogue.common.BusinessException;
import fr.catalogue.offer.ActingPartner;
import fr.catalogue.offer.NotConformingException;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.PartnerOfferRow;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A partner's offers with their actions (R11, R14): its own list on {@code /partner/index.xhtml},
 * or, for an administrator acting for a partner (R7), {@code /partner/offres.xhtml?partenaire=…}.
 */
@Named
@ViewScoped
public class OfferList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferEditing editing;

    private String partner;
    private Long partnerId;
    private String partnerName;
    private boolean admin;
    private transient List<PartnerOfferRow> rows;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ActingPartner acting = editing.actingFor(partner == null ? null : Long.parseLong(partner.strip()));
            partnerId = acting.id();
            partnerName = acting.name();
            admin = acting.actedForByAdministrator();
        } catch (BusinessException | NumberFormatException e) {
            faces.getExternalContext().responseSendError(404, "Partenaire introuvable");
            faces.responseComplete();
        }
    }

    /** R11: published if it conforms; otherwise the failing criteria are listed. */
    public void publish(long offerId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            editing.publish(offerId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "myoffer.published"),
                    null));
        } catch (NotConformingException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "myoffer.refused", e.verdict().version()), null));
            for (CriterionResult failure : e.verdict().failures()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.message(), null));
            }
        }
        rows = null;
    }

    public void withdraw(long offerId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        editing.withdraw(offerId);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "myoffer.withdrawn"),
                null));
        rows = null;
    }

    public List<PartnerOfferRow> getRows() {
        if (rows == null && partnerId != null) {
            rows = editing.list(admin ? partnerId : null);
        }
        return rows;
    }

    /** A time as read in France: "23 novembre 2026 à 09:15". */
    public String when(Instant instant) {
        return FrenchTimes.format(instant);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public boolean isAdmin() {
        return admin;
    }
}
