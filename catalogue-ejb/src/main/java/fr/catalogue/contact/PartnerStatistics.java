package fr.catalogue.contact;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's statistics over the last months (R24): per month, newest first, the views of its offers
 * (in total, and per offer), of its page, and its contact requests. Months without anything show zeros.
 */
public record PartnerStatistics(List<MonthStatistics> months, List<OfferViews> offers) {

    public PartnerStatistics {
        months = List.copyOf(months);
        offers = List.copyOf(offers);
    }

    /** A counted view row as stored: its month, the offer (null for the partner's page), its title, the count. */
    public record ViewCount(YearMonth month, Long offerId, String title, long views) {
    }

    /**
     * Builds the table of {@code series} (newest first) from the stored counts and the months of the
     * contact requests; counts outside the series are ignored.
     */
    public static PartnerStatistics of(List<YearMonth> series, List<ViewCount> views, List<YearMonth> contactMonths) {
        Map<YearMonth, long[]> totals = new HashMap<>();
        series.forEach(month -> totals.put(month, new long[3]));
        List<OfferViews> perOffer = new ArrayList<>();
        for (ViewCount count : views) {
            long[] total = totals.get(count.month());
            if (total == null) {
                continue;
            }
            if (count.offerId() == null) {
                total[1] += count.views();
            } else {
                total[0] += count.views();
                perOffer.add(new OfferViews(count.month(), MonthSeries.label(count.month()), count.offerId(),
                        count.title(), count.views()));
            }
        }
        for (YearMonth month : contactMonths) {
            long[] total = totals.get(month);
            if (total != null) {
                total[2]++;
            }
        }
        perOffer.sort(Comparator.comparing(OfferViews::month).reversed()
                .thenComparing(Comparator.comparingLong(OfferViews::views).reversed())
                .thenComparing(OfferViews::offerId));
        List<MonthStatistics> months = series.stream().map(month -> {
            long[] total = totals.get(month);
            return new MonthStatistics(month, MonthSeries.label(month), total[0], total[1], total[2]);
        }).toList();
        return new PartnerStatistics(months, perOffer);
    }

    /** Whether nothing at all was counted over the months shown. */
    public boolean empty() {
        return months.stream().allMatch(m -> m.offerViews() == 0 && m.pageViews() == 0 && m.contacts() == 0);
    }
}
