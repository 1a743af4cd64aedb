-- The label's right of use (R18, R22) and the notices that warn a partner (R17, R18).

-- Every partner holds the right from its validation (R22); existing partners since their creation.
ALTER TABLE partner
    ADD COLUMN label_status VARCHAR(10) NOT NULL DEFAULT 'GRANTED',
    ADD COLUMN label_since  DATETIME(6) NULL,
    ADD CONSTRAINT ck_partner_label_status CHECK (label_status IN ('GRANTED', 'WARNED', 'WITHDRAWN', 'EXPIRED')),
    -- the public catalogue and the daily timer filter on the state
    ADD KEY ix_partner_label_status (label_status);
UPDATE partner SET label_since = created_at;

-- A letter to a partner listing the confirmed findings of a campaign and the changes required.
-- Receipt is the partner's acknowledgement or, failing that, presumed some days after sending;
-- the deadline is receipt + 15 days (R18). campaign_id gets its foreign key in V13.
CREATE TABLE notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id   BIGINT       NOT NULL,
    campaign_id  BIGINT       NULL,
    status       VARCHAR(12)  NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    received_at  DATETIME(6)  NULL,
    receipt      VARCHAR(12)  NULL,
    deadline     DATETIME(6)  NULL,
    answered_at  DATETIME(6)  NULL,
    answer       TEXT         NULL,
    decided_at   DATETIME(6)  NULL,
    decided_by   VARCHAR(60)  NULL,
    decision_note VARCHAR(1000) NULL,
    pdf          LONGBLOB     NOT NULL,
    pdf_sha256   CHAR(64)     NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_notice_partner (partner_id, sent_at),
    -- the daily timer: unreceived notices by sending date, open ones by deadline
    KEY ix_notice_status (status, sent_at),
    KEY ix_notice_deadline (status, deadline),
    CONSTRAINT fk_notice_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_notice_status CHECK (status IN ('SENT', 'RECEIVED', 'ANSWERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_notice_receipt CHECK (receipt IS NULL OR receipt IN ('ACKNOWLEDGED', 'PRESUMED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_item (
    notice_id        BIGINT        NOT NULL,
    position         INT           NOT NULL,
    offer_id         BIGINT        NULL,
    finding_id       BIGINT        NULL,
    kind             VARCHAR(20)   NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    required_change  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (notice_id, position),
    CONSTRAINT fk_notice_item_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a partner's right: when, from what to what, who decided and why.
CREATE TABLE label_transition (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    partner_id   BIGINT        NOT NULL,
    from_status  VARCHAR(10)   NULL,
    to_status    VARCHAR(10)   NOT NULL,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    notice_id    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_label_transition_partner (partner_id, at),
    KEY ix_label_transition_status (to_status, at),
    CONSTRAINT fk_label_transition_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_label_transition_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The grant of every existing partner, so that each right's history starts somewhere.
INSERT INTO label_transition (partner_id, from_status, to_status, at, actor, reason)
SELECT id, NULL, 'GRANTED', created_at, 'système', 'Droit d''usage accordé à la validation (reprise)'
FROM partner;
