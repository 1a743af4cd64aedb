-- Charter documents (R21, R23): the terms of use (public), their annexes, the graphic charter and
-- the logo files of the four captions, uploaded by administrators and kept in every version.
-- Partners holding the right of use download them; every download, served or refused, is logged.
-- Referrals (R20): anyone may report a failing partner; reviewers triage each report into a
-- finding of the open campaign or dismiss it with a reason.

CREATE TABLE charter_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(20)  NOT NULL,
    -- for a LOGO one of the four captions of R21 (LabelCaption's names), NULL otherwise
    caption       VARCHAR(20)  NULL,
    -- MariaDB lets NULLs repeat in a unique key: the key uses '' for "no caption"
    caption_key   VARCHAR(20)  AS (COALESCE(caption, '')) PERSISTENT,
    title         VARCHAR(200) NOT NULL,
    version       INT          NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_by   VARCHAR(60)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_charter_document_version (kind, caption_key, version),
    CONSTRAINT ck_charter_document_kind CHECK (kind IN ('TERMS', 'ANNEX', 'GRAPHIC_CHARTER', 'LOGO')),
    CONSTRAINT ck_charter_document_caption CHECK (
        (kind = 'LOGO' AND caption IN ('OFFER', 'EQUIPMENT', 'COMPETENCE_CENTRE', 'ADVISER'))
        OR (kind <> 'LOGO' AND caption IS NULL)),
    CONSTRAINT ck_charter_document_version CHECK (version >= 1 AND size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who downloaded which version when; REFUSED rows are written in their own transaction so that a
-- refusal is never lost with the rolled-back request, and never counted as SERVED.
CREATE TABLE document_download (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    document_id  BIGINT      NOT NULL,
    partner_id   BIGINT      NULL,
    user_code    VARCHAR(60) NOT NULL,
    at           DATETIME(6) NOT NULL,
    outcome      VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_document_download_partner (partner_id, at),
    KEY ix_document_download_document (document_id, at),
    CONSTRAINT fk_document_download_document FOREIGN KEY (document_id) REFERENCES charter_document (id),
    CONSTRAINT fk_document_download_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_document_download_outcome CHECK (outcome IN ('SERVED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    target_partner_id    BIGINT        NOT NULL,
    offer_id             BIGINT        NULL,
    reporter_partner_id  BIGINT        NULL,
    reporter_name        VARCHAR(120)  NOT NULL,
    reporter_email       VARCHAR(254)  NOT NULL,
    -- the reporter's address, hashed (SHA-256), only to limit how often one address may report
    reporter_ip_hash     CHAR(64)      NULL,
    reason               VARCHAR(20)   NOT NULL,
    description          TEXT          NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    status               VARCHAR(10)   NOT NULL DEFAULT 'NEW',
    finding_id           BIGINT        NULL,
    triaged_by           VARCHAR(60)   NULL,
    triaged_at           DATETIME(6)   NULL,
    -- why a reviewer dismissed the referral (or a note on the finding it became)
    triage_note          VARCHAR(1000) NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_referral_status (status, created_at),
    KEY ix_referral_target (target_partner_id, created_at),
    KEY ix_referral_email (reporter_email, created_at),
    KEY ix_referral_ip (reporter_ip_hash, created_at),
    CONSTRAINT fk_referral_target FOREIGN KEY (target_partner_id) REFERENCES partner (id),
    CONSTRAINT fk_referral_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_referral_reporter FOREIGN KEY (reporter_partner_id) REFERENCES partner (id),
    CONSTRAINT fk_referral_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT ck_referral_reason CHECK (reason IN ('PRICE', 'LOGO', 'NON_CONFORMITY', 'OTHER')),
    CONSTRAINT ck_referral_status CHECK (status IN ('NEW', 'TRIAGED', 'DISMISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
