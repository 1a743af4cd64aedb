package fr.catalogue.linkcheck;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evidence of a check as it is stored ({@code link_check.evidence}, {@code presence_check.path}):
 * JSON, so that a check keeps its click path and every fetch in one row, and reads back exactly.
 *
 * @param path the click path, or the pages from a home page to the one found (R16)
 * @param fetches every request made, in order
 */
public record Evidence(List<String> path, List<Fetch> fetches) {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public Evidence {
        path = List.copyOf(path);
        fetches = List.copyOf(fetches);
    }

    /** {@code {"path": […], "fetches": [{"url", "status", "millis", "failure"}]}}. */
    public String toJson() {
        JsonArrayBuilder fetchArray = BUILDERS.createArrayBuilder();
        for (Fetch fetch : fetches) {
            JsonObjectBuilder object = BUILDERS.createObjectBuilder().add("url", fetch.url())
                    .add("status", fetch.status()).add("millis", fetch.millis());
            if (fetch.failure() != null) {
                object.add("failure", fetch.failure().name());
            }
            fetchArray.add(object);
        }
        return BUILDERS.createObjectBuilder().add("path", pathJson(path)).add("fetches", fetchArray).build().toString();
    }

    /** Reads what {@link #toJson()} wrote; a reason this version does not know is left out. */
    public static Evidence fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Evidence(List.of(), List.of());
        }
        JsonObject object;
        try (var reader = READERS.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        List<Fetch> fetches = new ArrayList<>();
        JsonArray fetchArray = object.getJsonArray("fetches");
        if (fetchArray != null) {
            for (JsonValue value : fetchArray) {
                JsonObject fetch = value.asJsonObject();
                fetches.add(new Fetch(fetch.getString("url"), fetch.getInt("status", 0),
                        fetch.getJsonNumber("millis") == null ? 0 : fetch.getJsonNumber("millis").longValue(),
                        reason(fetch.getString("failure", null))));
            }
        }
        return new Evidence(pathFromJson(object.getJsonArray("path")), fetches);
    }

    /** A path alone, as a JSON array ({@code presence_check.path}). */
    public static String pathToJson(List<String> path) {
        return pathJson(path).toString();
    }

    /** Reads what {@link #pathToJson} wrote. */
    public static List<String> pathFromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = READERS.createReader(new StringReader(json))) {
            return pathFromJson(reader.readArray());
        }
    }

    private static JsonArray pathJson(List<String> path) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        path.forEach(array::add);
        return array.build();
    }

    private static List<String> pathFromJson(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static CheckReason reason(String name) {
        if (name == null) {
            return null;
        }
        try {
            return CheckReason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
