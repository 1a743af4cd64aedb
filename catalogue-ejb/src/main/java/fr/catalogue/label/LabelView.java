package fr.catalogue.label;

import fr.catalogue.partner.Partner;
import java.time.Instant;

/** What anyone may know of a partner's right of use (R21): public, no personal data. */
public record LabelView(long partnerId, String partner, String siren, LabelStatus status, Instant since,
        LabelCaption caption) {

    static LabelView of(Partner partner) {
        return new LabelView(partner.getId(), partner.getName(), partner.getSiren(), partner.getLabelStatus(),
                partner.getLabelSince(), LabelCaption.of(partner.getKind()));
    }

    /** Whether the company may use the name and logo. */
    public boolean holdsRight() {
        return status.holdsRight();
    }
}
