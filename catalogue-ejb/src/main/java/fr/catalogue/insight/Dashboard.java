package fr.catalogue.insight;

import java.util.List;

/**
 * What the reviewers' dashboard shows (R17, R18): the conformity rate per category of the latest
 * campaigns (oldest campaign first), the open notices by age, the rights withdrawn per month.
 * Each list may be empty (no campaign yet); the notices and months always have every bucket.
 */
public record Dashboard(List<ConformityRate> conformity, List<AgeCount> openNotices, List<MonthCount> withdrawals) {

    public Dashboard {
        conformity = List.copyOf(conformity);
        openNotices = List.copyOf(openNotices);
        withdrawals = List.copyOf(withdrawals);
    }

    public long openNoticeCount() {
        return openNotices.stream().mapToLong(AgeCount::count).sum();
    }

    public long withdrawalCount() {
        return withdrawals.stream().mapToLong(MonthCount::count).sum();
    }
}
