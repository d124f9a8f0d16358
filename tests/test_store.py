"""The DuckDB store: idempotent, atomic per document, read-only queries, series views."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

import indicators.extract
from indicators.claims import Claim
from indicators.errors import InputError, NotFoundError, ReadOnlyQueryError, StoreError
from indicators.store import Store

from .conftest import ARTICLES, CATALOG, SEED

SEED_IDS = [
    "belarus.drone_factory_capacity",
    "belarus.enterprises_in_russian_defense_industry",
    "belarus.munitions_supplied_to_russia",
    "belarus.oreshnik_launchers",
]


def count(store: Store, table: str) -> int:
    return int(store.sql(f'SELECT count(*) AS n FROM "{table}"')["n"][0])


def test_ingesting_the_same_files_twice_changes_nothing(fresh_store: Store) -> None:
    first = fresh_store.ingest([SEED])
    assert (first.documents_added, first.documents_skipped, first.ok) == (1, 0, True)
    claims = count(fresh_store, "claims")
    assert claims >= 4
    second = fresh_store.ingest([SEED, SEED])
    assert (second.documents_added, second.documents_skipped, second.claims_added) == (0, 2, 0)
    assert count(fresh_store, "claims") == claims
    assert count(fresh_store, "documents") == 1


def test_stored_spans_point_into_the_stored_text(fresh_store: Store) -> None:
    fresh_store.ingest([SEED])
    bad = fresh_store.sql(
        "SELECT c.claim_id FROM claims c JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, c.span_start + 1, c.span_end - c.span_start) <> c.mention"
    )
    assert bad.is_empty()


def test_a_failing_document_does_not_stop_or_half_write_the_others(
    fresh_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(
        "Exports reached 4,000 tonnes of grain in 2024.", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_text("BOOM 12 tanks.", encoding="utf-8")
    real = indicators.extract.extract_claims

    def flaky(text: str, published_on: object = None) -> list[Claim]:
        if "BOOM" in text:
            raise RuntimeError("extractor bug")
        return real(text, published_on)  # type: ignore[arg-type]

    monkeypatch.setattr(indicators.extract, "extract_claims", flaky)
    report = fresh_store.ingest(
        [tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "missing.txt"]
    )
    assert sorted(str(e) for e in report.errors) == [
        f"{tmp_path}/bad.txt: extraction failed: RuntimeError('extractor bug')",
        f"{tmp_path}/missing.txt: no such file or directory",
    ]
    assert report.documents_added == 1
    texts = fresh_store.sql("SELECT text FROM documents")["text"].to_list()
    assert texts == ["Exports reached 4,000 tonnes of grain in 2024."]


def test_a_batch_that_fails_to_write_falls_back_to_one_transaction_per_document(
    fresh_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(
            f"Doc {name}: 5,000 tonnes of grain.", encoding="utf-8"
        )
    real_insert = Store._insert

    def fail_on_b(self: Store, table: str, df: pl.DataFrame) -> None:
        real_insert(self, table, df)  # written first: only a rollback can take it back
        if table == "claims" and df["sentence"].str.contains("Doc b").any():
            raise duckdb.ConstraintException("simulated write failure")

    monkeypatch.setattr(Store, "_insert", fail_on_b)
    report = fresh_store.ingest([tmp_path])
    assert [e.problem for e in report.errors] == ["not stored: simulated write failure"]
    assert sorted(fresh_store.sql("SELECT text FROM documents")["text"].to_list()) == [
        "Doc a: 5,000 tonnes of grain.",
        "Doc c: 5,000 tonnes of grain.",
    ]
    orphans = fresh_store.sql(
        "SELECT count(*) AS n FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
    )
    assert orphans["n"][0] == 0


@pytest.mark.parametrize(
    "query",
    [
        "DROP TABLE claims",
        "DELETE FROM claims",
        "INSERT INTO documents SELECT * FROM documents",
        "UPDATE claims SET value = 0",
        "SELECT 1; DROP TABLE claims",
    ],
)
def test_sql_refuses_statements_that_change_the_store(sample_store: Store, query: str) -> None:
    with pytest.raises(
        ReadOnlyQueryError, match=r"^refused: the store is opened read-only for queries"
    ):
        sample_store.sql(query)


def test_sql_errors_are_one_line(sample_store: Store) -> None:
    with pytest.raises(
        StoreError, match=r"^SQL error: Catalog Error: Table with name nope does not exist!$"
    ):
        sample_store.sql("SELECT * FROM nope")


def test_a_missing_store_is_not_created_by_a_reader(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no such store; run 'indicators ingest' first$"):
        Store(tmp_path / "none.duckdb", read_only=True)
    assert not (tmp_path / "none.duckdb").exists()


def test_any_duckdb_client_reads_the_documented_views(sample_db: Path) -> None:
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        for view in ("observations", "series_points", "latest", "revisions", "unlinked"):
            con.execute(f"SELECT * FROM {view} LIMIT 1").fetchall()
        con.execute("SELECT * FROM observations_as_of(DATE '2025-01-01')").fetchall()
        con.execute("SELECT * FROM disagreements()").fetchall()
        latest = con.execute("SELECT DISTINCT indicator_id FROM latest ORDER BY 1").fetchall()
    finally:
        con.close()
    assert [r[0] for r in latest] == SEED_IDS


def test_each_seed_indicator_has_a_series_of_three_or_more_points_from_two_or_more_sources(
    sample_store: Store,
) -> None:
    for indicator_id in SEED_IDS:
        series = sample_store.series(indicator_id)
        assert series.height >= 3, indicator_id
        assert series["source"].n_unique() >= 2, indicator_id
        assert series["series_unit"].unique().to_list() == [
            sample_store.catalog.get(indicator_id).unit
        ]  # type: ignore[union-attr]


def test_a_monthly_figure_is_shown_per_year_while_the_claim_keeps_what_the_text_said(
    sample_store: Store,
) -> None:
    row = sample_store.sql(
        "SELECT value, per, series_value, series_per FROM series_points "
        "WHERE indicator_id = 'belarus.munitions_supplied_to_russia' AND per = 'month'"
    )
    assert row.rows() == [(40_000.0, "month", 480_000.0, "year")]


def test_as_of_answers_with_what_had_been_reported_by_then(sample_store: Store) -> None:
    early = sample_store.series(
        "belarus.enterprises_in_russian_defense_industry", as_of=date(2024, 6, 1)
    )
    late = sample_store.series(
        "belarus.enterprises_in_russian_defense_industry", as_of=date(2025, 6, 1)
    )
    assert early["reported_on"].max() <= date(2024, 6, 1)  # type: ignore[operator]
    assert sorted(early["series_value"].to_list()) != sorted(late["series_value"].to_list())
    # the revision: as of mid-2025 the department's 2024 figure is the revised 450, not 400
    department = late.filter(
        late["source"].str.contains("State Security Department") & (late["period_key"] == "2024")
    )
    assert department["series_value"].to_list() == [450.0]


def test_disagreements_find_the_planted_pair(sample_store: Store) -> None:
    rows = sample_store.disagreements().filter(
        sample_store.disagreements()["indicator_id"] == "belarus.munitions_supplied_to_russia"
    )
    found = {(r["period_key"], r["value_a"], r["value_b"]) for r in rows.iter_rows(named=True)}
    assert ("2024", 250_000.0, 400_000.0) in found or ("2024", 400_000.0, 250_000.0) in found


def test_revisions_find_the_planted_change(sample_store: Store) -> None:
    rows = sample_store.revisions()
    found = [
        (r["indicator_id"], r["period_key"], r["previous_value"], r["revised_value"])
        for r in rows.iter_rows(named=True)
        if "State Security Department" in r["source"]
    ]
    assert ("belarus.enterprises_in_russian_defense_industry", "2024", 400.0, 450.0) in found


def test_unrelated_claims_stay_unlinked_with_stable_candidate_keys(sample_store: Store) -> None:
    unlinked = sample_store.unlinked()
    assert unlinked.height > 0
    assert unlinked["candidate_key"].str.starts_with("auto.").all()
    shared = unlinked.filter(unlinked["documents"] >= 2)
    assert shared.height >= 1, "the same unmatched figure in two articles should share a key"


def test_link_corrections_survive_relink_and_reingest(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db, catalog=CATALOG) as store:
        store.ingest([ARTICLES])
        target = store.claims(linked=False).row(0, named=True)
        linked = store.claims("belarus.oreshnik_launchers").row(0, named=True)
        store.link(target["claim_id"], "belarus.munitions_supplied_to_russia")
        store.unlink(linked["claim_id"])
        assert store.relink() == 0
        rows = store.sql("SELECT claim_id, indicator_id, link_rule FROM claims WHERE claim_id IN (?, ?) ORDER BY claim_id",
                         [target["claim_id"], linked["claim_id"]])  # fmt: skip
        assert dict(rows.select("claim_id", "indicator_id").rows()) == {
            target["claim_id"]: "belarus.munitions_supplied_to_russia",
            linked["claim_id"]: None,
        }
        # re-extraction: the document's rows are rebuilt from its text; the decisions stay
        store.con.execute("DELETE FROM claims WHERE doc_id = ?", [linked["doc_id"]])
        store.con.execute("DELETE FROM documents WHERE doc_id = ?", [linked["doc_id"]])
        store.ingest([ARTICLES])
        again = store.sql(
            "SELECT indicator_id, link_rule FROM claims WHERE claim_id = ?", [linked["claim_id"]]
        )
        assert again.rows() == [(None, "manual: unlinked")]


def test_link_refuses_unknown_ids(fresh_store: Store) -> None:
    fresh_store.ingest([SEED])
    with pytest.raises(NotFoundError, match=r"^no indicator 'x\.nope'$"):
        fresh_store.link(fresh_store.claims().row(0, named=True)["claim_id"], "x.nope")
    with pytest.raises(NotFoundError, match=r"^no claim 'nope'$"):
        fresh_store.unlink("nope")


def test_relink_applies_an_edited_catalogue(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db, catalog=CATALOG) as store:
        store.ingest([SEED])
        assert store.claims(linked=True).height >= 4
    narrowed = tmp_path / "catalog.yaml"
    narrowed.write_text(
        CATALOG.read_text(encoding="utf-8").replace("cues: [Oreshnik]", "cues: [Topol]"),
        encoding="utf-8",
    )
    with Store(db, catalog=narrowed) as store:
        assert store.relink() == 1
        assert store.claims("belarus.oreshnik_launchers").is_empty()


MANUAL_CSV = """value,unit,per,qualifier,modality,period,attributed_to,quote,source,reported_on,indicator_id
450000,round,year,approximate,actual,2025,Latvia's Constitution Protection Bureau,Briefing slide 4,SAB briefing,2025-11-03,belarus.munitions_supplied_to_russia
12,launcher,,,planned,,,,Analyst notes,2026-02-01,
"""


def test_manual_claims_are_added_linked_and_idempotent(fresh_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "manual.csv"
    path.write_text(MANUAL_CSV, encoding="utf-8")
    report = fresh_store.add(path)
    assert (report.documents_added, report.claims_added) == (2, 2)
    assert fresh_store.add(path).documents_added == 0
    rows = fresh_store.sql(
        "SELECT value, indicator_id, link_rule, origin, source FROM observations ORDER BY value"
    )
    assert rows.rows() == [
        (12.0, None, None, "manual", "Analyst notes"),
        (
            450000.0,
            "belarus.munitions_supplied_to_russia",
            "manual",
            "manual",
            "Latvia's Constitution Protection Bureau",
        ),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            MANUAL_CSV.replace("450000,", "lots,"),
            "manual.csv:2: value: Input should be a valid number, unable to parse string as a number",
        ),
        (
            MANUAL_CSV.replace(",2026-02-01,", ",someday,"),
            "manual.csv:3: reported_on: Input should be a valid date or datetime, input is too short",
        ),
        (MANUAL_CSV.replace("Analyst notes,", ""), "manual.csv:3: fewer cells than header columns"),
        (
            MANUAL_CSV.replace(",planned,", ",hoped,"),
            "manual.csv:3: modality: Input should be 'actual', 'capacity', 'planned' or 'projected'",
        ),
    ],
)
def test_a_bad_manual_row_rejects_the_whole_file(
    fresh_store: Store, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "manual.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        fresh_store.add(path)
    assert str(info.value) == f"{tmp_path}/{message}"
    assert count(fresh_store, "claims") == 0


def test_reextract_replaces_claims_and_keeps_link_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "s.duckdb", catalog=CATALOG) as store:
        store.ingest([SEED])
        before = store.sql("SELECT claim_id, value FROM claims ORDER BY claim_id").rows()
        launcher = store.claims("belarus.oreshnik_launchers").row(0, named=True)["claim_id"]
        store.unlink(launcher)
        real = indicators.extract.extract_claims

        def doubled(text: str, published_on: object = None) -> list[Claim]:
            return [c.model_copy(update={"value": c.value * 2}) for c in real(text, published_on)]  # type: ignore[arg-type]

        monkeypatch.setattr(indicators.extract, "extract_claims", doubled)
        report = store.reextract()
        assert (report.documents_added, report.claims_added) == (1, len(before))
        after = store.sql("SELECT claim_id, value FROM claims ORDER BY claim_id").rows()
        assert after == [(cid, value * 2) for cid, value in before]
        kept = store.sql(
            "SELECT indicator_id, link_rule FROM claims WHERE claim_id = ?", [launcher]
        )
        assert kept.rows() == [(None, "manual: unlinked")]


def test_disagreements_treat_bounds_as_intervals(sample_store: Store) -> None:
    # "more than 400" (Warsaw group) is consistent with "about 450" (the department), and
    # "nearly 350" with "about 300": neither pair disagrees even at zero tolerance
    pairs = sample_store.disagreements(0.0)
    enterprises = pairs.filter(
        pairs["indicator_id"] == "belarus.enterprises_in_russian_defense_industry"
    )
    assert enterprises.is_empty()
    munitions = pairs.filter(pairs["indicator_id"] == "belarus.munitions_supplied_to_russia")
    assert munitions["relative_difference"].to_list() == [0.375]


def test_latest_gives_the_newest_figure_per_indicator_and_modality(sample_store: Store) -> None:
    launchers = sample_store.latest().filter(pl.col("indicator_id") == "belarus.oreshnik_launchers")
    assert launchers.select("modality", "series_value", "qualifier").rows() == [
        ("actual", 3.0, "exact"),
        ("planned", 12.0, "at_least"),
    ]


def test_a_broken_line_late_in_a_jsonl_file_stores_nothing_of_that_file(
    fresh_store: Store, tmp_path: Path
) -> None:
    import json

    good = tmp_path / "good.txt"
    good.write_text("Exports reached 4,000 tonnes of grain in 2024.", encoding="utf-8")
    lines = [json.dumps({"text": f"Article {i} counts {i + 2} tanks."}) for i in range(200)]
    (tmp_path / "big.jsonl").write_text("\n".join([*lines, "{broken"]), encoding="utf-8")
    report = fresh_store.ingest([tmp_path / "big.jsonl", good], batch_size=16)
    assert [str(e) for e in report.errors] == [
        f"{tmp_path}/big.jsonl:201: broken JSON: Expecting property name enclosed in double quotes"
    ]
    assert count(fresh_store, "documents") == 1
