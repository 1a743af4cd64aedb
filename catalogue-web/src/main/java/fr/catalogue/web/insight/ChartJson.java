package fr.catalogue.web.insight;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as PrimeFaces 15's {@code p:chart value} takes them: raw JSON
 * ({@code {"type", "data", "options"}}), built with JSON-P so that every label is escaped. No
 * chart library on the server: the chartjs-java-model library is not in the build's registry
 * mirror, and three charts do not need it.
 */
public final class ChartJson {

    /** A named series of values, one per label; {@code null} for "no value" (a gap, not zero). */
    public record Series(String label, List<? extends Number> values) {
    }

    /** Colours readable on white and distinguishable by most colour-blind readers (Okabe–Ito). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ChartJson() {
    }

    /**
     * Horizontal bars of percentages (0 to 100), one bar per series for each label: long labels
     * (category names) read better on the vertical axis.
     */
    public static String percentBars(List<String> labels, List<Series> series, String axisTitle) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", axisTitle));
        JsonObjectBuilder options = options(series.size() > 1)
                .add("indexAxis", "y")
                .add("scales", JSON.createObjectBuilder().add("x", axis));
        return chart("bar", labels, series, options);
    }

    /** Vertical bars (or a line) of whole counts, the axis starting at zero with whole steps. */
    public static String counts(String type, List<String> labels, Series series, String axisTitle) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", axisTitle));
        JsonObjectBuilder options = options(false).add("scales", JSON.createObjectBuilder().add("y", axis));
        return chart(type, labels, List.of(series), options);
    }

    private static JsonObjectBuilder options(boolean legend) {
        return JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", legend).add("position", "bottom")));
    }

    private static String chart(String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + one.label() + " has " + one.values().size()
                        + " values for " + labels.size() + " labels");
            }
            String colour = PALETTE.get(i % PALETTE.size());
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (Number value : one.values()) {
                if (value == null) {
                    data.addNull();
                } else if (value instanceof BigDecimal decimal) {
                    data.add(decimal);
                } else {
                    data.add(value.longValue());
                }
            }
            datasets.add(JSON.createObjectBuilder().add("label", one.label()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
