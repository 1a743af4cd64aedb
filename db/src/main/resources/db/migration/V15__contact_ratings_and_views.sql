-- Reaching a provider (R24): contact requests from the public form, forwarded to the partner and
-- acknowledged to the sender through the outbox; one rating per request through the personal link
-- of the acknowledgement (its token stored hashed), comments published after a reviewer's
-- moderation; views of offer pages and partner pages counted per month (one row per
-- partner/offer/month, never the visitor's address).

CREATE TABLE contact_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    partner_id        BIGINT        NOT NULL,
    -- the offer the request was made from, NULL when made from the partner's page
    offer_id          BIGINT        NULL,
    sender_name       VARCHAR(120)  NOT NULL,
    sender_email      VARCHAR(254)  NOT NULL,
    sender_phone      VARCHAR(20)   NULL,
    sender_company    VARCHAR(160)  NULL,
    message           TEXT          NOT NULL,
    -- the sender agreed to be contacted by the partner (the form refuses it unchecked)
    consent           BOOLEAN       NOT NULL,
    -- the sender's network address, hashed (SHA-256), only to limit how often one address may write
    sender_ip_hash    CHAR(64)      NULL,
    created_at        DATETIME(6)   NOT NULL,
    handled_at        DATETIME(6)   NULL,
    handled_by        VARCHAR(60)   NULL,
    -- the SHA-256 of the rating link's token sent to the sender; the token itself is never stored
    rating_token_hash CHAR(64)      NOT NULL,
    rating_expires_at DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_contact_request_token (rating_token_hash),
    KEY ix_contact_request_partner (partner_id, created_at),
    KEY ix_contact_request_email (sender_email, created_at),
    KEY ix_contact_request_ip (sender_ip_hash, created_at),
    CONSTRAINT fk_contact_request_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_contact_request_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT ck_contact_request_consent CHECK (consent = TRUE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    -- one rating per contact request (R24)
    contact_request_id BIGINT        NOT NULL,
    partner_id         BIGINT        NOT NULL,
    stars              TINYINT       NOT NULL,
    comment            TEXT          NULL,
    -- NULL when the rating has no comment; PENDING until a reviewer publishes or rejects it
    comment_status     VARCHAR(10)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    moderated_by       VARCHAR(60)   NULL,
    moderated_at       DATETIME(6)   NULL,
    rejection_reason   VARCHAR(1000) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rating_request (contact_request_id),
    KEY ix_rating_partner (partner_id, comment_status, created_at),
    KEY ix_rating_status (comment_status, created_at),
    CONSTRAINT fk_rating_request FOREIGN KEY (contact_request_id) REFERENCES contact_request (id),
    CONSTRAINT fk_rating_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_rating_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_comment CHECK (
        (comment IS NULL AND comment_status IS NULL)
        OR (comment IS NOT NULL AND comment_status IN ('PENDING', 'PUBLISHED', 'REJECTED')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Views per month: one row per partner page (offer_id NULL) or offer page, incremented with
-- INSERT … ON DUPLICATE KEY UPDATE. No address, no user agent, no time of day is kept.
CREATE TABLE page_view_month (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT      NOT NULL,
    offer_id    BIGINT      NULL,
    -- MariaDB lets NULLs repeat in a unique key: the key uses 0 for "the partner's page"
    offer_key   BIGINT      AS (COALESCE(offer_id, 0)) PERSISTENT,
    -- the first day of the month, in France
    month       DATE        NOT NULL,
    views       BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_page_view_month (partner_id, offer_key, month),
    CONSTRAINT fk_page_view_month_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_page_view_month_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT ck_page_view_month_views CHECK (views >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
