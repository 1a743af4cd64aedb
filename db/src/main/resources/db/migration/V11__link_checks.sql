-- The two-click checker (R15, R16): every check of a page of a partner's site kept with its
-- evidence, the standing of each address (its latest verdict and whether its non-conformity is
-- confirmed), and the advisory search for each offer on its partner's own site.

-- R15: one row per check of one address, as evidence; rows are only ever inserted. An address is
-- checked once per run even when many offers link to it, so checks are kept per address, not per
-- offer (offer_link.url joins them).
CREATE TABLE link_check (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    url            VARCHAR(500)  NOT NULL,
    verdict        VARCHAR(15)   NOT NULL,
    -- 1 or 2 when CONFORM, NULL otherwise
    clicks         INT           NULL,
    -- why it is not CONFORM (a CheckReason), NULL when conform
    reason         VARCHAR(30)   NULL,
    -- a short French precision of the reason, e.g. "HTTP 404 sur https://…"
    detail         VARCHAR(1000) NULL,
    -- JSON {"path": [page, …, catalogue address], "fetches": [{"url", "status", "millis", "failure"}]}
    evidence       MEDIUMTEXT    NOT NULL,
    checked_at     DATETIME(6)   NOT NULL,
    -- what ran it; named check_trigger because TRIGGER is a reserved word of MariaDB
    check_trigger  VARCHAR(12)   NOT NULL,
    -- the user code of whoever asked (ON_DEMAND), NULL for the application's own runs
    requested_by   VARCHAR(60)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_link_check_verdict CHECK (verdict IN ('CONFORM', 'NON_CONFORM', 'INDETERMINATE')),
    CONSTRAINT ck_link_check_trigger CHECK (check_trigger IN ('PUBLISH', 'ON_DEMAND', 'DAILY', 'CAMPAIGN')),
    CONSTRAINT ck_link_check_clicks CHECK (clicks IS NULL OR clicks BETWEEN 1 AND 2),
    -- the history of an address, newest first
    KEY ix_link_check_url (url, checked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R15: the standing of each address checked at least once, kept current with each check (LinkStanding):
-- a non-conformity is confirmed when found in two checks at least catalogue.linkcheck.confirm-after
-- (24 hours) apart, with no CONFORM check between them.
CREATE TABLE link_status (
    url                VARCHAR(500) NOT NULL,
    latest_check_id    BIGINT       NOT NULL,
    latest_verdict     VARCHAR(15)  NOT NULL,
    -- when the latest check ended (the reviewers' list sorts on it)
    checked_at         DATETIME(6)  NOT NULL,
    -- the first NON_CONFORM check of the current streak; NULL when there is no streak
    non_conform_since  DATETIME(6)  NULL,
    -- when the streak became a confirmed non-conformity for the review; NULL otherwise
    confirmed_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (url),
    CONSTRAINT fk_link_status_check FOREIGN KEY (latest_check_id) REFERENCES link_check (id),
    CONSTRAINT ck_link_status_verdict CHECK (latest_verdict IN ('CONFORM', 'NON_CONFORM', 'INDETERMINATE')),
    CONSTRAINT ck_link_status_confirmed CHECK (confirmed_at IS NULL OR non_conform_since IS NOT NULL),
    KEY ix_link_status_checked (checked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R16, advisory: whether an offer was found on its partner's own site, breadth-first from the
-- partner's declared home page. One row per search; the latest is shown.
CREATE TABLE presence_check (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    offer_id    BIGINT       NOT NULL,
    home_page   VARCHAR(500) NOT NULL,
    found       BOOLEAN      NOT NULL,
    -- clicks from the home page to the page found, NULL when not found
    clicks      INT          NULL,
    -- JSON array of the pages from the home page to the one found; [] when not found
    path        MEDIUMTEXT   NOT NULL,
    -- why the search ended without finding it (a CheckReason), NULL otherwise
    reason      VARCHAR(30)  NULL,
    pages_read  INT          NOT NULL,
    checked_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_presence_check_offer (offer_id, checked_at),
    CONSTRAINT fk_presence_check_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
