package fr.catalogue.web.insight;

import fr.catalogue.insight.AgeCount;
import fr.catalogue.insight.ConformityRate;
import fr.catalogue.insight.MonthCount;
import fr.catalogue.insight.NoticeAge;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The dashboard's three charts from the service's figures, labels given by the page (French). */
public final class InsightCharts {

    private InsightCharts() {
    }

    /**
     * Conformity rate per category: one bar per campaign (oldest first) for each category seen in
     * any of them; a category a campaign did not hold has no bar for it (a gap, not 0 %).
     */
    public static String conformity(List<ConformityRate> rates, Function<String, String> campaignLabel,
            String axisTitle) {
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> byCampaign = new LinkedHashMap<>();
        for (ConformityRate rate : rates) {
            categories.putIfAbsent(rate.categoryCode(), rate.categoryName());
            byCampaign.computeIfAbsent(rate.period(), p -> new HashMap<>()).put(rate.categoryCode(), rate.percent());
        }
        List<ChartJson.Series> series = new ArrayList<>();
        byCampaign.forEach((period, percents) -> series.add(new ChartJson.Series(campaignLabel.apply(period),
                categories.keySet().stream().map(percents::get).toList())));
        return ChartJson.percentBars(List.copyOf(categories.values()), series, axisTitle);
    }

    /** Open notices per age bucket. */
    public static String noticeAges(List<AgeCount> counts, Function<NoticeAge, String> label, String seriesLabel,
            String axisTitle) {
        return ChartJson.counts("bar", counts.stream().map(c -> label.apply(c.age())).toList(),
                new ChartJson.Series(seriesLabel, counts.stream().map(AgeCount::count).toList()), axisTitle);
    }

    /** Rights withdrawn per month, every month of the window. */
    public static String withdrawals(List<MonthCount> months, Function<YearMonth, String> label, String seriesLabel,
            String axisTitle) {
        return ChartJson.counts("line", months.stream().map(m -> label.apply(m.month())).toList(),
                new ChartJson.Series(seriesLabel, months.stream().map(MonthCount::count).toList()), axisTitle);
    }
}
