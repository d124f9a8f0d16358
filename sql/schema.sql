-- indicators store, schema version 1.
-- Applied by indicators.store on open (idempotent: every statement is IF NOT EXISTS).
-- Later changes go in sql/migrations/NNN_name.sql and bump schema_version.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER   NOT NULL,
    name        VARCHAR   NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per article.  doc_id is the sha256 of text, so the same text is stored once.
CREATE TABLE IF NOT EXISTS documents (
    doc_id              VARCHAR PRIMARY KEY,
    title               VARCHAR,
    publisher           VARCHAR,
    url                 VARCHAR,
    published_on        DATE,               -- report date: given, or inferred from the text
    published_inferred  BOOLEAN NOT NULL,   -- true when published_on was read off the text
    synthetic           BOOLEAN NOT NULL,   -- true for made-up sample articles
    source_path         VARCHAR,            -- file (and :line for JSONL) it was loaded from
    n_chars             INTEGER NOT NULL,
    ingested_at         TIMESTAMP NOT NULL,
    text                VARCHAR NOT NULL    -- full text as stored; claim spans point into it
);

-- Tracked series.  Curated ones come from data/catalog.yaml.
CREATE TABLE IF NOT EXISTS indicators (
    indicator_id  VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    description   VARCHAR,
    unit          VARCHAR NOT NULL,
    unit_kind     VARCHAR NOT NULL,
    per           VARCHAR,
    entity        VARCHAR,
    tags          VARCHAR[],
    definition    VARCHAR NOT NULL      -- the catalogue entry as JSON, rules included
);

-- One row per numeric claim.  The claim columns keep what the text said; the
-- series_* columns hold the value converted to the linked indicator's unit and period.
CREATE TABLE IF NOT EXISTS claims (
    claim_id        VARCHAR PRIMARY KEY,    -- doc_id prefix + span
    doc_id          VARCHAR NOT NULL,
    origin          VARCHAR NOT NULL,       -- 'extracted' or 'manual'
    mention         VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    value           DOUBLE  NOT NULL,
    low             DOUBLE,
    high            DOUBLE,
    qualifier       VARCHAR NOT NULL,       -- exact approximate at_least at_most range
    unit            VARCHAR NOT NULL,
    unit_kind       VARCHAR NOT NULL,       -- count currency percent physical
    per             VARCHAR,                -- year quarter month week day, or NULL
    modality        VARCHAR NOT NULL,       -- actual capacity planned projected
    period          VARCHAR,                -- 2025, 2025-Q1, 2025-03, 2025-03-17, or NULL
    period_start    DATE,
    period_end      DATE,
    attributed_to   VARCHAR,
    subject         VARCHAR,
    sentence        VARCHAR NOT NULL,
    indicator_id    VARCHAR,                -- linked catalogue indicator, or NULL
    link_rule       VARCHAR,                -- why it was linked (rule that fired, or 'manual')
    candidate_key   VARCHAR NOT NULL,       -- stable automatic key from what is counted
    series_value    DOUBLE,                 -- value in the indicator's unit and period
    series_low      DOUBLE,
    series_high     DOUBLE,
    convert_note    VARCHAR,                -- why series_value is NULL for a linked claim
    extractor       VARCHAR NOT NULL        -- extractor version that produced the row
);

-- Analysts' corrections: survive re-ingest and relink.  indicator_id NULL means "unlinked".
CREATE TABLE IF NOT EXISTS link_overrides (
    claim_id      VARCHAR PRIMARY KEY,
    indicator_id  VARCHAR,
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);
