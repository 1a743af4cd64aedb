package fr.catalogue.geo;

import java.text.Normalizer;
import java.util.Locale;

/** How place names are compared: accents, case, hyphens, apostrophes and extra spaces ignored. */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** {@code "Saint-Étienne"}, {@code "saint etienne"} and {@code " SAINT  ETIENNE "} fold alike. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace('œ', 'o').replace('æ', 'a')
                .replaceAll("[-'’‘`.,_/]+", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceFirst("^st ", "saint ")
                .replaceFirst("^ste ", "sainte ");
    }
}
