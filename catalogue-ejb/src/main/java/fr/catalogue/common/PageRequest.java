package fr.catalogue.common;

/**
 * Which slice of a list to read: {@code page} counts from 0, {@code size} is between 1 and
 * {@link #MAX_SIZE}. Refuses anything else, so a query never runs with a nonsense window.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "La page doit être un entier positif ou nul.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "La taille de page doit être comprise entre 1 et " + MAX_SIZE + ".");
        }
    }

    /**
     * Reads the raw query parameters of a request; absent values take the defaults.
     *
     * @throws InvalidInputException naming the parameter that is not a valid number
     */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseInt("page", page, 0), parseInt("size", size, DEFAULT_SIZE));
    }

    private static int parseInt(String field, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "« " + raw + " » n'est pas un nombre entier.");
        }
    }

    public int offset() {
        return page * size;
    }
}
