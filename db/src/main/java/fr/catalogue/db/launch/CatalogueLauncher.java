package fr.catalogue.db.launch;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.db.EmbeddedMariaDb;
import fr.catalogue.db.Migrations;
import fr.catalogue.db.demo.DemoData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Starts the whole application for {@code mvn -Prun}:
 * <ol>
 * <li>the database: the one of {@code CATALOGUE_DB_URL} if set, else an embedded MariaDB whose
 * files live in {@code CATALOGUE_DATA_DIR} (default {@code ~/.catalogue}), so data survives a restart;</li>
 * <li>the Flyway migrations, then the demo data if the database holds none (never twice);</li>
 * <li>Payara Micro with the WAR at {@code /}, on {@code CATALOGUE_PORT} (default 8080),
 * the database address passed through the environment, never on the command line.</li>
 * </ol>
 * It prints the address once the application answers {@code /health/ready}. Ctrl-C stops the
 * server, then the database.
 */
public final class CatalogueLauncher {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private CatalogueLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path war = requiredFile("catalogue.war");
        Path payaraMicro = requiredFile("catalogue.payara-micro.jar");
        int port = Setting.PORT.intValue();
        Path dataDir = Path.of(Setting.DATA_DIR.value()).toAbsolutePath();

        EmbeddedMariaDb embedded = null;
        DatabaseAddress database;
        if (Setting.DB_URL.value() != null) {
            database = new DatabaseAddress(Setting.DB_URL.value(), Setting.DB_USER.value(), Setting.DB_PASSWORD.value());
            say("Base de données externe : " + database);
        } else {
            embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0);
            database = embedded.address();
            say("Base de données intégrée : " + database + " (fichiers dans " + dataDir.resolve("mariadb") + ")");
        }
        EmbeddedMariaDb startedDatabase = embedded;
        try {
            MigrateResult schema = Migrations.migrate(database);
            say(schema.migrationsExecuted == 0 ? "Schéma de la base à jour."
                    : "Schéma de la base : " + schema.migrationsExecuted + " migration(s) appliquée(s), version "
                    + schema.targetSchemaVersion + ".");
            boolean loaded = DemoData.loadIfEmpty(database, Clock.systemUTC());
            say(loaded ? "Données de démonstration chargées." : "Données déjà présentes : rien n'est rechargé.");

            Process server = startServer(payaraMicro, war, port, database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, startedDatabase), "catalogue-stop"));
            String address = "http://localhost:" + port + "/";
            if (waitUntilReady(server, URI.create(address + "health/ready"))) {
                say("Catalogue prêt : " + address + "  (Ctrl-C pour arrêter)");
            } else {
                say("Le serveur n'a pas démarré : voir les messages ci-dessus.");
            }
            int exit = server.waitFor();
            if (exit != 0 && exit != 130 && exit != 143) {
                say("Le serveur s'est arrêté (code " + exit + ").");
            }
        } finally {
            if (startedDatabase != null) {
                startedDatabase.close();
            }
        }
    }

    private static Process startServer(Path payaraMicro, Path war, int port, DatabaseAddress database)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Setting.SERVER_HEAP.value(),
                "-Duser.timezone=UTC",
                "-jar", payaraMicro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put(Setting.DB_URL.environmentVariable(), database.url());
        environment.put(Setting.DB_USER.environmentVariable(), database.user());
        environment.put(Setting.DB_PASSWORD.environmentVariable(), database.password());
        say("Démarrage de Payara Micro sur le port " + port + "…");
        return builder.start();
    }

    private static boolean waitUntilReady(Process server, URI readiness) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(readiness).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            // Polling a process we do not control: there is no event to wait on.
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private static void stop(Process server, EmbeddedMariaDb database) {
        say("Arrêt du catalogue…");
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (database != null) {
            database.close();
        }
        say("Catalogue arrêté.");
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (got "
                    + value + "): start the application with `mvn -Prun` from the project's top folder.");
        }
        return Path.of(value);
    }

    private static void say(String message) {
        System.out.println("[catalogue] " + message);
    }
}
