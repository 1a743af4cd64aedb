-- Partners apply, the Ministry validates or rejects (R6, R7), and partners keep their profile
-- current (R8, R9). The terms of use are versioned; each acceptance names the version accepted.

-- The terms of use (CGU) and their annexes, one row per version; the version in force is the
-- latest whose in_force_from has come.
CREATE TABLE terms_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    number         INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    in_force_from  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_terms_version_number (number),
    KEY ix_terms_version_force (in_force_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The profile a partner keeps current (R8): the company's identity, its contact, and for
-- competence centres the Annex 3 criteria. Nullable: the partners of before this migration
-- (and the demo partners) have none yet.
ALTER TABLE partner
    ADD COLUMN siret                       CHAR(14)      NULL AFTER siren,
    ADD COLUMN ape_code                    CHAR(5)       NULL AFTER siret,
    ADD COLUMN address                     VARCHAR(200)  NULL AFTER kind,
    ADD COLUMN contact_name                VARCHAR(120)  NULL AFTER website,
    ADD COLUMN contact_function            VARCHAR(120)  NULL AFTER contact_name,
    ADD COLUMN phone                       VARCHAR(20)   NULL AFTER contact_function,
    ADD COLUMN fax                         VARCHAR(20)   NULL AFTER phone,
    ADD COLUMN email                       VARCHAR(254)  NULL AFTER fax,
    ADD COLUMN rcs_registration            VARCHAR(120)  NULL AFTER email,
    ADD COLUMN criminal_record_clean       BOOLEAN       NULL AFTER rcs_registration,
    ADD COLUMN years_in_business           INT           NULL AFTER criminal_record_clean,
    ADD COLUMN employees                   INT           NULL AFTER years_in_business,
    ADD COLUMN driving_licence             BOOLEAN       NULL AFTER employees,
    ADD COLUMN qualified_staff             INT           NULL AFTER driving_licence,
    ADD COLUMN average_diploma             VARCHAR(20)   NULL AFTER qualified_staff,
    ADD COLUMN trained_last_24_months      BOOLEAN       NULL AFTER average_diploma,
    ADD COLUMN speciality_it_network       BOOLEAN       NULL AFTER trained_last_24_months,
    ADD COLUMN speciality_network_telecom  BOOLEAN       NULL AFTER speciality_it_network,
    ADD COLUMN industry_certifications     VARCHAR(1000) NULL AFTER speciality_network_telecom,
    ADD COLUMN training_approval           VARCHAR(200)  NULL AFTER industry_certifications,
    ADD COLUMN monthly_subscription        BOOLEAN       NULL AFTER training_approval,
    ADD COLUMN monthly_trial_period        BOOLEAN       NULL AFTER monthly_subscription,
    ADD COLUMN monthly_notice_days         INT           NULL AFTER monthly_trial_period,
    ADD COLUMN annual_contracts            BOOLEAN       NULL AFTER monthly_notice_days,
    ADD COLUMN annual_trial_period         BOOLEAN       NULL AFTER annual_contracts,
    ADD COLUMN annual_notice_days          INT           NULL AFTER annual_trial_period,
    ADD COLUMN profile_updated_at          DATETIME(6)   NULL AFTER annual_notice_days,
    ADD CONSTRAINT ck_partner_counts CHECK (years_in_business >= 0 AND employees >= 0 AND qualified_staff >= 0
        AND monthly_notice_days >= 0 AND annual_notice_days >= 0);

-- The categories a partner offers (R1 to R4), chosen when applying.
CREATE TABLE partner_category (
    partner_id     BIGINT      NOT NULL,
    category_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (partner_id, category_code),
    CONSTRAINT fk_partner_category_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_category_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R9: how a competence centre covers each Annex 3 service, itself or through a named partner.
CREATE TABLE partner_service (
    partner_id        BIGINT       NOT NULL,
    service_key       VARCHAR(60)  NOT NULL,
    coverage          VARCHAR(20)  NOT NULL,
    via_partner_name  VARCHAR(160) NULL,
    PRIMARY KEY (partner_id, service_key),
    CONSTRAINT fk_partner_service_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
    CONSTRAINT ck_partner_service_coverage CHECK (coverage IN ('DIRECT', 'VIA_PARTNER')),
    CONSTRAINT ck_partner_service_named CHECK ((coverage = 'VIA_PARTNER') = (via_partner_name IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An application (R6) as submitted, then decided by an administrator (R7).
CREATE TABLE partner_application (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    status                      VARCHAR(20)   NOT NULL,
    kind                        VARCHAR(30)   NOT NULL,
    name                        VARCHAR(160)  NOT NULL,
    siren                       CHAR(9)       NOT NULL,
    siret                       CHAR(14)      NOT NULL,
    ape_code                    CHAR(5)       NOT NULL,
    address                     VARCHAR(200)  NOT NULL,
    postcode                    CHAR(5)       NOT NULL,
    town                        VARCHAR(100)  NOT NULL,
    website                     VARCHAR(255)  NULL,
    contact_name                VARCHAR(120)  NOT NULL,
    contact_function            VARCHAR(120)  NOT NULL,
    phone                       VARCHAR(20)   NOT NULL,
    fax                         VARCHAR(20)   NULL,
    email                       VARCHAR(254)  NOT NULL,
    rcs_registration            VARCHAR(120)  NULL,
    criminal_record_clean       BOOLEAN       NULL,
    years_in_business           INT           NULL,
    employees                   INT           NULL,
    driving_licence             BOOLEAN       NULL,
    qualified_staff             INT           NULL,
    average_diploma             VARCHAR(20)   NULL,
    trained_last_24_months      BOOLEAN       NULL,
    speciality_it_network       BOOLEAN       NULL,
    speciality_network_telecom  BOOLEAN       NULL,
    industry_certifications     VARCHAR(1000) NULL,
    training_approval           VARCHAR(200)  NULL,
    monthly_subscription        BOOLEAN       NULL,
    monthly_trial_period        BOOLEAN       NULL,
    monthly_notice_days         INT           NULL,
    annual_contracts            BOOLEAN       NULL,
    annual_trial_period         BOOLEAN       NULL,
    annual_notice_days          INT           NULL,
    terms_version_id            BIGINT        NOT NULL,
    submitted_at                DATETIME(6)   NOT NULL,
    decided_at                  DATETIME(6)   NULL,
    decided_by                  VARCHAR(60)   NULL,
    decision_reason             VARCHAR(2000) NULL,
    partner_id                  BIGINT        NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    -- one pending application per company: the SIREN while undecided, NULL (never equal) once decided;
    -- written by the application (MariaDB refuses such an IF in a generated column)
    pending_siren               CHAR(9)       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_pending_siren (pending_siren),
    KEY ix_application_queue (status, submitted_at, id),
    KEY ix_application_siren (siren),
    CONSTRAINT fk_application_terms FOREIGN KEY (terms_version_id) REFERENCES terms_version (id),
    CONSTRAINT fk_application_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_application_status CHECK (status IN ('SUBMITTED', 'VALIDATED', 'REJECTED')),
    CONSTRAINT ck_application_decision CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
    CONSTRAINT ck_application_partner CHECK ((status = 'VALIDATED') = (partner_id IS NOT NULL)),
    CONSTRAINT ck_application_reason CHECK (status <> 'REJECTED' OR decision_reason IS NOT NULL),
    CONSTRAINT ck_application_pending CHECK ((status = 'SUBMITTED') = (pending_siren IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_category (
    application_id  BIGINT      NOT NULL,
    category_code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (application_id, category_code),
    CONSTRAINT fk_application_category_application FOREIGN KEY (application_id) REFERENCES partner_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_application_category_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_service (
    application_id    BIGINT       NOT NULL,
    service_key       VARCHAR(60)  NOT NULL,
    coverage          VARCHAR(20)  NOT NULL,
    via_partner_name  VARCHAR(160) NULL,
    PRIMARY KEY (application_id, service_key),
    CONSTRAINT fk_application_service_application FOREIGN KEY (application_id) REFERENCES partner_application (id) ON DELETE CASCADE,
    CONSTRAINT ck_application_service_coverage CHECK (coverage IN ('DIRECT', 'VIA_PARTNER')),
    CONSTRAINT ck_application_service_named CHECK ((coverage = 'VIA_PARTNER') = (via_partner_name IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Supporting documents (R8: insurance, social contributions...), PDF only, checked on upload.
-- Sent with an application, they pass to the partner created on validation; a partner uploads
-- renewed certificates itself (application_id NULL then).
CREATE TABLE application_attachment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    application_id  BIGINT       NULL,
    partner_id      BIGINT       NULL,
    kind            VARCHAR(30)  NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    content         LONGBLOB     NOT NULL,
    valid_until     DATE         NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    uploaded_by     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attachment_application (application_id),
    KEY ix_attachment_partner (partner_id, kind, uploaded_at),
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES partner_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_attachment_kind CHECK (kind IN ('INSURANCE', 'SOCIAL_CONTRIBUTIONS', 'RCS_EXTRACT', 'OTHER')),
    CONSTRAINT ck_attachment_owner CHECK (application_id IS NOT NULL OR partner_id IS NOT NULL),
    CONSTRAINT ck_attachment_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R6: who accepted which version of the terms, and when: the application first, then the
-- account opened on its validation.
CREATE TABLE terms_acceptance (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    terms_version_id  BIGINT      NOT NULL,
    accepted_at       DATETIME(6) NOT NULL,
    application_id    BIGINT      NOT NULL,
    account_id        BIGINT      NULL,
    PRIMARY KEY (id),
    KEY ix_terms_acceptance_account (account_id),
    CONSTRAINT fk_terms_acceptance_version FOREIGN KEY (terms_version_id) REFERENCES terms_version (id),
    CONSTRAINT fk_terms_acceptance_application FOREIGN KEY (application_id) REFERENCES partner_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_terms_acceptance_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Version 1: a faithful summary of the terms of use of the name and logo « Entrepreneurs, faites
-- le choix de l'économie numérique » and of their annexes 1 to 4.
INSERT INTO terms_version (number, title, body, in_force_from) VALUES (1,
'Conditions générales d''utilisation de la dénomination et du logo « Entrepreneurs, faites le choix de l''économie numérique »',
'En cochant la case d''acceptation, vous reconnaissez avoir pris connaissance des présentes conditions générales d''utilisation de la dénomination et du logo « Entrepreneurs, faites le choix de l''économie numérique » ainsi que de leurs annexes 1 à 4, et vous les acceptez. Cette acceptation est nécessaire pour déposer votre candidature.

I. Préambule
L''opération « Entrepreneurs, faites le choix de l''économie numérique », conduite par le ministère chargé des PME, vise à améliorer la position compétitive des très petites entreprises (TPE, de 0 à 19 salariés) par une meilleure diffusion des technologies de l''information : des offres de produits et de services informatiques, télécoms et Internet adaptées à leurs besoins, un catalogue lisible de ces offres, et un réseau de conseil et d''assistance de proximité. Le Ministère propose aux entreprises partenaires d''adhérer au présent règlement d''usage de la dénomination et du logo.

II. Existence de la dénomination et du logo
La dénomination et le logo ne peuvent être utilisés que dans le cadre de l''opération. Le logo est accompagné, selon la catégorie des offres du partenaire, de la mention « offre référencée », « équipement référencé », « centre de compétence TPE » ou « conseiller informatique et télécoms TPE », et respecte la charte graphique annexée. L''État agit pour leur protection contre tout usage trompeur.

III. Conditions d''utilisation
L''État accorde le droit d''utiliser la dénomination et le logo aux partenaires dont l''offre répond à l''un ou plusieurs des cahiers des charges de l''opération, sur toute présentation d''une telle offre. Les fournisseurs ou sous-traitants associés à l''offre d''un partenaire n''acquièrent aucun droit sur le logo, sauf à être eux-mêmes partenaires ; le partenaire ne peut pas accorder ce droit à d''autres.

IV. Engagements des partenaires
Le partenaire s''engage à construire l''offre complète de produits et de services décrite par le ou les cahiers des charges auxquels il adhère ; il peut la constituer en se regroupant avec d''autres sociétés.

V. Composition des offres
Les offres portent sur les équipements bureautiques et informatiques (PC, PDA, périphériques, serveurs, réseaux), les équipements et services télécoms, les services Internet (accès, création de sites) et les prestations de services des conseillers informatiques et télécoms et des centres de compétences TPE (informatique, télécoms, informatique et télécoms), selon les caractéristiques précisées en annexe.

VI. Engagement éthique et de service au public
Écoute et conseils clairs adaptés à l''offre, accompagnement personnalisé par un personnel qualifié, sécurité d''utilisation, déontologie exemplaire en matière de prix et de conditions de vente, démarche qualité, transparence et justesse de l''information, respect des consommateurs.

VII. Politique de prix et conditions de vente
Le partenaire est libre de ses prix mais les présente de façon exhaustive et précise : prix selon la nature et le mode d''intervention, garantie, unité de base, forfaits et options, coûts annexes (forfait minimum, déplacement, fournitures), conditions générales de vente (droits et recours du client, solution de remplacement en cas de défaillance, agréments et démarche qualité).

VIII. Publicité et engagement de communication
Les partenaires mettent en ligne et tiennent à jour leurs offres dans le catalogue eux-mêmes, au moyen d''un code utilisateur et d''un mot de passe confidentiels reçus par voie électronique lors de la validation de leur engagement par le Ministère. S''ils ne peuvent pas faire une mise à jour eux-mêmes, ils la font effectuer. En cas de différence entre l''offre du catalogue et la même offre proposée ailleurs sous le logo, le client peut exiger la plus avantageuse. Le Ministère vérifie ou fait vérifier tous les deux mois le respect des cahiers des charges. Seules les offres conformes peuvent être saisies ; une offre peut renvoyer vers des pages du site du partenaire à condition que le retour au catalogue se fasse en deux clics au plus. Les partenaires répondent aux demandes de renseignements dans les meilleurs délais.

IX. Durée
Le droit d''usage prend effet à l''acceptation des présentes conditions, pour la durée de l''opération.

X. Fin du droit d''usage
Toute modification non autorisée du logo éteint le droit d''usage. Le partenaire qui ne respecte pas les présentes conditions peut être averti par courrier du Ministère ; faute de rectification dans les quinze jours, il perd le droit d''utiliser la dénomination et le logo.

Annexe 1 — Définitions : l''opération, le partenaire, le passeport pour l''économie numérique, le cahier des charges, les critères techniques, l''offre, le logo, la TPE, le catalogue.
Annexe 2 — Critères communs à toutes les offres : offres spécifiquement construites pour l''opération, vulgarisation des termes techniques pour un public néophyte, prix clairement exposés, documentation accessible (prix par nature de prestation, frais annexes, durée d''intervention, offre de base et options), identification des offres par le logo.
Annexe 3 — Centres de compétences TPE : services attendus (services généraux, poste de travail, Internet, infrastructure réseaux, serveurs, solutions de financement), assurés directement ou par un intervenant identifié ; identification en ligne tenue à jour (société, adresse, contact et fonction, téléphone, fax, courriel, code APE, inscription au RCS, assurance responsabilité civile professionnelle, attestation de paiement des cotisations sociales, casier judiciaire, ancienneté, effectif, permis de conduire, qualification et formation continue du personnel, spécialité, certifications, agrément de formation, types de contrats proposés).
Annexe 4 — Charte graphique du logo.',
'2026-01-01 00:00:00');
