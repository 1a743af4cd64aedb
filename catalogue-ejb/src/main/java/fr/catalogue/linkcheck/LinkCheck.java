package fr.catalogue.linkcheck;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the two-click return rule (R15) on one address, with its evidence.
 *
 * @param url the address checked (as linked from the offer)
 * @param verdict the outcome
 * @param clicks 1 or 2 when {@link LinkVerdict#CONFORM}, null otherwise
 * @param path the click path found, from the page reached (after redirects) to the catalogue
 *        address it links to: {@code [page, catalogue]} for one click, {@code [page, page, catalogue]}
 *        for two; empty when not conform
 * @param reason why it is not conform, null when conform
 * @param detail a short French precision of the reason (e.g. "HTTP 404 sur https://…"), may be null
 * @param checkedAt when the check ended
 * @param fetches every request made for this check, in order (shared pages included once)
 */
public record LinkCheck(String url, LinkVerdict verdict, Integer clicks, List<String> path, CheckReason reason,
        String detail, Instant checkedAt, List<Fetch> fetches) {

    public LinkCheck {
        path = List.copyOf(path);
        fetches = List.copyOf(fetches);
    }
}
