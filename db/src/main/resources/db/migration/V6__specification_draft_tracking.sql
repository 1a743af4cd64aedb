-- Who changed a draft last, and when: each change also bumps the row's version, so that two
-- administrators editing the same draft cannot overwrite each other's work unknowingly.
ALTER TABLE specification_version
    ADD COLUMN modified_at DATETIME(6)  NULL AFTER created_at,
    ADD COLUMN modified_by VARCHAR(160) NULL AFTER modified_at;
