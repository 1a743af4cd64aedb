package fr.catalogue.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.demo.DemoAccounts;
import fr.catalogue.db.demo.DemoData;
import fr.catalogue.security.PasswordHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn -Prun} relies on, against a real mariadbd: the embedded database keeps its data
 * and credentials across a restart, migrations apply, and the demo data loads once, never twice.
 */
class EmbeddedMariaDbIT {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossARestartAndLoadsTheDemoDataOnce() throws Exception {
        DatabaseAddress first;
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            first = database.address();
            assertEquals("2", Migrations.migrate(first).targetSchemaVersion);
            assertTrue(DemoData.loadIfEmpty(first, Clock.systemUTC()));
            assertTrue(count(first, "SELECT COUNT(*) FROM partner") >= 30);
            assertTrue(count(first, "SELECT COUNT(*) FROM offer") >= 300);
            // every category of R1-R4 holds offers
            assertEquals(28, count(first, "SELECT COUNT(DISTINCT category_code) FROM offer"));
        }
        long offers;
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress again = database.address();
            assertEquals(first.password(), again.password(), "the generated credentials are kept");
            assertEquals(0, Migrations.migrate(again).migrationsExecuted);
            offers = count(again, "SELECT COUNT(*) FROM offer");
            assertFalse(DemoData.loadIfEmpty(again, Clock.systemUTC()), "demo data is never loaded twice");
            assertEquals(offers, count(again, "SELECT COUNT(*) FROM offer"));
            assertEquals(4, count(again, "SELECT COUNT(*) FROM account"));
            DatabaseAddress root = new DatabaseAddress(again.url(), "root", "");
            assertThrows(SQLException.class, root::connect, "access control stays on after a restart");
        }
    }

    @Test
    void theDemoAccountsSignInWithTheirDocumentedPasswords() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress address = database.address();
            Migrations.migrate(address);
            DemoData.loadIfEmpty(address, Clock.systemUTC());
            PasswordHash hash = new PasswordHash();
            assertTrue(hash.verify(DemoAccounts.ADMIN_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.ADMIN_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.REVIEWER_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.REVIEWER_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.PARTNER_1_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_1_USER_CODE)));
            assertTrue(hash.verify(DemoAccounts.PARTNER_2_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_2_USER_CODE)));
            assertFalse(hash.verify(DemoAccounts.ADMIN_PASSWORD.toCharArray(), passwordHash(address, DemoAccounts.PARTNER_1_USER_CODE)));
            assertNotEquals(partnerOf(address, DemoAccounts.PARTNER_1_USER_CODE), partnerOf(address, DemoAccounts.PARTNER_2_USER_CODE));
        }
    }

    @Test
    void keepsItsCredentialsPrivateAndRefusesOtherUsersAndASecondServer() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory.resolve("credentials.properties"));
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
            DatabaseAddress address = database.address();
            DatabaseAddress wrong = new DatabaseAddress(address.url(), address.user(), "not-the-password");
            assertThrows(SQLException.class, wrong::connect);
            DatabaseAddress root = new DatabaseAddress(address.url(), "root", "");
            assertThrows(SQLException.class, root::connect, "access control is on");

            IllegalStateException second = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(directory, 0), "one server per directory at a time");
            assertTrue(second.getMessage().contains("Another embedded MariaDB already uses"), second.getMessage());
        }
    }

    @Test
    void refusesAHalfInitialisedDirectory() throws Exception {
        Files.createDirectories(directory.resolve("data/mysql"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedMariaDb.start(directory, 0));
        assertTrue(e.getMessage().contains("credentials.properties"), e.getMessage());
    }

    private static long count(DatabaseAddress address, String query) throws SQLException {
        try (Connection c = address.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String passwordHash(DatabaseAddress address, String userCode) throws SQLException {
        return single(address, "SELECT password_hash FROM account WHERE user_code = ?", userCode);
    }

    private static String partnerOf(DatabaseAddress address, String userCode) throws SQLException {
        return single(address, "SELECT partner_id FROM account WHERE user_code = ?", userCode);
    }

    private static String single(DatabaseAddress address, String query, String parameter) throws SQLException {
        try (Connection c = address.connect(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + parameter);
                return r.getString(1);
            }
        }
    }
}
