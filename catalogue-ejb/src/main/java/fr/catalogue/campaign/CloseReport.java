package fr.catalogue.campaign;

import java.util.List;

/** What closing a campaign did: the notices sent, one per partner with confirmed findings (R18). */
public record CloseReport(long campaignId, List<Long> noticeIds, int confirmedFindings) {

    public CloseReport {
        noticeIds = List.copyOf(noticeIds);
    }
}
