package fr.catalogue.web.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.insight.AgeCount;
import fr.catalogue.insight.ConformityRate;
import fr.catalogue.insight.MonthCount;
import fr.catalogue.insight.NoticeAge;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightChartsTest {

    @Test
    void conformityHasOneSeriesPerCampaignAndAGapForACategoryACampaignDidNotHold() {
        String json = InsightCharts.conformity(List.of(
                new ConformityRate(1, "2026-09", "PC_DESKTOP", "PC de bureau", 3, 2),
                new ConformityRate(1, "2026-09", "PDA", "Assistants \"PDA\"", 4, 4),
                new ConformityRate(2, "2026-11", "PC_DESKTOP", "PC de bureau", 2, 1)),
                period -> "Campagne " + period, "Taux de conformité (%)");
        JsonObject chart = parse(json);
        assertEquals("bar", chart.getString("type"));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("PC de bureau", "Assistants \"PDA\""), data.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString::getString));
        JsonArray datasets = data.getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals("Campagne 2026-09", datasets.getJsonObject(0).getString("label"));
        assertEquals("66.7", datasets.getJsonObject(0).getJsonArray("data").get(0).toString());
        assertEquals("100.0", datasets.getJsonObject(0).getJsonArray("data").get(1).toString());
        assertEquals("50.0", datasets.getJsonObject(1).getJsonArray("data").get(0).toString());
        assertEquals(JsonValue.NULL, datasets.getJsonObject(1).getJsonArray("data").get(1));
        assertTrue(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display"), "a legend names the campaigns");
    }

    @Test
    void noCampaignGivesAnEmptyChart() {
        JsonObject chart = parse(InsightCharts.conformity(List.of(), p -> p, "%"));
        assertEquals(0, chart.getJsonObject("data").getJsonArray("labels").size());
        assertEquals(0, chart.getJsonObject("data").getJsonArray("datasets").size());
    }

    @Test
    void noticeAgesAreWholeCountsPerBucket() {
        JsonObject chart = parse(InsightCharts.noticeAges(List.of(new AgeCount(NoticeAge.UNDER_A_WEEK, 3),
                new AgeCount(NoticeAge.THIRTY_DAYS_AND_MORE, 0)), NoticeAge::name, "Avertissements", "Nombre"));
        JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("[3,0]", dataset.getJsonArray("data").toString());
        assertEquals(0, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("ticks").getInt("precision"));
    }

    @Test
    void withdrawalsAreALineOverEveryMonth() {
        JsonObject chart = parse(InsightCharts.withdrawals(List.of(new MonthCount(YearMonth.of(2026, 10), 0),
                new MonthCount(YearMonth.of(2026, 11), 2)), YearMonth::toString, "Retraits", "Nombre"));
        assertEquals("line", chart.getString("type"));
        assertEquals("[\"2026-10\",\"2026-11\"]", chart.getJsonObject("data").getJsonArray("labels").toString());
        assertEquals("[0,2]", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").toString());
    }

    @Test
    void aSeriesMustHaveOneValuePerLabel() {
        assertThrows(IllegalArgumentException.class, () -> ChartJson.counts("bar", List.of("a", "b"),
                new ChartJson.Series("s", List.of(1)), "n"));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
