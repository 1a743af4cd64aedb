package fr.catalogue.contact;

import fr.catalogue.insight.MonthCount;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A partner's statistics over the last months (R24): per month, newest first, the views of its offers
 * (in total, and per offer), of its page, and its contact requests. Months without anything show
 * zeros. The window and the contact counts are {@link fr.catalogue.insight.MonthSeries}'s.
 */
public record PartnerStatistics(List<MonthStatistics> months, List<OfferViews> offers) {

    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    public PartnerStatistics {
        months = List.copyOf(months);
        offers = List.copyOf(offers);
    }

    /** A counted view row as stored: its month, the offer (null for the partner's page), its title, the count. */
    public record ViewCount(YearMonth month, Long offerId, String title, long views) {
    }

    /** "novembre 2026": a month as French writes it. */
    public static String label(YearMonth month) {
        return month.format(FRENCH_MONTH);
    }

    /**
     * Builds the table from the contact requests counted per month over the window (oldest first, as
     * {@code MonthSeries.of} gives them) and the stored view counts; counts outside the window are ignored.
     */
    public static PartnerStatistics of(List<MonthCount> contacts, List<ViewCount> views) {
        Map<YearMonth, long[]> totals = new HashMap<>();
        contacts.forEach(count -> totals.put(count.month(), new long[] {0, 0, count.count()}));
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
                perOffer.add(new OfferViews(count.month(), label(count.month()), count.offerId(), count.title(),
                        count.views()));
            }
        }
        perOffer.sort(Comparator.comparing(OfferViews::month).reversed()
                .thenComparing(Comparator.comparingLong(OfferViews::views).reversed())
                .thenComparing(OfferViews::offerId));
        List<MonthStatistics> months = new ArrayList<>();
        for (int i = contacts.size() - 1; i >= 0; i--) {
            YearMonth month = contacts.get(i).month();
            long[] total = totals.get(month);
            months.add(new MonthStatistics(month, label(month), total[0], total[1], total[2]));
        }
        return new PartnerStatistics(months, perOffer);
    }

    /** Whether nothing at all was counted over the months shown. */
    public boolean nothingCounted() {
        return months.stream().allMatch(m -> m.offerViews() == 0 && m.pageViews() == 0 && m.contacts() == 0);
    }
}
