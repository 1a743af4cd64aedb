package fr.catalogue.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything, wherever it is deployed.
 * The migrations are the SQL scripts of the {@code db} module; Flyway's lock keeps two
 * instances starting together from applying them twice.
 *
 * <p>The data source is defined here, its address and credentials read from MicroProfile Config
 * ({@code catalogue.db.url}, {@code catalogue.db.user}, {@code catalogue.db.password}, or the
 * environment variables {@code CATALOGUE_DB_URL}, {@code CATALOGUE_DB_USER},
 * {@code CATALOGUE_DB_PASSWORD}): nothing is baked into the WAR.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=catalogue.db.url}",
        user = "${MPCONFIG=catalogue.db.user}",
        password = "${MPCONFIG=catalogue.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/catalogue";
    /** Where the {@code db} module keeps its migrations on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migration(s) applied)");
    }
}
