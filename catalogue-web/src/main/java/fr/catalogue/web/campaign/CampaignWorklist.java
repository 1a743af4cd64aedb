package fr.catalogue.web.campaign;

import fr.catalogue.campaign.CampaignReport;
import fr.catalogue.campaign.CampaignRow;
import fr.catalogue.campaign.Campaigns;
import fr.catalogue.campaign.CategoryConformity;
import fr.catalogue.campaign.FindingFilter;
import fr.catalogue.campaign.FindingKind;
import fr.catalogue.campaign.FindingRow;
import fr.catalogue.campaign.FindingSource;
import fr.catalogue.campaign.FindingStatus;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A campaign's worklist ({@code /reviewer/campagne.xhtml?id=}, R17): the findings filtered by
 * category, partner, kind and status, confirmed or dismissed one by one or in bulk, manual findings
 * added, the campaign closed.
 */
@Named
@ViewScoped
public class CampaignWorklist implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "worklist:table";

    @Inject
    private Campaigns campaigns;

    private Long id;
    private CampaignRow campaign;
    private Map<String, String> categories;
    private List<CategoryConformity> conformity;
    private String category;
    private String partner;
    private FindingKind kind;
    private FindingStatus status;
    private List<FindingRow> selected = new ArrayList<>();
    private String note;
    private final PagedRows<FindingRow> rows = new PagedRows<>(
            request -> campaigns.findings(id, new FindingFilter(category, partner, kind, status), request), FindingRow::id);

    private Long newPartner;
    private Long newOffer;
    private FindingKind newKind;
    private String newDetail;
    private Map<Long, String> partners;
    private Map<Long, String> offers = Map.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                throw new ResourceNotFoundException("Campagne introuvable.");
            }
            refresh();
            categories = campaigns.categoriesOf(id);
        } catch (ResourceNotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    private void refresh() {
        campaign = campaigns.get(id);
        conformity = campaigns.conformity(id);
    }

    /** New filters: the table starts again from its first page. */
    public void filter() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
        selected = new ArrayList<>();
    }

    public void clear() {
        category = null;
        partner = null;
        kind = null;
        status = null;
        filter();
    }

    public void confirm(FindingRow row) {
        decide(List.of(row), FindingStatus.CONFIRMED);
    }

    public void dismiss(FindingRow row) {
        decide(List.of(row), FindingStatus.DISMISSED);
    }

    public void confirmSelected() {
        decide(selected, FindingStatus.CONFIRMED);
    }

    public void dismissSelected() {
        decide(selected, FindingStatus.DISMISSED);
    }

    private void decide(List<FindingRow> findings, FindingStatus decision) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (findings == null || findings.isEmpty()) {
            Messages.error(faces, "campaign.selection.empty");
            return;
        }
        int count = campaigns.decideAll(findings.stream().map(FindingRow::ref).toList(), decision, note);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces,
                decision == FindingStatus.CONFIRMED ? "campaign.confirmed" : "campaign.dismissed", count), null));
        selected = new ArrayList<>();
        note = null;
        refresh();
    }

    /** The manual finding's dialog opens on a clean form. */
    public void startFinding() {
        newPartner = null;
        newOffer = null;
        newKind = null;
        newDetail = null;
        offers = Map.of();
        if (partners == null) {
            partners = campaigns.partnersOf(id);
        }
    }

    public void addFinding() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPartner == null) {
            Messages.error(faces, "campaign.manual.partner.required");
            faces.validationFailed();
            return;
        }
        campaigns.addManualFinding(id, newPartner, newOffer, newKind, newDetail, FindingSource.MANUAL);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "campaign.manual.added"), null));
        refresh();
    }

    /** Closes the campaign: one notice per partner with confirmed findings (R18). */
    public void close() {
        FacesContext faces = FacesContext.getCurrentInstance();
        int notices = campaigns.close(id, campaign.version()).noticeIds().size();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, "campaign.closed", notices), null));
        refresh();
    }

    /** The campaign's report as a CSV file. */
    public StreamedContent csv() {
        return file(campaigns.reportCsv(id), CampaignReport.fileName(campaign, "csv"), "text/csv; charset=UTF-8");
    }

    /** The campaign's report as a PDF file. */
    public StreamedContent pdf() {
        return file(campaigns.reportPdf(id), CampaignReport.fileName(campaign, "pdf"), "application/pdf");
    }

    private static StreamedContent file(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** The manual finding's partner changed: its offers to choose from. */
    public void partnerChanged() {
        newOffer = null;
        offers = newPartner == null ? Map.of() : campaigns.offersOf(id, newPartner);
    }

    public Map<Long, String> getOffers() {
        return offers;
    }

    public FindingKind[] getKinds() {
        return FindingKind.values();
    }

    /** The kinds a reviewer adds by hand: a price (R14), the logo (R19), anything else. */
    public List<FindingKind> getManualKinds() {
        return java.util.Arrays.stream(FindingKind.values()).filter(FindingKind::manualOnly).toList();
    }

    public FindingStatus[] getStatuses() {
        return FindingStatus.values();
    }

    public String severity(FindingStatus value) {
        return switch (value) {
            case PENDING -> "warning";
            case CONFIRMED -> "danger";
            case DISMISSED -> "success";
        };
    }

    public PagedRows<FindingRow> getRows() {
        return rows;
    }

    public CampaignRow getCampaign() {
        return campaign;
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public List<CategoryConformity> getConformity() {
        return conformity;
    }

    public Map<Long, String> getPartners() {
        return partners;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public FindingKind getKind() {
        return kind;
    }

    public void setKind(FindingKind kind) {
        this.kind = kind;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public List<FindingRow> getSelected() {
        return selected;
    }

    public void setSelected(List<FindingRow> selected) {
        this.selected = selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getNewPartner() {
        return newPartner;
    }

    public void setNewPartner(Long newPartner) {
        this.newPartner = newPartner;
    }

    public Long getNewOffer() {
        return newOffer;
    }

    public void setNewOffer(Long newOffer) {
        this.newOffer = newOffer;
    }

    public FindingKind getNewKind() {
        return newKind;
    }

    public void setNewKind(FindingKind newKind) {
        this.newKind = newKind;
    }

    public String getNewDetail() {
        return newDetail;
    }

    public void setNewDetail(String newDetail) {
        this.newDetail = newDetail;
    }
}
