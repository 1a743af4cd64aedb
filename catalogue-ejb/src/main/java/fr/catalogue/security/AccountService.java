package fr.catalogue.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs callers in: checks a user code and password against the stored PBKDF2 hash (R7), and
 * issues and resolves the API's bearer tokens. Passwords are never logged or kept.
 */
@Stateless
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHash HASH = new PasswordHash();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.auth.token-lifetime", defaultValue = "PT8H")
    private Duration tokenLifetime;

    /**
     * The caller with these credentials, if the account exists, is enabled, and the password
     * matches. An unknown user code costs the same time as a wrong password.
     */
    public Optional<Caller> authenticate(String userCode, char[] password) {
        Optional<Account> account = findByUserCode(userCode);
        if (account.isEmpty()) {
            HASH.verifyNothing(password);
            return Optional.empty();
        }
        Account found = account.get();
        boolean matches = HASH.verify(password, found.getPasswordHash());
        return matches && found.isEnabled() ? Optional.of(Caller.of(found)) : Optional.empty();
    }

    /** The signed-in caller (any role): the account behind the current request. */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Caller currentCaller() {
        return findCaller(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("A signed-in caller without an enabled account"));
    }

    /** The caller behind a user code, for a session that already proved who it is. */
    public Optional<Caller> findCaller(String userCode) {
        return findByUserCode(userCode).filter(Account::isEnabled).map(Caller::of);
    }

    /**
     * Issues an API token for valid credentials, valid for {@code catalogue.auth.token-lifetime}.
     *
     * @return empty when the credentials are not valid
     */
    public Optional<IssuedToken> issueToken(String userCode, char[] password) {
        if (authenticate(userCode, password).isEmpty()) {
            return Optional.empty();
        }
        Account account = findByUserCode(userCode).orElseThrow();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(tokenLifetime);
        em.persist(new ApiToken(sha256(token), account, now, expiresAt));
        return Optional.of(new IssuedToken(token, expiresAt));
    }

    /** The caller a bearer token stands for, if the token is known, unexpired, and its account enabled. */
    public Optional<Caller> resolveToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.FIND_VALID, ApiToken.class)
                .setParameter("hash", sha256(token))
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst()
                .map(t -> Caller.of(t.getAccount()));
    }

    private Optional<Account> findByUserCode(String userCode) {
        if (userCode == null || userCode.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_USER_CODE, Account.class)
                .setParameter("userCode", userCode.trim())
                .getResultStream()
                .findFirst();
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
