package fr.catalogue.web.campaign;

import fr.catalogue.campaign.CampaignRow;
import fr.catalogue.campaign.Campaigns;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The review campaigns ({@code /reviewer/campagnes.xhtml}, R17), and a reviewer opening the period's one. */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Campaigns campaigns;

    private List<CampaignRow> rows;
    private String period;

    public void load() {
        rows = campaigns.list();
        period = campaigns.currentPeriod().label();
    }

    /** Opens the current period's campaign and goes to its worklist. */
    public String open() {
        long id = campaigns.openNow();
        return "/reviewer/campagne?faces-redirect=true&id=" + id;
    }

    public List<CampaignRow> getRows() {
        return rows;
    }

    public String getPeriod() {
        return period;
    }
}
