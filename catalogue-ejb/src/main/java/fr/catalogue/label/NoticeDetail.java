package fr.catalogue.label;

import java.util.List;

/** A notice with the findings it lists. */
public record NoticeDetail(NoticeRow row, List<NoticeItem> items) {
}
