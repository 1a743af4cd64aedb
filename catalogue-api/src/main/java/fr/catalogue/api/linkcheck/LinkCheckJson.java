package fr.catalogue.api.linkcheck;

import fr.catalogue.linkcheck.Fetch;
import fr.catalogue.linkcheck.LinkCheckView;
import java.time.Instant;
import java.util.List;

/**
 * One check of the two-click rule (R15) with its evidence: the verdict ({@code CONFORM},
 * {@code NON_CONFORM}, {@code INDETERMINATE}), the clicks and the path that prove it
 * (page → … → catalogue), or the reason (a code) and its French {@code detail}; every request made
 * with its HTTP status and time; whether the address is a confirmed non-conformity for the review.
 */
public record LinkCheckJson(String url, String verdict, Integer clicks, List<String> path, String reason,
        String reasonLabel, String detail, Instant checkedAt, List<FetchJson> fetches, String trigger,
        boolean confirmedNonConformity) {

    /** One request: the address, the HTTP status (0: no answer), the time in ms, why it failed (a reason code). */
    public record FetchJson(String url, int status, long millis, String failure) {

        static FetchJson of(Fetch fetch) {
            return new FetchJson(fetch.url(), fetch.status(), fetch.millis(),
                    fetch.failure() == null ? null : fetch.failure().name());
        }
    }

    public static LinkCheckJson of(LinkCheckView check) {
        return new LinkCheckJson(check.url(), check.verdict().name(), check.clicks(), check.path(),
                check.reason() == null ? null : check.reason().name(), check.reasonLabel(), check.detail(),
                check.checkedAt(), check.fetches().stream().map(FetchJson::of).toList(), check.trigger().name(),
                check.confirmed());
    }
}
