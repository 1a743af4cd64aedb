-- Review campaigns (R17): every two months (a setting) the reviewers take every published offer,
-- run the automatic checks from stored results, confirm or dismiss the findings and close the
-- campaign, which sends each partner with confirmed findings one notice (R18, table notice of V12).

CREATE TABLE campaign (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    -- the first month of the period, e.g. '2026-11': one campaign per period, whoever opens it
    -- (the timer firing twice, two servers, a reviewer): a second INSERT violates uk_campaign_period
    period       VARCHAR(7)  NOT NULL,
    status       VARCHAR(10) NOT NULL,
    opened_at    DATETIME(6) NOT NULL,
    opened_by    VARCHAR(60) NOT NULL,
    closed_at    DATETIME(6) NULL,
    closed_by    VARCHAR(60) NULL,
    -- the number of published offers the campaign took (campaign_offer)
    offer_count  INT         NOT NULL DEFAULT 0,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_period (period),
    KEY ix_campaign_status (status, opened_at),
    CONSTRAINT ck_campaign_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_campaign_period CHECK (period REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT ck_campaign_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finding (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id  BIGINT        NOT NULL,
    partner_id   BIGINT        NOT NULL,
    -- NULL for a finding about the partner itself (its profile, R8)
    offer_id     BIGINT        NULL,
    source       VARCHAR(10)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    decided_by   VARCHAR(60)   NULL,
    decided_at   DATETIME(6)   NULL,
    note         VARCHAR(1000) NULL,
    -- the notice that carried the finding to the partner when the campaign closed
    notice_id    BIGINT        NULL,
    created_at   DATETIME(6)   NOT NULL,
    -- who added a manual finding (NULL for the automatic ones: the application)
    created_by   VARCHAR(60)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- the worklist's filters
    KEY ix_finding_status (campaign_id, status, id),
    KEY ix_finding_partner (campaign_id, partner_id, id),
    KEY ix_finding_kind (campaign_id, kind, id),
    KEY ix_finding_offer (offer_id),
    CONSTRAINT fk_finding_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_finding_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_finding_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_finding_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT ck_finding_source CHECK (source IN ('AUTOMATIC', 'MANUAL', 'REFERRAL')),
    CONSTRAINT ck_finding_kind CHECK (kind IN ('SPECIFICATION', 'TWO_CLICK', 'PROFILE', 'PRICE', 'LOGO', 'OTHER')),
    CONSTRAINT ck_finding_status CHECK (status IN ('PENDING', 'CONFIRMED', 'DISMISSED')),
    CONSTRAINT ck_finding_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The snapshot of every published offer a campaign took, and whether it passed the automatic
-- checks about the offer itself (specification, two-click rule): the conformity rate per category.
CREATE TABLE campaign_offer (
    campaign_id    BIGINT      NOT NULL,
    offer_id       BIGINT      NOT NULL,
    category_code  VARCHAR(40) NOT NULL,
    partner_id     BIGINT      NOT NULL,
    conforming     BOOLEAN     NOT NULL,
    PRIMARY KEY (campaign_id, offer_id),
    KEY ix_campaign_offer_category (campaign_id, category_code, conforming),
    KEY ix_campaign_offer_partner (campaign_id, partner_id),
    CONSTRAINT fk_campaign_offer_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_offer_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_campaign_offer_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT fk_campaign_offer_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notice ADD CONSTRAINT fk_notice_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);
