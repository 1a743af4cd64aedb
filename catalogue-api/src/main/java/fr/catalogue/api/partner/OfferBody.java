package fr.catalogue.api.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/v1/partner/offers} and {@code PUT /api/v1/partner/offers/{id}},
 * read field by field so that a value of the wrong type is a 400 naming that field
 * ({@code priceExclVat}, {@code attributes.ram}, {@code links[0]}), never a 500. Whether the values
 * are acceptable (lengths, known criteria, links on the partner's site…) is the offer service's
 * call, with the same field names.
 *
 * <p>Fields the API returns but does not take ({@code id}, {@code status}, {@code categoryName}…)
 * are ignored, so that an offer read with GET can be sent back with PUT.
 *
 * @param input the offer's content
 * @param version for PUT: the {@code version} the caller read; null to overwrite whatever changed since
 */
public record OfferBody(OfferInput input, Long version) {

    private static final String SHAPE = "{\"category\", \"title\", \"description\", \"priceExclVat\", \"pricing\", "
            + "\"attributes\", \"services\", \"links\"}";

    public static OfferBody parse(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "Le corps de la requête doit être un objet JSON " + SHAPE + ".");
        }
        JsonObject body = value.asJsonObject();
        OfferInput input = new OfferInput(text(body, "category", "category"), text(body, "title", "title"),
                text(body, "description", "description"), priceExclVat(body), attributes(body), pricing(body),
                services(body), links(body));
        return new OfferBody(input, version(body));
    }

    private static BigDecimal priceExclVat(JsonObject body) {
        JsonValue value = body.get("priceExclVat");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidInputException("priceExclVat", "« priceExclVat » doit être un nombre (euros HT), "
                    + "par exemple 1249.90.");
        }
        return ((JsonNumber) value).bigDecimalValue();
    }

    private static Long version(JsonObject body) {
        JsonValue value = body.get("version");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw new InvalidInputException("version", "« version » doit être le numéro entier lu avec l'offre.");
        }
        return ((JsonNumber) value).longValue();
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
            pricing.put(entry.getKey(), new PriceComponent(amount(component, field + ".amount"),
                    text(component, "unit", field + ".unit"), text(component, "description", field + ".description")));
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

    private static List<String> links(JsonObject body) {
        JsonValue value = body.get("links");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("links", "« links » doit être une liste d'adresses [\"https://…\"].");
        }
        List<String> links = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidInputException("links[" + links.size() + "]",
                        "« links[" + links.size() + "] » doit être une adresse entre guillemets.");
            }
            links.add(((JsonString) item).getString());
        }
        return links;
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
