-- Walking skeleton: categories (reference data), partners, offers, accounts and API tokens.
-- Every table is InnoDB in utf8mb4 so that French text and any e-mail address fit.

CREATE TABLE category (
    code        VARCHAR(40)  NOT NULL,
    family      VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uk_category_position (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(160) NOT NULL,
    siren       CHAR(9)      NULL,
    kind        VARCHAR(30)  NOT NULL,
    town        VARCHAR(100) NOT NULL,
    postcode    CHAR(5)      NOT NULL,
    website     VARCHAR(255) NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_partner_siren (siren)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    partner_id      BIGINT        NOT NULL,
    category_code   VARCHAR(40)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     TEXT          NOT NULL,
    price_excl_vat  DECIMAL(12,2) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    published_at    DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_offer_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT ck_offer_price CHECK (price_excl_vat >= 0),
    CONSTRAINT ck_offer_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    -- the public list: published offers, newest first, optionally of one category
    KEY ix_offer_public (status, category_code, published_at, id),
    KEY ix_offer_public_all (status, published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_code      VARCHAR(40)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    partner_id     BIGINT       NULL,
    display_name   VARCHAR(160) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_user_code (user_code),
    CONSTRAINT fk_account_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_account_role CHECK (role IN ('PARTNER', 'REVIEWER', 'ADMIN')),
    -- a partner's account acts for a partner; staff accounts act for nobody
    CONSTRAINT ck_account_partner CHECK ((role = 'PARTNER') = (partner_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    account_id  BIGINT      NOT NULL,
    issued_at   DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_expiry (expires_at),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
