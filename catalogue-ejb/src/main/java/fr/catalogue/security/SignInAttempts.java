package fr.catalogue.security;

import fr.catalogue.security.LoginThrottle.Attempts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed sign-ins held against one user code (see {@link LoginThrottle}), keyed by the SHA-256
 * of the user code so that whatever was typed in the user-code field is never stored in clear.
 * Read and written under a row lock ({@code SELECT … FOR UPDATE}), so concurrent attempts on
 * several servers count one by one.
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempts {

    @Id
    @Column(name = "user_code_hash", length = 64, updatable = false)
    private String userCodeHash;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected SignInAttempts() {
        // for JPA
    }

    Attempts state() {
        return new Attempts(consecutiveFailures, lockedUntil);
    }

    /** Records a failure at {@code now}, the state being the throttle's answer to it. */
    void failed(Attempts after, Instant now) {
        this.consecutiveFailures = after.consecutiveFailures();
        this.lockedUntil = after.lockedUntil();
        this.lastFailureAt = now;
    }
}
