package fr.catalogue.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A password reset link sent by e-mail: only the SHA-256 of its random token is kept; it works
 * once, before it expires, and only while no newer link was sent for the same account.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_HASH, query = """
        SELECT r FROM PasswordReset r JOIN FETCH r.account WHERE r.tokenHash = :hash""")
@NamedQuery(name = PasswordReset.SPEND_ALL_OF_ACCOUNT, query = """
        UPDATE PasswordReset r SET r.spentAt = :now WHERE r.account = :account AND r.spentAt IS NULL""")
public class PasswordReset {

    public static final String FIND_BY_HASH = "PasswordReset.findByHash";
    public static final String SPEND_ALL_OF_ACCOUNT = "PasswordReset.spendAllOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "spent_at")
    private Instant spentAt;

    protected PasswordReset() {
        // for JPA
    }

    PasswordReset(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
        if (!Objects.requireNonNull(expiresAt).isAfter(Objects.requireNonNull(createdAt))) {
            throw new IllegalArgumentException("A reset link must expire after it is created");
        }
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = account;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still works at {@code now}: never used nor superseded, and not expired. */
    public boolean isUsableAt(Instant now) {
        return spentAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up; it never works again. */
    void spend(Instant now) {
        if (spentAt != null) {
            throw new IllegalStateException("This reset link was already used");
        }
        spentAt = now;
    }

    Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
