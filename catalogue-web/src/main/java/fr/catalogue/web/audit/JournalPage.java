package fr.catalogue.web.audit;

import fr.catalogue.audit.AuditRow;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;

/**
 * The audit trail ({@code /reviewer/journal.xhtml}, reviewers and administrators): newest first,
 * narrowed by subject, partner or actor; the filters can come in the address
 * ({@code ?sujet=OFFER&id=12}, {@code ?partenaire=3}, {@code ?acteur=admin}).
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "journal:table";

    @Inject
    private AuditTrail trail;

    private List<String> subjectTypes;
    private String subjectType;
    private String subjectId;
    private Long partnerId;
    private String actor;
    private transient ActorDescription descriptions;
    private final PagedRows<AuditRow> entries = new PagedRows<>(request -> trail.find(subjectType, subjectId, partnerId, actor, request), AuditRow::id);

    @PostConstruct
    void init() {
        subjectTypes = trail.subjectTypes();
    }

    public List<String> getSubjectTypes() {
        return subjectTypes;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = blankToNull(subjectType);
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = blankToNull(subjectId);
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public PagedRows<AuditRow> getEntries() {
        return entries;
    }

    /** New filters: the table starts again from its first page. */
    public void filter() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        subjectType = null;
        subjectId = null;
        partnerId = null;
        actor = null;
        filter();
    }

    /** Who acted, with their role ("administrateur pour le partenaire 12"). */
    public String who(AuditRow row) {
        return descriptions().who(row);
    }

    /** The action in words when it has a known name, else its code. */
    public String action(AuditRow row) {
        return descriptions().action(row.action());
    }

    private ActorDescription descriptions() {
        if (descriptions == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            descriptions = new ActorDescription(ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale()),
                    faces.getViewRoot().getLocale());
        }
        return descriptions;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
