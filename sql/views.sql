-- indicators store: views and table macros over the tables in schema.sql.
-- Re-run on every writable open (CREATE OR REPLACE), so editing this file updates a store.
-- Any DuckDB client can query them:  duckdb data/indicators.duckdb -c "FROM latest"

-- Every claim with its document and indicator, and both times:
--   refers_to    the date the value is about (middle of the stated period, else the report date)
--   reported_on  when the document reporting it was published
--   period_key   the stated period, or the report year when the text states none
--   source       who the text credits, else the publisher
CREATE OR REPLACE VIEW observations AS
SELECT
    c.claim_id,
    coalesce(c.indicator_id, c.candidate_key)                    AS series_key,
    c.indicator_id,
    i.name                                                        AS indicator_name,
    coalesce(
        c.period_start + CAST(date_diff('day', c.period_start, c.period_end) // 2 AS INTEGER),
        d.published_on)                                           AS refers_to,
    d.published_on                                                AS reported_on,
    coalesce(c.period, strftime(d.published_on, '%Y'))           AS period_key,
    c.period,
    c.value, c.low, c.high, c.unit, c.unit_kind, c.per, c.qualifier, c.modality,
    c.series_value, c.series_low, c.series_high,
    i.unit                                                        AS series_unit,
    i.per                                                         AS series_per,
    c.convert_note,
    d.publisher,
    c.attributed_to,
    coalesce(c.attributed_to, d.publisher, 'unknown source')     AS source,
    c.mention, c.span_start, c.span_end,
    c.sentence                                                    AS quote,
    c.subject,
    c.candidate_key,
    c.link_rule,
    c.origin,
    d.title, d.url, d.synthetic, d.published_inferred,
    c.doc_id
FROM claims AS c
JOIN documents AS d USING (doc_id)
LEFT JOIN indicators AS i USING (indicator_id);

-- Observations that belong to a curated indicator and convert to its unit: the series.
CREATE OR REPLACE VIEW series_points AS
SELECT * FROM observations
WHERE indicator_id IS NOT NULL AND series_value IS NOT NULL;

-- The newest figure per indicator and modality (the latest actual count, the latest
-- plan, the latest capacity …): latest period referred to, then latest report.
CREATE OR REPLACE VIEW latest AS
WITH pick AS (
    SELECT indicator_id, modality,
           arg_max(claim_id, (refers_to, reported_on, claim_id)) AS claim_id
    FROM series_points
    GROUP BY indicator_id, modality
)
SELECT o.* FROM series_points AS o JOIN pick USING (indicator_id, modality, claim_id)
ORDER BY indicator_id, modality;

-- What was known on a date: only documents reported by then, and for each source,
-- period and modality only its newest figure.
--   FROM observations_as_of(DATE '2025-06-01') WHERE indicator_id = '...'
CREATE OR REPLACE MACRO observations_as_of(as_of) AS TABLE
SELECT * FROM series_points
WHERE reported_on <= CAST(as_of AS DATE)
QUALIFY row_number() OVER (
    PARTITION BY indicator_id, source, period_key, modality
    ORDER BY reported_on DESC, claim_id) = 1;

-- Different sources giving the same indicator, period and modality figures that cannot
-- both be right: one row per pair of sources.  Bounds count as intervals ("more than
-- 400" is [400, ∞), "nearly 350" is (-∞, 350], a range is [low, high]), and two figures
-- disagree when the gap between their intervals exceeds `tolerance` times the larger
-- value, so "more than 400" does not disagree with "about 450".
--   FROM disagreements()            (tolerance 0.10)
--   FROM disagreements(tolerance := 0.25)
CREATE OR REPLACE MACRO disagreements(tolerance := 0.10) AS TABLE
WITH current AS (
    SELECT *,
        CASE WHEN qualifier = 'at_most' THEN -'infinity'::DOUBLE
             ELSE coalesce(series_low, series_value) END AS lo,
        CASE WHEN qualifier = 'at_least' THEN 'infinity'::DOUBLE
             ELSE coalesce(series_high, series_value) END AS hi
    FROM observations_as_of(DATE '9999-12-31')
),
pairs AS (
    SELECT a.*, b.source AS source_b, b.series_value AS value_b, b.qualifier AS qualifier_b,
           b.reported_on AS reported_b, b.claim_id AS claim_b,
           greatest(a.lo - b.hi, b.lo - a.hi, 0)
               / greatest(abs(a.series_value), abs(b.series_value)) AS relative_difference
    FROM current AS a
    JOIN current AS b
      ON a.indicator_id = b.indicator_id AND a.period_key = b.period_key
     AND a.modality = b.modality AND a.source < b.source
)
SELECT
    indicator_id, period_key, modality, series_unit, series_per,
    source AS source_a, series_value AS value_a, qualifier AS qualifier_a,
    reported_on AS reported_a, claim_id AS claim_a,
    source_b, value_b, qualifier_b, reported_b, claim_b,
    relative_difference
FROM pairs
WHERE relative_difference > tolerance
ORDER BY indicator_id, period_key, source_a, source_b;

-- The same source changing its figure for the same indicator, period and modality
-- in a later report: one row per change.
CREATE OR REPLACE VIEW revisions AS
WITH ordered AS (
    SELECT *,
        lag(series_value) OVER w AS previous_value,
        lag(reported_on)  OVER w AS previous_reported_on,
        lag(claim_id)     OVER w AS previous_claim_id
    FROM series_points
    WINDOW w AS (PARTITION BY indicator_id, source, period_key, modality
                 ORDER BY reported_on, claim_id)
)
SELECT indicator_id, source, period_key, modality, series_unit, series_per,
       previous_value, previous_reported_on, series_value AS revised_value,
       reported_on AS revised_on, previous_claim_id, claim_id, quote
FROM ordered
WHERE previous_value IS NOT NULL
  AND reported_on > previous_reported_on
  AND previous_value <> series_value
ORDER BY indicator_id, source, period_key, revised_on;

-- Claims no curated indicator claimed, grouped by their automatic key.
CREATE OR REPLACE VIEW unlinked AS
SELECT candidate_key, count(*) AS claims, count(DISTINCT doc_id) AS documents,
       any_value(unit) AS unit, any_value(per) AS per, min(quote) AS example
FROM observations
WHERE indicator_id IS NULL
GROUP BY candidate_key
ORDER BY claims DESC, candidate_key;
