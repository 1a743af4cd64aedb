package fr.catalogue.api.conformance;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.OfferFacts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The body of {@code POST /api/v1/conformance/check}, read field by field so that a value of the
 * wrong type is a 400 naming that field (e.g. {@code attributes.memory}), never a 500
 * ({@link FactsJson}).
 */
public record CheckRequest(String category, OfferFacts facts) {

    public static CheckRequest parse(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "Le corps de la requête doit être un objet JSON "
                    + "{\"category\", \"attributes\", \"pricing\", \"services\"}.");
        }
        JsonObject body = value.asJsonObject();
        String category = FactsJson.text(body, "category", "category");
        if (category == null || category.isBlank()) {
            throw new InvalidInputException("category", "Le champ « category » est obligatoire.");
        }
        return new CheckRequest(category.trim(),
                new OfferFacts(FactsJson.attributes(body, ""), FactsJson.pricing(body), FactsJson.services(body)));
    }
}
