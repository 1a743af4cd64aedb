package fr.catalogue.api.linkcheck;

import fr.catalogue.common.InvalidInputException;
import jakarta.json.JsonValue;

/**
 * The body of {@code POST /api/v1/link-checks}: {@code {"url": "https://…"}}, read by hand so that
 * anything else is a 400 naming the field, never a 500.
 */
public record LinkCheckRequest(String url) {

    public static LinkCheckRequest parse(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "Le corps de la requête doit être un objet JSON {\"url\": \"https://…\"}.");
        }
        JsonValue url = value.asJsonObject().get("url");
        if (url == null || url.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("url", "Le champ « url » est obligatoire : l'adresse de la page à vérifier.");
        }
        if (url.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException("url", "Le champ « url » doit être une chaîne de caractères.");
        }
        String text = ((jakarta.json.JsonString) url).getString().strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("url", "Le champ « url » est obligatoire : l'adresse de la page à vérifier.");
        }
        return new LinkCheckRequest(text);
    }
}
