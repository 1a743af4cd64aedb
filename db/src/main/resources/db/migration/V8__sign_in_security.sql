-- Sign-in throttling (see docs/architecture.md, "Security"): consecutive failed sign-ins per user
-- code, counted here so that every server instance sees the same count. The key is the SHA-256 of
-- the user code as typed (trimmed, lower case), known account or not: a lockout then reveals
-- nothing about which user codes exist, and a password typed into the user-code field by mistake is
-- never stored in clear. A row exists only while failures are held against the user code.
CREATE TABLE sign_in_attempt (
    user_code_hash        CHAR(64)    NOT NULL,
    consecutive_failures  INT         NOT NULL DEFAULT 0,
    locked_until          DATETIME(6) NULL,
    last_failure_at       DATETIME(6) NULL,
    PRIMARY KEY (user_code_hash),
    CONSTRAINT ck_sign_in_attempt_failures CHECK (consecutive_failures >= 0),
    KEY ix_sign_in_attempt_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Password reset links sent by e-mail: single use, expiring. Only the SHA-256 of the random token
-- is stored; spent_at is set when the link is used or superseded by a newer one.
CREATE TABLE password_reset (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    spent_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_password_reset_hash (token_hash),
    KEY ix_password_reset_account (account_id, spent_at),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_password_reset_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reset requests may name the account by its e-mail address.
CREATE INDEX ix_account_email ON account (email);
