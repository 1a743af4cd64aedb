/**
 * The database side of the product: the Flyway migrations (in {@code db/migration} on the class
 * path, applied by the application at start-up and by the launcher), the embedded MariaDB used by
 * {@code mvn -Prun} and the integration tests, and the demo data.
 */
package fr.catalogue.db;
