package fr.catalogue.linkcheck;

import java.time.Instant;
import java.util.List;

/**
 * One stored check of an address, with its evidence, as partners and reviewers read it.
 *
 * @param id the stored check
 * @param confirmed whether the address is a confirmed non-conformity (R15) as of this check, for the
 *        latest check; for an older check of a history, whether the address is one now
 * @param trigger what ran it
 * @param requestedBy who asked, for a check on demand; null for the application's own runs
 */
public record LinkCheckView(long id, String url, LinkVerdict verdict, Integer clicks, List<String> path,
        CheckReason reason, String detail, Instant checkedAt, List<Fetch> fetches, CheckTrigger trigger,
        String requestedBy, boolean confirmed) {

    public LinkCheckView {
        path = List.copyOf(path);
        fetches = List.copyOf(fetches);
    }

    /** The French text of the reason, null when conform. */
    public String reasonLabel() {
        return reason == null ? null : reason.label();
    }
}
