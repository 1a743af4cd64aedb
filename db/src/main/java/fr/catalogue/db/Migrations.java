package fr.catalogue.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the SQL migrations of this module. The application does the same at start-up
 * ({@code fr.catalogue.platform.SchemaMigration}); applying them twice is harmless.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static MigrateResult migrate(DatabaseAddress database) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
