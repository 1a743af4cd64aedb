package fr.catalogue.api.label;

import fr.catalogue.label.LabelView;
import java.time.Instant;

/**
 * A partner's right of use as anyone may check it (R21).
 *
 * @param status GRANTED, WARNED, WITHDRAWN or EXPIRED
 * @param since when the right entered that state
 * @param caption the logo's caption by the partner's kind, as printed (one of R21's four)
 * @param captionCode the caption as a code: OFFER, EQUIPMENT, COMPETENCE_CENTRE, ADVISER
 * @param holdsRight whether the company may use the name and logo now (GRANTED or WARNED)
 */
public record LabelJson(PartnerJson partner, String status, Instant since, String caption, String captionCode,
        boolean holdsRight) {

    /** The company. */
    public record PartnerJson(long id, String name, String siren) {
    }

    static LabelJson of(LabelView view) {
        return new LabelJson(new PartnerJson(view.partnerId(), view.partner(), view.siren()), view.status().name(),
                view.since(), view.caption().text(), view.caption().name(), view.holdsRight());
    }
}
