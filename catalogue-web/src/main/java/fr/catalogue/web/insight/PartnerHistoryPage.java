package fr.catalogue.web.insight;

import fr.catalogue.audit.AuditRow;
import fr.catalogue.campaign.Campaigns;
import fr.catalogue.insight.PartnerHistory;
import fr.catalogue.insight.ReviewerInsight;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import fr.catalogue.web.audit.ActorDescription;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A partner's whole history for reviewers ({@code /reviewer/partenaire.xhtml?id=N}): offers with
 * their latest verdicts, findings, notices, right transitions, downloads, and its audit entries
 * page by page.
 */
@Named
@ViewScoped
public class PartnerHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewerInsight insight;

    @Inject
    private Campaigns campaigns;

    private Long id;
    private PartnerHistory history;
    private transient ActorDescription descriptions;
    private final PagedRows<AuditRow> audit = new PagedRows<>(request -> insight.auditOf(id, request), AuditRow::id);

    /** Reads the history; an unknown partner is the handler's "not found" (ResourceNotFoundException). */
    public void load() {
        if (id != null && history == null) {
            history = insight.history(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerHistory getHistory() {
        return history;
    }

    public PagedRows<AuditRow> getAudit() {
        return audit;
    }

    /** Whether a list was cut at the reading limit. */
    public boolean cut(List<?> rows) {
        return rows.size() >= PartnerHistory.LIMIT;
    }

    /** The French word for a code ({@code insight.offer.PUBLISHED}…), the code itself when it has none. */
    public String word(String prefix, String code) {
        if (code == null) {
            return "—";
        }
        ResourceBundle bundle = bundle();
        String key = prefix + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    public String campaign(String period) {
        return period == null ? "—" : FrenchPeriods.campaign(period, campaigns.settings().months());
    }

    /** Who acted and what they did, in words, for the audit table. */
    public ActorDescription getActors() {
        if (descriptions == null) {
            descriptions = ActorDescription.ofView(FacesContext.getCurrentInstance());
        }
        return descriptions;
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(Messages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
