package fr.catalogue.security;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.mail.Outbox;
import fr.catalogue.security.LoginThrottle.Attempts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs callers in and keeps their passwords: checks a user code and password against the stored
 * PBKDF2 hash (R7), throttles repeated failures ({@link LoginThrottle}), issues and resolves the
 * API's bearer tokens, changes and resets passwords under the {@link PasswordPolicy}. Passwords
 * are never logged, stored in clear nor written to the audit trail.
 */
@Stateless
public class AccountService {

    /** The subject type of the audit entries about accounts. */
    public static final String AUDIT_SUBJECT = "ACCOUNT";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHash HASH = new PasswordHash();
    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String RESET_PAGE = "reinitialiser.xhtml?jeton=";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "catalogue.auth.token-lifetime", defaultValue = "PT8H")
    private Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = "catalogue.auth.max-failed-attempts", defaultValue = "5")
    private int maxFailedAttempts;

    @Inject
    @ConfigProperty(name = "catalogue.auth.lockout", defaultValue = "PT15M")
    private Duration lockout;

    @Inject
    @ConfigProperty(name = "catalogue.auth.reset-lifetime", defaultValue = "PT1H")
    private Duration resetLifetime;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    /**
     * Checks credentials under the throttling rule: after {@code catalogue.auth.max-failed-attempts}
     * consecutive failures for a user code, every attempt is refused for {@code catalogue.auth.lockout},
     * even with the right password. An unknown user code costs the same time and is counted the same
     * way as a known one, so neither the answer nor the lockout tells whether it exists. Successes,
     * failures and lockouts of existing accounts are recorded in the audit trail.
     */
    public SignInOutcome signIn(String userCode, char[] password) {
        String key = throttleKey(userCode);
        if (key == null || password == null) {
            HASH.verifyNothing(password == null ? new char[0] : password);
            return SignInOutcome.refused();
        }
        LoginThrottle throttle = throttle();
        Instant now = clock.instant();
        SignInAttempts attempts = lockAttempts(key);
        Optional<Account> account = findByUserCode(userCode);
        if (throttle.isLocked(attempts.state(), now)) {
            HASH.verifyNothing(password);
            account.ifPresent(a -> audit.record(event(a, "LOGIN_REFUSED_LOCKED")));
            return SignInOutcome.locked(attempts.state().lockedUntil());
        }
        boolean matches;
        if (account.isPresent()) {
            matches = HASH.verify(password, account.get().getPasswordHash()) && account.get().isEnabled();
        } else {
            HASH.verifyNothing(password);
            matches = false;
        }
        if (matches) {
            em.remove(attempts);
            Account found = account.get();
            audit.record(event(found, "LOGIN"));
            return SignInOutcome.accepted(Caller.of(found), found.isMustChangePassword());
        }
        Attempts after = throttle.afterFailure(attempts.state(), now);
        attempts.failed(after, now);
        account.ifPresent(a -> audit.record(event(a, "LOGIN_FAILED")));
        if (throttle.isLocked(after, now)) {
            account.ifPresent(a -> audit.record(Change.of(AUDIT_SUBJECT, a.getId(), partnerIdOf(a), "LOCKED",
                    Map.of(), Map.of("lockedUntil", after.lockedUntil().toString()))));
            return SignInOutcome.locked(after.lockedUntil());
        }
        return SignInOutcome.refused();
    }

    /**
     * The caller with these credentials, if the account exists, is enabled, the password matches
     * and the user code is not locked; see {@link #signIn}.
     */
    public Optional<Caller> authenticate(String userCode, char[] password) {
        SignInOutcome outcome = signIn(userCode, password);
        return outcome.isAccepted() ? Optional.of(outcome.caller()) : Optional.empty();
    }

    /** Until when sign-ins with this user code are refused, if they are now. */
    public Optional<Instant> lockedUntil(String userCode) {
        String key = throttleKey(userCode);
        if (key == null) {
            return Optional.empty();
        }
        SignInAttempts attempts = em.find(SignInAttempts.class, key);
        Instant now = clock.instant();
        return attempts != null && throttle().isLocked(attempts.state(), now)
                ? Optional.of(attempts.state().lockedUntil()) : Optional.empty();
    }

    /** The signed-in caller (any role): the account behind the current request. */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Caller currentCaller() {
        return findCaller(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("A signed-in caller without an enabled account"));
    }

    /**
     * The caller of the current request when it is signed in, empty for an anonymous visitor: for
     * services open to everyone that treat signed-in callers differently (the terms of use, referrals).
     */
    public Optional<Caller> signedInCaller() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "ANONYMOUS".equals(name)) {
            return Optional.empty();
        }
        return findCaller(name);
    }

    /** The caller behind a user code, for a session that already proved who it is. */
    public Optional<Caller> findCaller(String userCode) {
        return findSignedIn(userCode).map(SignedIn::caller);
    }

    /** The caller behind a user code and whether it must change its password, for a session that proved who it is. */
    public Optional<SignedIn> findSignedIn(String userCode) {
        return findByUserCode(userCode).filter(Account::isEnabled).map(SignedIn::of);
    }

    /**
     * Issues an API token for valid credentials, valid for {@code catalogue.auth.token-lifetime},
     * under the throttling rule of {@link #signIn}.
     *
     * @return empty when the credentials are not valid
     * @throws AccountLockedException when the user code is locked (also by this very attempt)
     */
    public Optional<IssuedToken> issueToken(String userCode, char[] password) {
        SignInOutcome outcome = signIn(userCode, password);
        if (outcome.status() == SignInOutcome.Status.LOCKED) {
            throw new AccountLockedException(outcome.lockedUntil(), clock.instant());
        }
        if (!outcome.isAccepted()) {
            return Optional.empty();
        }
        Account account = findByUserCode(userCode).orElseThrow();
        String token = randomToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(tokenLifetime);
        em.persist(new ApiToken(sha256(token), account, now, expiresAt));
        return Optional.of(new IssuedToken(token, expiresAt));
    }

    /** The caller a bearer token stands for, if the token is known, unexpired, and its account enabled. */
    public Optional<Caller> resolveToken(String token) {
        return resolveBearer(token).map(SignedIn::caller);
    }

    /** Like {@link #resolveToken}, telling also whether the account must change its password first. */
    public Optional<SignedIn> resolveBearer(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.FIND_VALID, ApiToken.class)
                .setParameter("hash", sha256(token))
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst()
                .map(t -> SignedIn.of(t.getAccount()));
    }

    /**
     * The signed-in caller replaces its password (R7: a generated password must be replaced at the
     * first sign-in; anyone may change theirs): the current password must be given, the new one
     * must follow the {@link PasswordPolicy} and be confirmed. Every API token of the account is
     * revoked, every pending reset link spent; the change is audited (never the password).
     *
     * @throws InvalidInputException when the current password is wrong or the confirmation differs
     * @throws PasswordRejectedException when the new password breaks the policy
     */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        Account account = findByUserCode(context.getCallerPrincipal().getName())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new IllegalStateException("A signed-in caller without an enabled account"));
        if (currentPassword == null || !HASH.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "Le mot de passe actuel est incorrect.");
        }
        replacePassword(account, newPassword, confirmation, "PASSWORD_CHANGE");
    }

    /**
     * Sends a single-use password reset link by e-mail to the account named by a user code or an
     * e-mail address, if there is such an enabled account with an e-mail address. Says nothing
     * either way: the caller must not learn whether an account exists. The link expires after
     * {@code catalogue.auth.reset-lifetime}; links sent before it stop working.
     */
    public void requestPasswordReset(String userCodeOrEmail) {
        if (userCodeOrEmail == null || userCodeOrEmail.isBlank()) {
            return;
        }
        String given = userCodeOrEmail.trim();
        List<Account> accounts = new ArrayList<>();
        findByUserCode(given).ifPresent(accounts::add);
        if (accounts.isEmpty() && given.contains("@")) {
            accounts.addAll(em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                    .setParameter("email", given).getResultList());
        }
        Instant now = clock.instant();
        for (Account account : accounts) {
            if (!account.isEnabled() || !Outbox.isAddress(account.getEmail())) {
                continue;
            }
            spendResetLinks(account, now);
            String token = randomToken();
            PasswordReset reset = new PasswordReset(sha256(token), account, now, now.plus(resetLifetime));
            em.persist(reset);
            outbox.enqueue(account.getEmail(), "Catalogue : réinitialisation de votre mot de passe",
                    resetMessage(account, resetLink(token), reset.getExpiresAt()));
            audit.record(Change.of(AUDIT_SUBJECT, account.getId(), partnerIdOf(account), "PASSWORD_RESET_REQUEST",
                    Map.of(), Map.of("expiresAt", reset.getExpiresAt().toString())));
        }
    }

    /** Whether a reset link's token still works (known, unused, not superseded, not expired). */
    public boolean isResetLinkUsable(String token) {
        return findReset(token, false).filter(r -> r.isUsableAt(clock.instant()) && r.getAccount().isEnabled())
                .isPresent();
    }

    /**
     * Sets a new password through a reset link: the link works once, before it expires; the new
     * password follows the {@link PasswordPolicy}. The account is unlocked, its forced change
     * cleared, its API tokens revoked; the reset is audited.
     *
     * @throws BusinessException when the link does not work (any more)
     * @throws PasswordRejectedException when the new password breaks the policy
     */
    public void resetPassword(String token, String newPassword, String confirmation) {
        Instant now = clock.instant();
        PasswordReset reset = findReset(token, true)
                .filter(r -> r.isUsableAt(now) && r.getAccount().isEnabled())
                .orElseThrow(() -> new BusinessException("Ce lien de réinitialisation ne fonctionne plus : il a déjà "
                        + "servi, a expiré ou a été remplacé par un plus récent. Demandez-en un nouveau."));
        Account account = reset.getAccount();
        replacePassword(account, newPassword, confirmation, "PASSWORD_RESET");
        reset.spend(now);
        SignInAttempts attempts = em.find(SignInAttempts.class, throttleKey(account.getUserCode()));
        if (attempts != null) {
            em.remove(attempts);
        }
    }

    private void replacePassword(Account account, String newPassword, String confirmation, String action) {
        boolean current = newPassword != null && HASH.verify(newPassword.toCharArray(), account.getPasswordHash());
        List<String> violations = POLICY.violations(newPassword, account.getUserCode(), current);
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations);
        }
        if (!newPassword.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "La confirmation ne reprend pas le nouveau mot de passe.");
        }
        Instant now = clock.instant();
        Map<String, String> before = new LinkedHashMap<>();
        before.put("mustChangePassword", Boolean.toString(account.isMustChangePassword()));
        before.put("passwordChangedAt", String.valueOf(account.getPasswordChangedAt()));
        account.replacePassword(HASH.hash(newPassword.toCharArray()), now);
        em.createNamedQuery(ApiToken.DELETE_OF_ACCOUNT).setParameter("account", account).executeUpdate();
        spendResetLinks(account, now);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("mustChangePassword", Boolean.toString(account.isMustChangePassword()));
        after.put("passwordChangedAt", String.valueOf(account.getPasswordChangedAt()));
        audit.record(Change.of(AUDIT_SUBJECT, account.getId(), partnerIdOf(account), action, before, after));
    }

    private void spendResetLinks(Account account, Instant now) {
        em.createNamedQuery(PasswordReset.SPEND_ALL_OF_ACCOUNT)
                .setParameter("now", now).setParameter("account", account).executeUpdate();
    }

    private Optional<PasswordReset> findReset(String token, boolean forUpdate) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = em.createNamedQuery(PasswordReset.FIND_BY_HASH, PasswordReset.class)
                .setParameter("hash", sha256(token.trim()));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private String resetLink(String token) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + RESET_PAGE + token;
    }

    private static String resetMessage(Account account, String link, Instant expiresAt) {
        return "Bonjour,\n\n"
                + "Une réinitialisation du mot de passe du compte « " + account.getUserCode() + " » du Catalogue a été "
                + "demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien :\n\n"
                + link + "\n\n"
                + "Ce lien ne sert qu'une fois et expire à " + AccountLockedException.timeOfDay(expiresAt)
                + " (heure de Paris). Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot "
                + "de passe actuel reste valable.\n\n"
                + "Le Catalogue des offres labellisées\n";
    }

    /**
     * The row counting failures for a user code, created if needed and locked for this transaction:
     * {@code INSERT … ON DUPLICATE KEY UPDATE} takes the row's exclusive lock directly, so concurrent
     * attempts (on any server) wait for each other instead of deadlocking.
     */
    private SignInAttempts lockAttempts(String key) {
        em.createNativeQuery("INSERT INTO sign_in_attempt (user_code_hash, consecutive_failures) VALUES (?, 0) "
                        + "ON DUPLICATE KEY UPDATE user_code_hash = user_code_hash")
                .setParameter(1, key)
                .executeUpdate();
        return em.find(SignInAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(maxFailedAttempts, lockout);
    }

    /** The throttling key of a user code: its SHA-256 once trimmed and in lower case (as the database compares them). */
    static String throttleKey(String userCode) {
        if (userCode == null || userCode.isBlank()) {
            return null;
        }
        return sha256(userCode.trim().toLowerCase(Locale.ROOT));
    }

    private static Change event(Account account, String action) {
        return Change.event(AUDIT_SUBJECT, account.getId(), partnerIdOf(account), action);
    }

    private static Long partnerIdOf(Account account) {
        return account.getPartner() == null ? null : account.getPartner().getId();
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

    private static String randomToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
