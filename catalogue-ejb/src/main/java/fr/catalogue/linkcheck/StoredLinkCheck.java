package fr.catalogue.linkcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One check of an address as evidence (R15): written once, never changed. */
@Entity
@Table(name = "link_check")
@NamedQuery(name = StoredLinkCheck.HISTORY, query = """
        SELECT c FROM StoredLinkCheck c WHERE c.url = :url ORDER BY c.checkedAt DESC, c.id DESC""")
@NamedQuery(name = StoredLinkCheck.COUNT_HISTORY, query = """
        SELECT COUNT(c) FROM StoredLinkCheck c WHERE c.url = :url""")
@NamedQuery(name = StoredLinkCheck.BY_IDS, query = """
        SELECT c FROM StoredLinkCheck c WHERE c.id IN :ids""")
public class StoredLinkCheck {

    public static final String HISTORY = "StoredLinkCheck.findHistory";
    public static final String COUNT_HISTORY = "StoredLinkCheck.countHistory";
    public static final String BY_IDS = "StoredLinkCheck.findByIds";

    public static final int URL_LENGTH = 500;
    public static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = URL_LENGTH, updatable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15, updatable = false)
    private LinkVerdict verdict;

    @Column(updatable = false)
    private Integer clicks;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private CheckReason reason;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Lob
    @Column(nullable = false, updatable = false)
    private String evidence;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_trigger", nullable = false, length = 12, updatable = false)
    private CheckTrigger trigger;

    @Column(name = "requested_by", length = 60, updatable = false)
    private String requestedBy;

    protected StoredLinkCheck() {
        // for JPA
    }

    /** The check as it will be stored; an address or detail longer than its column is cut. */
    public static StoredLinkCheck of(LinkCheck check, CheckTrigger trigger, String requestedBy) {
        StoredLinkCheck stored = new StoredLinkCheck();
        stored.url = cut(Objects.requireNonNull(check.url(), "url"), URL_LENGTH);
        stored.verdict = Objects.requireNonNull(check.verdict(), "verdict");
        stored.clicks = check.clicks();
        stored.reason = check.reason();
        stored.detail = check.detail() == null ? null : cut(check.detail(), DETAIL_LENGTH);
        stored.evidence = new Evidence(check.path(), check.fetches()).toJson();
        stored.checkedAt = Objects.requireNonNull(check.checkedAt(), "checkedAt");
        stored.trigger = Objects.requireNonNull(trigger, "trigger");
        stored.requestedBy = requestedBy;
        return stored;
    }

    /** The check with its evidence, for a page or the API. */
    public LinkCheckView view(boolean confirmed) {
        Evidence read = Evidence.fromJson(evidence);
        return new LinkCheckView(id, url, verdict, clicks, read.path(), reason, detail, checkedAt, read.fetches(),
                trigger, requestedBy, confirmed);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public LinkVerdict getVerdict() {
        return verdict;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
