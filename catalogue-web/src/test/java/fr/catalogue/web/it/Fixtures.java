package fr.catalogue.web.it;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.security.PasswordHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Data a test creates for itself, straight in the test database. Names carry a unique suffix so
 * that test classes sharing the database never see each other's rows as their own.
 */
public final class Fixtures {

    // The stored hash names its iteration count: few iterations keep test sign-ins fast.
    private static final PasswordHash FAST_HASH = new PasswordHash(1_000);

    private final DatabaseAddress database;

    public Fixtures(DatabaseAddress database) {
        this.database = database;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long partner(String name, String kind) {
        return insert("INSERT INTO partner (name, kind, town, postcode, created_at) VALUES (?, ?, 'Rennes', '35000', ?)",
                name, kind, now());
    }

    public long offer(long partnerId, String category, String title, String price, String status) {
        Timestamp now = now();
        return insert("""
                INSERT INTO offer (partner_id, category_code, title, description, price_excl_vat, status,
                                   published_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                partnerId, category, title, "Description de « " + title + " ».", new BigDecimal(price), status,
                "DRAFT".equals(status) ? null : now, now, now);
    }

    public long account(String userCode, String password, String role, Long partnerId) {
        return insert("""
                INSERT INTO account (user_code, password_hash, role, partner_id, display_name, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?)""",
                userCode, FAST_HASH.hash(password.toCharArray()), role, partnerId, "Compte " + userCode, now());
    }

    public void disable(String userCode) {
        try (Connection c = database.connect();
             PreparedStatement sql = c.prepareStatement("UPDATE account SET enabled = FALSE WHERE user_code = ?")) {
            sql.setString(1, userCode);
            sql.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String statement, Object... values) {
        try (Connection c = database.connect();
             PreparedStatement sql = c.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            sql.executeUpdate();
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert test data: " + e.getMessage(), e);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
