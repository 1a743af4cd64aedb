-- The partner's offer editing (R11 to R15): links of an offer to pages of the partner's own site
-- (R15), and every published version of an offer kept with its dates as evidence (R14).

-- R15: pages of the partner's own site an offer links to, in the order given.
CREATE TABLE offer_link (
    offer_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    url       VARCHAR(500) NOT NULL,
    PRIMARY KEY (offer_id, position),
    CONSTRAINT fk_offer_link_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R14: one row per published version of an offer; valid_until is NULL for the one on the catalogue now.
-- A published version never changes, except that its period is closed when it is replaced or the
-- offer withdrawn. The content (attributes, pricing, services, links) is JSON, as it was published.
CREATE TABLE offer_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    offer_id        BIGINT        NOT NULL,
    number          INT           NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    valid_until     DATETIME(6)   NULL,
    -- the number of the category's specification version the offer was judged against (R5)
    spec_version    INT           NOT NULL,
    category_code   VARCHAR(40)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     TEXT          NOT NULL,
    price_excl_vat  DECIMAL(12,2) NOT NULL,
    content         MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_offer_version (offer_id, number),
    -- the version on the catalogue at a given time, for a claim under R14
    KEY ix_offer_version_period (offer_id, published_at, valid_until),
    CONSTRAINT fk_offer_version_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_offer_version_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT ck_offer_version_number CHECK (number >= 1),
    CONSTRAINT ck_offer_version_period CHECK (valid_until IS NULL OR valid_until >= published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner's own list, most recently changed first.
CREATE INDEX ix_offer_partner ON offer (partner_id, updated_at, id);
