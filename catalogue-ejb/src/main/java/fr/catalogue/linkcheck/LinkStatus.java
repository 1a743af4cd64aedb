package fr.catalogue.linkcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one address stands (R15): its latest check and whether its non-conformity is confirmed.
 * Changes only through {@link #advance}, which applies {@link LinkStanding}.
 */
@Entity
@Table(name = "link_status")
@NamedQuery(name = LinkStatus.OF_URLS, query = "SELECT s FROM LinkStatus s WHERE s.url IN :urls")
public class LinkStatus {

    public static final String OF_URLS = "LinkStatus.findOfUrls";

    @Id
    @Column(length = StoredLinkCheck.URL_LENGTH)
    private String url;

    @Column(name = "latest_check_id", nullable = false)
    private long latestCheckId;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_verdict", nullable = false, length = 15)
    private LinkVerdict latestVerdict;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "non_conform_since")
    private Instant nonConformSince;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected LinkStatus() {
        // for JPA
    }

    /** The standing of an address after its first stored check. */
    public static LinkStatus first(StoredLinkCheck check) {
        LinkStatus status = new LinkStatus();
        status.url = check.getUrl();
        status.set(LinkStanding.first(check.getVerdict(), check.getCheckedAt()), check.getId());
        return status;
    }

    /** Moves to the standing after {@code check}; a check older than the latest one changes nothing. */
    public void advance(StoredLinkCheck check, java.time.Duration confirmAfter) {
        if (!check.getCheckedAt().isBefore(checkedAt)) {
            set(LinkStanding.after(standing(), check.getVerdict(), check.getCheckedAt(), confirmAfter), check.getId());
        }
    }

    public LinkStanding standing() {
        return new LinkStanding(latestVerdict, checkedAt, nonConformSince, confirmedAt);
    }

    private void set(LinkStanding standing, Long checkId) {
        latestVerdict = standing.verdict();
        checkedAt = standing.checkedAt();
        nonConformSince = standing.nonConformSince();
        confirmedAt = standing.confirmedAt();
        latestCheckId = Objects.requireNonNull(checkId, "the check is stored first");
    }

    public String getUrl() {
        return url;
    }

    public long getLatestCheckId() {
        return latestCheckId;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Instant getNonConformSince() {
        return nonConformSince;
    }
}
