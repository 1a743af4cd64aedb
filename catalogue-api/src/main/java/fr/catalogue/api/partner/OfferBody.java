package fr.catalogue.api.partner;

import fr.catalogue.api.conformance.FactsJson;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.offer.OfferInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
        OfferInput input = new OfferInput(FactsJson.text(body, "category", "category"),
                FactsJson.text(body, "title", "title"), FactsJson.text(body, "description", "description"),
                priceExclVat(body), FactsJson.attributes(body, null), FactsJson.pricing(body),
                FactsJson.services(body), links(body));
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
}
