package fr.catalogue.web.linkcheck;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.linkcheck.LinkCheckView;
import fr.catalogue.linkcheck.LinkChecks;
import fr.catalogue.linkcheck.LinkVerdict;
import fr.catalogue.linkcheck.OfferLinks;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The links of one offer with the evidence of their latest checks, the history of one of them, and
 * the search for the offer on the partner's site ({@code /partner/liens.xhtml?offre=…}, R15, R16):
 * the partner's own offer, or any for reviewers and administrators ({@link LinkChecks} decides).
 */
@Named
@ViewScoped
public class OfferLinksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_SIZE = 20;

    @Inject
    private LinkChecks checks;

    private String offre;
    private Long offerId;
    private String historyUrl;
    private transient OfferLinks links;
    private transient Page<LinkCheckView> history;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            offerId = Long.parseLong(offre == null ? "" : offre.strip());
            links = checks.linksOfOffer(offerId);
        } catch (ResourceNotFoundException | NumberFormatException e) {
            faces.getExternalContext().responseSendError(404, "Offre introuvable");
            faces.responseComplete();
        }
    }

    /** Checks one link now (R15) and shows the result; a refusal shows its reason. */
    public void checkNow(String url) {
        FacesContext faces = FacesContext.getCurrentInstance();
        LinkCheckView check = checks.checkNow(url);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "links.checked", check.verdict().label()), null));
        links = null;
        if (url.equals(historyUrl)) {
            history = null;
        }
    }

    /** Shows every check of one link, newest first. */
    public void showHistory(String url) {
        historyUrl = url;
        history = null;
    }

    public OfferLinks getLinks() {
        if (links == null && offerId != null) {
            links = checks.linksOfOffer(offerId);
        }
        return links;
    }

    public Page<LinkCheckView> getHistory() {
        if (history == null && historyUrl != null) {
            history = checks.history(historyUrl, new PageRequest(0, HISTORY_SIZE));
        }
        return history;
    }

    public String severity(LinkVerdict verdict) {
        return Verdicts.severity(verdict);
    }

    public String getOffre() {
        return offre;
    }

    public void setOffre(String offre) {
        this.offre = offre;
    }

    public String getHistoryUrl() {
        return historyUrl;
    }
}
