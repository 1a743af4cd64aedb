package fr.catalogue.web.it;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.db.EmbeddedMariaDb;
import fr.catalogue.db.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real MariaDB for the whole integration test run, started before the first test class and
 * stopped after the last. It migrates the schema (the application would too) so that tests can
 * insert their own data before or after the deployment, and hands the address to the Payara Micro
 * that Arquillian starts, as JVM options.
 *
 * <p>Register it before {@code ArquillianExtension}: {@code @ExtendWith({TestDatabase.class, ArquillianExtension.class})}.
 *
 * <p>Arquillian reads {@code payara.cmdOptions} once per run, when the first test class starts:
 * the options of other test services the server must know about (the SMTP server of
 * {@link TestMailServer}) are therefore added here too, whichever class runs first; see
 * {@link #payaraOptions}.
 */
public final class TestDatabase implements BeforeAllCallback {

    private static volatile DatabaseAddress address;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("catalogue.db.url") != null) {
            return; // inside the server (in-container tests): the database is already there
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabase.class, key -> start(), Running.class);
    }

    /** The test database, once {@link #beforeAll} ran. */
    public static DatabaseAddress address() {
        if (address == null) {
            throw new IllegalStateException("TestDatabase is not registered on this test class");
        }
        return address;
    }

    private static Running start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("catalogue-it-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0);
        address = database.address();
        Migrations.migrate(address);
        System.setProperty("payara.cmdOptions", String.join(" ", payaraOptions(address)));
        return new Running(database, directory);
    }

    /** The JVM options of every Payara Micro of the run: the database, then the other test services. */
    private static List<String> payaraOptions(DatabaseAddress address) {
        List<String> options = new ArrayList<>(List.of(
                "-Xmx768m",
                "-Duser.timezone=UTC",
                "-Dcatalogue.db.url=" + address.url(),
                "-Dcatalogue.db.user=" + address.user(),
                "-Dcatalogue.db.password=" + address.password()));
        options.addAll(TestMailServer.payaraOptions());
        // The two-click checker may reach the fixture sites of the tests (LinkFixtureSite) by the name
        // "localhost" only: 127.0.0.1 and every other forbidden address stay refused.
        options.add("-Dcatalogue.linkcheck.allowed-hosts=localhost");
        return options;
    }

    /**
     * Stops the database when the whole run is over, then removes its files (about 500 MB a run,
     * which filled the disk when left behind).
     */
    private record Running(EmbeddedMariaDb database, Path directory) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                System.err.println("The test database's files stay in " + directory + ": " + e);
            }
        }
    }
}
