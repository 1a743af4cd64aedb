package fr.catalogue.insight;

import fr.catalogue.campaign.Finding;
import fr.catalogue.campaign.FindingKind;
import fr.catalogue.campaign.FindingSource;
import fr.catalogue.campaign.FindingStatus;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.label.Notice;
import fr.catalogue.label.NoticeStatus;
import fr.catalogue.partner.PartnerKind;
import java.time.Instant;
import java.util.List;

/**
 * A partner's whole record as a reviewer reads it before deciding: its offers with their latest
 * verdicts, the findings of the campaigns, its notices, the transitions of its right of use and
 * its charter downloads, newest first (R17, R18, R21). The audit entries are paged apart.
 */
public record PartnerHistory(Partner partner, List<Offer> offers, List<Finding> findings, List<Notice> notices,
        List<Transition> transitions, List<Download> downloads) {

    /** How many rows of each list are read at most; the page says when a list was cut. */
    public static final int LIMIT = 200;

    public PartnerHistory {
        offers = List.copyOf(offers);
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
        transitions = List.copyOf(transitions);
        downloads = List.copyOf(downloads);
    }

    /** The partner and where its right of use stands. */
    public record Partner(long id, String name, String siren, PartnerKind kind, LabelStatus labelStatus,
            Instant labelSince) {
    }

    /**
     * An offer with its latest verdict: {@code conforming} is {@code null} when it was never judged;
     * {@code specVersion} is the number of the specification version of that verdict.
     */
    public record Offer(long id, String title, String categoryName, String status, Instant publishedAt,
            Boolean conforming, Integer specVersion, Instant judgedAt) {
    }

    /** A finding of a campaign about the partner or one of its offers. */
    public record Finding(long id, String period, Long offerId, FindingKind kind, FindingSource source,
            FindingStatus status, String detail, Instant createdAt) {
    }

    /** A notice sent to the partner and where it stands. */
    public record Notice(long id, String period, NoticeStatus status, Instant sentAt, String receipt, Instant receivedAt,
            Instant deadline, Instant answeredAt, Instant decidedAt, String decidedBy) {
    }

    /** A change of the right of use, with its actor and reason. */
    public record Transition(LabelStatus from, LabelStatus to, Instant at, String actor, String reason) {
    }

    /** A download (or refused download) of a charter document by the partner. */
    public record Download(Instant at, String userCode, String outcome, String documentKind, String title,
            int version) {
    }
}
