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

/** One R16 search for an offer on its partner's own site: written once, the latest one shown. */
@Entity
@Table(name = "presence_check")
@NamedQuery(name = StoredPresenceCheck.OF_OFFER, query = """
        SELECT p FROM StoredPresenceCheck p WHERE p.offerId = :offer ORDER BY p.checkedAt DESC, p.id DESC""")
public class StoredPresenceCheck {

    public static final String OF_OFFER = "StoredPresenceCheck.findOfOffer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "home_page", nullable = false, length = StoredLinkCheck.URL_LENGTH, updatable = false)
    private String homePage;

    @Column(nullable = false, updatable = false)
    private boolean found;

    @Column(updatable = false)
    private Integer clicks;

    @Lob
    @Column(nullable = false, updatable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private CheckReason reason;

    @Column(name = "pages_read", nullable = false, updatable = false)
    private int pagesRead;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    protected StoredPresenceCheck() {
        // for JPA
    }

    public static StoredPresenceCheck of(long offerId, PresenceCheck check) {
        StoredPresenceCheck stored = new StoredPresenceCheck();
        stored.offerId = offerId;
        stored.homePage = check.homePage().length() <= StoredLinkCheck.URL_LENGTH ? check.homePage()
                : check.homePage().substring(0, StoredLinkCheck.URL_LENGTH);
        stored.found = check.found();
        stored.clicks = check.clicks();
        stored.path = Evidence.pathToJson(check.path());
        stored.reason = check.reason();
        stored.pagesRead = check.pagesRead();
        stored.checkedAt = check.checkedAt();
        return stored;
    }

    public PresenceCheck view() {
        return new PresenceCheck(homePage, found, clicks, Evidence.pathFromJson(path), reason, pagesRead, checkedAt);
    }
}
