package fr.catalogue.label;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link NoticeItem} as kept with its notice (notice_item). */
@Embeddable
public class NoticeLine {

    static final int TEXT_LENGTH = 2000;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "finding_id")
    private Long findingId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "required_change", nullable = false, length = TEXT_LENGTH)
    private String requiredChange;

    protected NoticeLine() {
        // for JPA
    }

    NoticeLine(NoticeItem item) {
        offerId = item.offerId();
        findingId = item.findingId();
        kind = item.kind() == null || item.kind().isBlank() ? "OTHER" : cut(item.kind().strip(), 20);
        text = cut(item.text() == null ? "" : item.text().strip(), TEXT_LENGTH);
        requiredChange = cut(item.requiredChange() == null ? "" : item.requiredChange().strip(), TEXT_LENGTH);
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    public NoticeItem toItem() {
        return new NoticeItem(offerId, findingId, kind, text, requiredChange);
    }
}
