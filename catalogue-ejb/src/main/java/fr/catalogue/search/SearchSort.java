package fr.catalogue.search;

import java.util.Locale;
import java.util.Optional;

/** How search results are ordered; {@link #code()} is what URLs and the API carry. */
public enum SearchSort {
    RELEVANCE("pertinence"),
    PRICE_ASC("prix"),
    PRICE_DESC("prix-desc"),
    NEWEST("recent");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The order of that code (or enum name, any case); empty when it names none. */
    public static Optional<SearchSort> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (SearchSort sort : values()) {
            if (sort.code.equals(wanted) || sort.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
