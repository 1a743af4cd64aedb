-- Versioned technical specifications of each category (R5), the facts an offer declares against
-- them (attributes, structured pricing R12, Annex 3 services R9), and the stored verdicts.

CREATE TABLE specification_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    category_code   VARCHAR(40)  NOT NULL,
    number          INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- the day the version comes into force; set when it is published
    effective_date  DATE         NULL,
    change_note     TEXT         NOT NULL,
    author          VARCHAR(160) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6)  NULL,
    published_by    VARCHAR(160) NULL,
    -- when the published offers of the category were re-evaluated against it (null: not yet)
    applied_at      DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_specification_version (category_code, number),
    KEY ix_specification_version_due (status, applied_at, effective_date),
    CONSTRAINT fk_specification_version_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT ck_specification_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_specification_version_number CHECK (number >= 1),
    CONSTRAINT ck_specification_version_published CHECK (status = 'DRAFT' OR effective_date IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE specification_criterion (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    criterion_key   VARCHAR(60)   NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    explanation     TEXT          NOT NULL,
    type            VARCHAR(20)   NOT NULL,
    mandatory       BOOLEAN       NOT NULL,
    unit            VARCHAR(20)   NULL,
    min_value       DECIMAL(18,4) NULL,
    max_value       DECIMAL(18,4) NULL,
    -- ONE_OF, ALL_OF, SERVICE_COVERAGE: one value per line
    allowed_values  TEXT          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_specification_criterion_key (version_id, criterion_key),
    CONSTRAINT fk_specification_criterion_version FOREIGN KEY (version_id)
        REFERENCES specification_version (id) ON DELETE CASCADE,
    CONSTRAINT ck_specification_criterion_type CHECK (type IN ('MIN', 'MAX', 'RANGE', 'BOOLEAN', 'ONE_OF',
        'ALL_OF', 'TEXT', 'PRICE_COMPONENT', 'SERVICE_COVERAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an offer declares, criterion key by criterion key, as the partner typed it.
CREATE TABLE offer_attribute (
    offer_id    BIGINT        NOT NULL,
    attr_key    VARCHAR(60)   NOT NULL,
    attr_value  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (offer_id, attr_key),
    CONSTRAINT fk_offer_attribute_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R12: the structured price, one component per kind (an amount of 0 means included).
CREATE TABLE offer_price_component (
    offer_id       BIGINT        NOT NULL,
    component_key  VARCHAR(60)   NOT NULL,
    amount         DECIMAL(12,2) NULL,
    unit           VARCHAR(60)   NULL,
    description    VARCHAR(1000) NULL,
    PRIMARY KEY (offer_id, component_key),
    CONSTRAINT fk_offer_price_component_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_price_component_amount CHECK (amount IS NULL OR amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R9: the Annex 3 services a competence centre covers, itself or through an identified partner.
CREATE TABLE offer_service (
    offer_id     BIGINT      NOT NULL,
    service_key  VARCHAR(60) NOT NULL,
    coverage     VARCHAR(12) NOT NULL,
    PRIMARY KEY (offer_id, service_key),
    CONSTRAINT fk_offer_service_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_service_coverage CHECK (coverage IN ('DIRECT', 'VIA_PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every verdict records the version it was judged against (R5); judging again against the same
-- version replaces the verdict, so a re-evaluation that runs twice leaves one row.
CREATE TABLE conformance_verdict (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    offer_id          BIGINT       NOT NULL,
    spec_version_id   BIGINT       NOT NULL,
    conforming        BOOLEAN      NOT NULL,
    -- the mandatory criteria failed or missing, comma-separated, for filtering
    failing_keys      VARCHAR(2000) NOT NULL DEFAULT '',
    -- the criteria not met (failed or missing): JSON array of {key, status, mandatory, message}
    results           MEDIUMTEXT   NOT NULL,
    evaluated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_conformance_verdict (offer_id, spec_version_id),
    KEY ix_conformance_verdict_version (spec_version_id, conforming),
    CONSTRAINT fk_conformance_verdict_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_conformance_verdict_version FOREIGN KEY (spec_version_id) REFERENCES specification_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
