package fr.catalogue.linkcheck;

import java.time.Instant;
import java.util.List;

/**
 * R16, advisory: whether the offer was found on the partner's own site within a number of clicks
 * of its declared home page (breadth-first, pages of the same site only).
 *
 * @param homePage the partner's declared home page the search started from
 * @param found whether a page linking to the offer's catalogue page, or naming its reference, was found
 * @param clicks how many clicks from the home page to that page, null when not found
 * @param path the pages from the home page to the one found; empty when not found
 * @param reason why the search ended without finding it (e.g. home page unreachable), null when found or
 *        when every page within reach was read
 * @param pagesRead how many pages were read
 * @param checkedAt when the search ended
 */
public record PresenceCheck(String homePage, boolean found, Integer clicks, List<String> path, CheckReason reason,
        int pagesRead, Instant checkedAt) {

    public PresenceCheck {
        path = List.copyOf(path);
    }
}
