package fr.catalogue.campaign;

import fr.catalogue.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review campaign (R17): one per period, created by {@link CampaignChecks#insertCampaign} (the
 * unique period decides who opens it), open while reviewers work, then closed once.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.period DESC")
@NamedQuery(name = Campaign.OF_PERIOD, query = "SELECT c FROM Campaign c WHERE c.period = :period")
@NamedQuery(name = Campaign.OPEN, query = "SELECT c FROM Campaign c WHERE c.status = fr.catalogue.campaign.CampaignStatus.OPEN"
        + " ORDER BY c.period DESC")
public class Campaign {

    public static final String ALL = "Campaign.findAll";
    public static final String OF_PERIOD = "Campaign.findOfPeriod";
    public static final String OPEN = "Campaign.findOpen";

    @Id
    private Long id;

    @Column(nullable = false, length = 7, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 60)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "offer_count", nullable = false)
    private int offerCount;

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    /**
     * Closes the campaign.
     *
     * @throws BusinessException when it is already closed
     */
    public void close(String by, Instant at) {
        if (status != CampaignStatus.OPEN) {
            throw new BusinessException("La campagne " + period + " est déjà clôturée.");
        }
        status = CampaignStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("period", period);
        state.put("status", status.name());
        state.put("offers", String.valueOf(offerCount));
        state.put("closedBy", closedBy);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getPeriod() {
        return period;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public int getOfferCount() {
        return offerCount;
    }

    public long getVersion() {
        return version;
    }
}
