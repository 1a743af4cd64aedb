-- E-mail that is never lost: every outgoing message is written here in the transaction of the
-- action that causes it, then delivered over SMTP and retried until the server accepts it.
CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    -- the delivery loop: what is due, oldest first
    KEY ix_outbox_due (status, next_attempt_at, id),
    KEY ix_outbox_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what and when, before and after: every state change a reviewer may audit.
-- Rows are only ever inserted.
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(60)  NOT NULL,
    actor_role    VARCHAR(20)  NULL,
    partner_id    BIGINT       NULL,
    subject_type  VARCHAR(40)  NOT NULL,
    subject_id    VARCHAR(60)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    before_state  TEXT         NULL,
    after_state   TEXT         NULL,
    PRIMARY KEY (id),
    KEY ix_audit_subject (subject_type, subject_id, occurred_at),
    KEY ix_audit_partner (partner_id, occurred_at),
    KEY ix_audit_time (occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts get an e-mail address (credentials, password resets) and a flag forcing a new password
-- at the next sign-in: accounts opened with generated credentials must change them (R7).
ALTER TABLE account
    ADD COLUMN email                 VARCHAR(254) NULL AFTER display_name,
    ADD COLUMN must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE AFTER enabled,
    ADD COLUMN password_changed_at   DATETIME(6)  NULL AFTER must_change_password;
