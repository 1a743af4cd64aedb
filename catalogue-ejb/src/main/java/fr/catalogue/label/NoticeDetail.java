package fr.catalogue.label;

import java.util.List;

/**
 * A notice with the findings it lists.
 *
 * @param version the notice's version, for a decision on what was seen (optimistic locking)
 */
public record NoticeDetail(NoticeRow row, List<NoticeItem> items, long version) {
}
