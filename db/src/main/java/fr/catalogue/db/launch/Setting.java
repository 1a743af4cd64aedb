package fr.catalogue.db.launch;

import java.nio.file.Path;

/**
 * A setting of the launcher, read the way MicroProfile Config reads the application's: a system
 * property ({@code catalogue.port}) wins over the environment variable ({@code CATALOGUE_PORT}),
 * which wins over the default.
 */
enum Setting {
    PORT("catalogue.port", "8080"),
    DATA_DIR("catalogue.data-dir", Path.of(System.getProperty("user.home"), ".catalogue").toString()),
    DB_URL("catalogue.db.url", null),
    DB_USER("catalogue.db.user", "catalogue"),
    DB_PASSWORD("catalogue.db.password", ""),
    /** Heap of the application server; the default suits the demo data on a small machine. */
    SERVER_HEAP("catalogue.server.heap", "768m");

    private final String property;
    private final String defaultValue;

    Setting(String property, String defaultValue) {
        this.property = property;
        this.defaultValue = defaultValue;
    }

    String property() {
        return property;
    }

    /** {@code catalogue.data-dir} becomes {@code CATALOGUE_DATA_DIR}, as MicroProfile Config maps it. */
    String environmentVariable() {
        return property.toUpperCase().replace('.', '_').replace('-', '_');
    }

    /** The value in force, or null when unset and without default. */
    String value() {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable());
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    int intValue() {
        String value = value();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(environmentVariable() + " must be a whole number, not « " + value + " »");
        }
    }
}
