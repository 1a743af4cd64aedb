package fr.catalogue.web.it;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.security.PasswordHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Inside the server (in-container tests): the database the application itself uses. */
    public static Fixtures insideServer() {
        return new Fixtures(new DatabaseAddress(System.getProperty("catalogue.db.url"),
                System.getProperty("catalogue.db.user"), System.getProperty("catalogue.db.password")));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long partner(String name, String kind) {
        return insert("INSERT INTO partner (name, kind, town, postcode, created_at) VALUES (?, ?, 'Rennes', '35000', ?)",
                name, kind, now());
    }

    /** Gives a partner a SIREN and an e-mail address (either may be null), as its profile does (R8). */
    public void partnerContact(long partnerId, String siren, String email) {
        execute("UPDATE partner SET siren = ?, email = ? WHERE id = ?", siren, email, partnerId);
    }

    /** A SIREN no other partner has (nine digits; the checksum is not checked by the database). */
    public static String uniqueSiren() {
        return String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
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

    /** Declares a partner's website (R8), the home of its own site (R15, R16). */
    public void partnerWebsite(long partnerId, String website) {
        execute("UPDATE partner SET website = ? WHERE id = ?", website, partnerId);
    }

    /** Adds a link of an offer to a page of its partner's site (R15), after its others. */
    public void link(long offerId, String url) {
        long position = number("SELECT COUNT(*) FROM offer_link WHERE offer_id = ?", offerId);
        execute("INSERT INTO offer_link (offer_id, position, url) VALUES (?, ?, ?)", offerId, (int) position, url);
    }

    /**
     * A NON_CONFORM check of an address ended at {@code at}, stored as the checker stores it, with the
     * address's standing: a streak of non-conforming checks starting then, not confirmed (R15).
     */
    public long nonConformCheck(String url, Instant at) {
        Timestamp when = Timestamp.from(at);
        long id = insert("""
                INSERT INTO link_check (url, verdict, reason, evidence, checked_at, check_trigger)
                VALUES (?, 'NON_CONFORM', 'NO_RETURN_LINK', '{"path":[],"fetches":[]}', ?, 'DAILY')""", url, when);
        execute("""
                INSERT INTO link_status (url, latest_check_id, latest_verdict, checked_at, non_conform_since)
                VALUES (?, ?, 'NON_CONFORM', ?, ?)""", url, id, when, when);
        return id;
    }

    public void describe(long offerId, String description) {
        execute("UPDATE offer SET description = ? WHERE id = ?", description, offerId);
    }

    public void attribute(long offerId, String key, String value) {
        execute("INSERT INTO offer_attribute (offer_id, attr_key, attr_value) VALUES (?, ?, ?)", offerId, key, value);
    }

    public long account(String userCode, String password, String role, Long partnerId) {
        return insert("""
                INSERT INTO account (user_code, password_hash, role, partner_id, display_name, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?)""",
                userCode, FAST_HASH.hash(password.toCharArray()), role, partnerId, "Compte " + userCode, now());
    }

    /**
     * An account with an e-mail address, possibly forced to change its password at the next sign-in
     * (as accounts opened with a generated password are, R7).
     */
    public long account(String userCode, String password, String role, Long partnerId, String email,
            boolean mustChangePassword) {
        return insert("""
                INSERT INTO account (user_code, password_hash, role, partner_id, display_name, email, enabled,
                                     must_change_password, created_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""",
                userCode, FAST_HASH.hash(password.toCharArray()), role, partnerId, "Compte " + userCode, email,
                mustChangePassword, now());
    }

    /** A password reset link of an account, stored as the application stores it (the SHA-256 of the token). */
    public void passwordReset(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        execute("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, accountId, Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    public void disable(String userCode) {
        execute("UPDATE account SET enabled = FALSE WHERE user_code = ?", userCode);
    }

    /** A published version of a specification, effective on {@code effective}, not applied yet. */
    public long publishedVersion(String category, int number, LocalDate effective) {
        return insert("""
                INSERT INTO specification_version (category_code, number, status, effective_date, change_note, author,
                                                   created_at, published_at, published_by)
                VALUES (?, ?, 'PUBLISHED', ?, 'Version de test', 'Test', ?, ?, 'Test')""",
                category, number, Date.valueOf(effective), now(), now());
    }

    public void minCriterion(long versionId, int position, String key, String label, String unit, String min) {
        execute("""
                INSERT INTO specification_criterion (version_id, position, criterion_key, label, explanation, type,
                                                     mandatory, unit, min_value)
                VALUES (?, ?, ?, ?, 'Explication de test', 'MIN', TRUE, ?, ?)""",
                versionId, position, key, label, unit, new BigDecimal(min));
    }

    /** A message waiting in the outbox, due now, as {@code Outbox.enqueue} writes it. */
    public long outboxMessage(String recipient, String subject, String body) {
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(1));
        return insert("""
                INSERT INTO outbox_message (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                VALUES (?, ?, ?, 'PENDING', 0, ?, ?)""", recipient, subject, body, due, due);
    }

    /** A message the SMTP server refused for good. */
    public long failedOutboxMessage(String recipient, String subject, String body, String error) {
        Timestamp then = Timestamp.from(Instant.now().minusSeconds(60));
        return insert("""
                INSERT INTO outbox_message (recipient, subject, body, status, attempts, last_error, created_at, next_attempt_at)
                VALUES (?, ?, ?, 'FAILED', 1, ?, ?, ?)""", recipient, subject, body, error, then, then);
    }

    /** An entry of the audit trail, with its states as JSON objects (or null). */
    public long auditEntry(String actor, String role, Long partnerId, String subjectType, String subjectId,
                           String action, String before, String after) {
        return insert("""
                INSERT INTO audit_entry (occurred_at, actor, actor_role, partner_id, subject_type, subject_id, action,
                                         before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", now(), actor, role, partnerId, subjectType, subjectId, action,
                before, after);
    }

    /**
     * Waits (60 s at most) until the rollout's catch-up after start has applied the seeded specification
     * versions. Offers written before it are judged by it (they declare no facts) and, not conforming,
     * leave the public catalogue (R11, R18): tests that read public offers write them after this.
     */
    public void awaitSeededVersionsApplied() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (number("SELECT COUNT(*) FROM specification_version WHERE status = 'PUBLISHED'"
                + " AND applied_at IS NULL AND effective_date <= CURRENT_DATE") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the seeded specification versions were not applied within 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The first column of the first row of a query, as a long (counts, ids). */
    public long number(String query, Object... values) {
        return Long.parseLong(text(query, values));
    }

    /** The first column of the first row of a query, as text (null when there is no row). */
    public String text(String query, Object... values) {
        try (Connection c = database.connect(); PreparedStatement sql = c.prepareStatement(query)) {
            bind(sql, values);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read test data: " + e.getMessage(), e);
        }
    }

    public void execute(String statement, Object... values) {
        try (Connection c = database.connect(); PreparedStatement sql = c.prepareStatement(statement)) {
            bind(sql, values);
            sql.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write test data: " + e.getMessage(), e);
        }
    }

    private long insert(String statement, Object... values) {
        try (Connection c = database.connect();
             PreparedStatement sql = c.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            bind(sql, values);
            sql.executeUpdate();
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert test data: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement sql, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            sql.setObject(i + 1, values[i]);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
