package fr.catalogue.api.conformance;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An offer's facts in a JSON body ({@code attributes}, {@code pricing}, {@code services}), read
 * field by field so that a value of the wrong type is a 400 naming that field
 * ({@code attributes.memory}, {@code pricing.travel.amount}, {@code services.server}), never a 500.
 * One home for the conformance check's body and the partner API's offer body.
 *
 * <p>Attribute values may be strings, numbers, booleans or arrays of strings (for lists); they
 * reach the engine as text, the way a partner types them.
 */
public final class FactsJson {

    private FactsJson() {
    }

    /**
     * The {@code attributes} object as text values.
     *
     * @param nullValue what a JSON {@code null} value becomes
     */
    public static Map<String, String> attributes(JsonObject body, String nullValue) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "attributes").entrySet()) {
            String field = "attributes." + entry.getKey();
            String value = scalarOrList(entry.getValue(), field);
            attributes.put(entry.getKey(), value == null ? nullValue : value);
        }
        return attributes;
    }

    /** The {@code pricing} object: each component {@code {"amount", "unit", "description"}} (R12). */
    public static Map<String, PriceComponent> pricing(JsonObject body) {
        Map<String, PriceComponent> pricing = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "pricing").entrySet()) {
            String field = "pricing." + entry.getKey();
            if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "« " + field
                        + " » doit être un objet {\"amount\", \"unit\", \"description\"}.");
            }
            JsonObject component = entry.getValue().asJsonObject();
            pricing.put(entry.getKey(), new PriceComponent(amount(component, field + ".amount"),
                    text(component, "unit", field + ".unit"), text(component, "description", field + ".description")));
        }
        return pricing;
    }

    /** The {@code services} object: each Annex 3 service {@code "DIRECT"} or {@code "VIA_PARTNER"} (R9). */
    public static Map<String, ServiceCoverage> services(JsonObject body) {
        Map<String, ServiceCoverage> services = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "services").entrySet()) {
            String field = "services." + entry.getKey();
            String value = entry.getValue() instanceof JsonString s ? s.getString() : null;
            services.put(entry.getKey(), ServiceCoverage.parse(value).orElseThrow(() -> new InvalidInputException(field,
                    "« " + field + " » doit valoir \"DIRECT\" ou \"VIA_PARTNER\".")));
        }
        return services;
    }

    /** A text member, {@code null} when absent or null; any other type is refused naming {@code field}. */
    public static String text(JsonObject object, String name, String field) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, "« " + field + " » doit être un texte.");
        }
        return ((JsonString) value).getString();
    }

    /** An object of the body, empty when absent; its keys must not be blank. */
    private static JsonObject object(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(name, "« " + name + " » doit être un objet JSON.");
        }
        JsonObject object = value.asJsonObject();
        if (object.keySet().stream().anyMatch(String::isBlank)) {
            throw new InvalidInputException(name, "« " + name + " » a une clé vide.");
        }
        return object;
    }

    private static String scalarOrList(JsonValue value, String field) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(item -> {
                if (item.getValueType() != JsonValue.ValueType.STRING) {
                    throw new InvalidInputException(field, "« " + field + " » doit être une liste de textes.");
                }
                return ((JsonString) item).getString();
            }).collect(Collectors.joining("; "));
            case OBJECT -> throw new InvalidInputException(field,
                    "« " + field + " » doit être un texte, un nombre, un booléen ou une liste.");
        };
    }

    private static BigDecimal amount(JsonObject component, String field) {
        JsonValue value = component.get("amount");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidInputException(field, "« " + field + " » doit être un nombre (euros HT).");
        }
        BigDecimal amount = ((JsonNumber) value).bigDecimalValue();
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "« " + field + " » ne peut pas être négatif.");
        }
        return amount;
    }
}
