package fr.catalogue.api.conformance;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.OfferFacts;
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
 * The body of {@code POST /api/v1/conformance/check}, read field by field so that a value of the
 * wrong type is a 400 naming that field (e.g. {@code attributes.memory}), never a 500.
 *
 * <p>Attribute values may be strings, numbers, booleans or arrays of strings (for lists); they
 * reach the engine as text, the way a partner types them.
 */
public record CheckRequest(String category, OfferFacts facts) {

    public static CheckRequest parse(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "Le corps de la requête doit être un objet JSON "
                    + "{\"category\", \"attributes\", \"pricing\", \"services\"}.");
        }
        JsonObject body = value.asJsonObject();
        String category = text(body, "category", "category");
        if (category == null || category.isBlank()) {
            throw new InvalidInputException("category", "Le champ « category » est obligatoire.");
        }
        return new CheckRequest(category.trim(),
                new OfferFacts(attributes(body), pricing(body), services(body)));
    }

    private static Map<String, String> attributes(JsonObject body) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "attributes").entrySet()) {
            String field = "attributes." + entry.getKey();
            attributes.put(entry.getKey(), scalarOrList(entry.getValue(), field));
        }
        return attributes;
    }

    private static Map<String, PriceComponent> pricing(JsonObject body) {
        Map<String, PriceComponent> pricing = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "pricing").entrySet()) {
            String field = "pricing." + entry.getKey();
            if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "« " + field
                        + " » doit être un objet {\"amount\", \"unit\", \"description\"}.");
            }
            JsonObject component = entry.getValue().asJsonObject();
            BigDecimal amount = amount(component, field + ".amount");
            pricing.put(entry.getKey(), new PriceComponent(amount, text(component, "unit", field + ".unit"),
                    text(component, "description", field + ".description")));
        }
        return pricing;
    }

    private static Map<String, ServiceCoverage> services(JsonObject body) {
        Map<String, ServiceCoverage> services = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(body, "services").entrySet()) {
            String field = "services." + entry.getKey();
            String value = entry.getValue() instanceof JsonString s ? s.getString() : null;
            services.put(entry.getKey(), ServiceCoverage.parse(value).orElseThrow(() -> new InvalidInputException(field,
                    "« " + field + " » doit valoir \"DIRECT\" ou \"VIA_PARTNER\".")));
        }
        return services;
    }

    private static JsonObject object(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(name, "« " + name + " » doit être un objet JSON.");
        }
        return value.asJsonObject();
    }

    private static String scalarOrList(JsonValue value, String field) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "";
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

    private static String text(JsonObject object, String name, String field) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, "« " + field + " » doit être un texte.");
        }
        return ((JsonString) value).getString();
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
