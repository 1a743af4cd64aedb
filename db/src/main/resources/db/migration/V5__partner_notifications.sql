-- Messages to a partner shown in its space (and, once the outbox exists, e-mailed): for example
-- that a new version of a specification no longer accepts one of its offers (R5, R17).
CREATE TABLE partner_notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT       NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_partner_notification_partner (partner_id, created_at),
    CONSTRAINT fk_partner_notification_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
