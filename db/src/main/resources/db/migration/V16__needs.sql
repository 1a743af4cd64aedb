-- "Services come to the project" (R28): a need a business states once, without an account, and
-- comes back to through a link it keeps. Only the SHA-256 of the link's random code is stored, so
-- that a copy of the database does not give the links away.
CREATE TABLE need (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code_hash       CHAR(64)      NOT NULL,
    workstations    INT           NOT NULL,
    internet        VARCHAR(10)   NOT NULL,
    website         BOOLEAN       NOT NULL,
    telephony       BOOLEAN       NOT NULL,
    budget_excl_vat DECIMAL(12,2) NULL,
    place           VARCHAR(100)  NOT NULL,
    department_code VARCHAR(3)    NOT NULL,
    -- the SHA-256 of the visitor's network address, only for the rate limit of the public form
    address_hash    CHAR(64)      NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_need_code (code_hash),
    KEY ix_need_address (address_hash, created_at),
    CONSTRAINT ck_need_workstations CHECK (workstations BETWEEN 0 AND 999),
    CONSTRAINT ck_need_internet CHECK (internet IN ('NONE', 'FIXED', 'MOBILE', 'BOTH')),
    CONSTRAINT ck_need_budget CHECK (budget_excl_vat IS NULL OR budget_excl_vat >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The open data change feed reads the newest published and closed versions first (R14).
CREATE INDEX ix_offer_version_published ON offer_version (published_at);
CREATE INDEX ix_offer_version_closed ON offer_version (valid_until);
