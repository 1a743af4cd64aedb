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

/**
 * A bearer token for the API. Only its SHA-256 is stored: a copy of the table gives nobody a
 * usable token. Tokens expire; every server instance sees the same tokens.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_VALID, query = """
        SELECT t FROM ApiToken t JOIN FETCH t.account a
        WHERE t.tokenHash = :hash AND t.expiresAt > :now AND a.enabled = TRUE""")
@NamedQuery(name = ApiToken.DELETE_OF_ACCOUNT, query = "DELETE FROM ApiToken t WHERE t.account = :account")
public class ApiToken {

    public static final String FIND_VALID = "ApiToken.findValid";
    public static final String DELETE_OF_ACCOUNT = "ApiToken.deleteOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(String tokenHash, Account account, Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A token must expire after it is issued");
        }
        this.tokenHash = tokenHash;
        this.account = account;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
