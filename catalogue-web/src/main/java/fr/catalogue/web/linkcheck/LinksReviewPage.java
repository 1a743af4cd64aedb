package fr.catalogue.web.linkcheck;

import fr.catalogue.linkcheck.LinkCheckView;
import fr.catalogue.linkcheck.LinkChecks;
import fr.catalogue.linkcheck.LinkFilter;
import fr.catalogue.linkcheck.LinkRow;
import fr.catalogue.linkcheck.LinkVerdict;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/**
 * Every link of the published offers for the review ({@code /reviewer/liens.xhtml}, R15):
 * filtered by verdict, confirmed non-conformities, partner and address, sorted by the time of the
 * latest check; a check of one link now, or of every link in the background.
 */
@Named
@ViewScoped
public class LinksReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "links:table";

    @Inject
    private LinkChecks checks;

    private LinkVerdict verdict;
    private boolean confirmedOnly;
    private String partner;
    private String url;
    private boolean oldestFirst;
    private final PagedRows<LinkRow> rows = new PagedRows<>(
            request -> checks.findLinks(new LinkFilter(verdict, confirmedOnly, partner, url, oldestFirst), request),
            LinkRow::key);

    /** New filters: the table starts again from its first page. */
    public void filter() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        verdict = null;
        confirmedOnly = false;
        partner = null;
        url = null;
        oldestFirst = false;
        filter();
    }

    /** Checks one link now (R15). */
    public void check(String address) {
        FacesContext faces = FacesContext.getCurrentInstance();
        LinkCheckView check = checks.checkNow(address);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "links.checked", check.verdict().label()), null));
    }

    /** Starts checking every published link in the background. */
    public void checkAll() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean started = checks.checkAllNow();
        faces.addMessage(null, new FacesMessage(started ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                Messages.text(faces, started ? "links.all.started" : "links.all.running"), null));
    }

    public LinkVerdict[] getVerdicts() {
        return LinkVerdict.values();
    }

    public String severity(LinkVerdict value) {
        return Verdicts.severity(value);
    }

    public PagedRows<LinkRow> getRows() {
        return rows;
    }

    public LinkVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(LinkVerdict verdict) {
        this.verdict = verdict;
    }

    public boolean isConfirmedOnly() {
        return confirmedOnly;
    }

    public void setConfirmedOnly(boolean confirmedOnly) {
        this.confirmedOnly = confirmedOnly;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
