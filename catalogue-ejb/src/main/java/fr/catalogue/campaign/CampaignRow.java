package fr.catalogue.campaign;

import java.time.Instant;

/** A campaign in the list, with how far its findings are decided. */
public record CampaignRow(long id, String period, String periodLabel, CampaignStatus status, Instant openedAt,
        String openedBy, Instant closedAt, String closedBy, int offerCount, long pending, long confirmed,
        long dismissed, long version) implements java.io.Serializable {

    public long findings() {
        return pending + confirmed + dismissed;
    }

    public boolean open() {
        return status == CampaignStatus.OPEN;
    }
}
