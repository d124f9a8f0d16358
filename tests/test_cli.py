"""The command line, as a user runs it: exact output, one-line errors, exit codes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from .conftest import ARTICLES, CATALOG, REPO, SEED

SEED_IDS = [
    "belarus.drone_factory_capacity",
    "belarus.enterprises_in_russian_defense_industry",
    "belarus.munitions_supplied_to_russia",
    "belarus.oreshnik_launchers",
]


def run(
    *args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("INDICATORS_")}
    full_env.update({"COLUMNS": "200", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "indicators", *map(str, args)],
        cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_end_to_end_the_seed_gives_its_four_headline_claims_in_plain_sql(tmp_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    result = run("ingest", SEED, "--db", db, "--catalog", CATALOG)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 files, 1 documents added, 0 already stored, ")
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """SELECT c.value, c.unit, c.unit_kind, c.per, c.qualifier, c.modality, c.indicator_id
               FROM claims c JOIN documents d USING (doc_id)
               WHERE d.publisher = 'NextFin' AND c.indicator_id IS NOT NULL
               ORDER BY c.span_start"""
        ).fetchall()
        published = con.execute(
            "SELECT published_on, published_inferred, title FROM documents"
        ).fetchone()
    finally:
        con.close()
    assert rows == [
        (
            500.0,
            "enterprise",
            "count",
            None,
            "approximate",
            "actual",
            "belarus.enterprises_in_russian_defense_industry",
        ),
        (100000.0, "drone", "count", "year", "exact", "capacity", "belarus.drone_factory_capacity"),
        (
            480000.0,
            "round",
            "count",
            "year",
            "approximate",
            "actual",
            "belarus.munitions_supplied_to_russia",
        ),
        (10.0, "launcher", "count", None, "exact", "planned", "belarus.oreshnik_launchers"),
    ]
    assert published is not None and str(published[0]) == "2025-12-17" and published[1] is True
    assert published[2].startswith("Strategic Absorption")
    again = run("ingest", SEED, "--db", db, "--catalog", CATALOG)
    assert again.stdout == "1 files, 0 documents added, 1 already stored, 0 claims, 0 errors\n"


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    result = run("ingest", ARTICLES, "--db", db, "--catalog", CATALOG)
    assert result.returncode == 0, result.stderr
    return db


def test_claims_table_has_a_header_and_a_count(cli_db: Path) -> None:
    out = run("claims", "--db", cli_db).stdout
    lines = out.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == [
        "value",
        "unit",
        "per",
        "qualifier",
        "modality",
        "period",
        "source",
        "indicator",
        "quote",
    ]
    assert re.fullmatch(r"\d+ claims", lines[-1])
    assert any(
        "480,000" in line and "belarus.munitions_supplied_to_russia" in line for line in lines
    )


def test_claims_as_csv_and_json(cli_db: Path) -> None:
    csv_out = run(
        "claims", "--db", cli_db, "--indicator", "belarus.oreshnik_launchers", "--format", "csv"
    ).stdout
    assert csv_out.splitlines()[0].startswith("claim_id,series_key,indicator_id,")
    json_out = run("claims", "--db", cli_db, "-f", "json").stdout
    assert json_out.lstrip().startswith("[{")


def test_sql_runs_a_query_and_refuses_a_drop(cli_db: Path) -> None:
    ok = run(
        "sql",
        "SELECT DISTINCT indicator_id FROM latest ORDER BY 1",
        "--db",
        cli_db,
        "--format",
        "csv",
    )
    assert ok.stdout.splitlines() == ["indicator_id", *SEED_IDS]
    refused = run("sql", "DROP TABLE claims", "--db", cli_db)
    assert refused.returncode == 1
    assert refused.stderr == (
        "error: refused: the store is opened read-only for queries, and 'DROP TABLE claims' would change it\n"
    )
    assert refused.stdout == ""


def test_the_store_path_can_come_from_the_environment(cli_db: Path) -> None:
    out = run(
        "sql",
        "SELECT count(*) AS n FROM indicators",
        "-f",
        "csv",
        env={"INDICATORS_DB": str(cli_db)},
    )
    assert out.stdout == "n\n4\n"


def test_bad_input_is_one_line_per_file_and_the_rest_is_stored(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "The port handled 3.2 million tonnes of grain in 2024.", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe broken")
    (tmp_path / "broken.md").write_text("---\ntitle: [x\n---\nText 5 tanks.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run(
        "ingest",
        tmp_path / "good.txt",
        tmp_path / "bad.txt",
        tmp_path / "broken.md",
        tmp_path / "gone.txt",
        "--db",
        db,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/bad.txt: not UTF-8 text (byte 0xff at offset 0)",
        f"error: {tmp_path}/broken.md:3: broken front matter: expected ',' or ']', but got '<stream end>'",
        f"error: {tmp_path}/gone.txt: no such file or directory",
    ]
    assert "Traceback" not in result.stderr
    count = run("sql", "SELECT count(*) AS n FROM documents", "--db", db, "-f", "csv").stdout
    assert count == "n\n1\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chart"], "error: give either an INDICATOR_ID or --all\n"),
        (["chart", "x.nope", "--db", "{db}"], "error: no indicator 'x.nope'\n"),
        (
            ["claims", "--db", "{tmp}/none.duckdb"],
            "error: {tmp}/none.duckdb: no such store; run 'indicators ingest' first\n",
        ),
        (
            ["ingest", "{tmp}", "--db", "{tmp}/s.duckdb", "--published", "yesterday"],
            "error: --published: expected a date like 2025-12-17, not 'yesterday'\n",
        ),
        (
            ["ingest", "{tmp}", "--db", "{tmp}/s.duckdb", "--catalog", "{tmp}/nope.yaml"],
            "error: {tmp}/nope.yaml: no such file\n",
        ),
        (
            ["link", "nope", "belarus.oreshnik_launchers", "--db", "{db}"],
            "error: no claim 'nope'\n",
        ),
        (
            ["add", "{tmp}/nope.csv", "--db", "{tmp}/s.duckdb"],
            "error: {tmp}/nope.csv: no such file or directory\n",
        ),
    ],
)
def test_user_mistakes_end_in_one_line(
    tmp_path: Path, cli_db: Path, args: list[str], message: str
) -> None:
    filled = [a.format(tmp=tmp_path, db=cli_db) for a in args]
    result = run(*filled)
    assert result.returncode == 1
    assert result.stderr == message.format(tmp=tmp_path)


def test_published_overrides_every_date(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    run("ingest", SEED, "--db", db, "--published", "2025-12-20")
    out = run(
        "sql", "SELECT published_on, published_inferred FROM documents", "--db", db, "-f", "csv"
    ).stdout
    assert out == "published_on,published_inferred\n2025-12-20,false\n"


def test_chart_all_writes_one_png_per_indicator(cli_db: Path, tmp_path: Path) -> None:
    result = run("chart", "--all", "--out-dir", tmp_path / "charts", "--db", cli_db)
    assert result.stdout.splitlines() == [f"wrote {tmp_path}/charts/{i}.png" for i in SEED_IDS]
    for i in SEED_IDS:
        assert (tmp_path / "charts" / f"{i}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_catalog_check_and_unlinked_and_relink(cli_db: Path, tmp_path: Path) -> None:
    check = run("catalog", "check", "--db", cli_db, "--catalog", CATALOG)
    assert (
        check.stdout
        == f"{CATALOG}: 4 indicators, valid\nevery rule matches at least one stored claim\n"
    )
    unlinked = run("unlinked", "--db", cli_db, "-f", "csv").stdout
    assert unlinked.splitlines()[0] == "candidate_key,claims,documents,unit,per,example"
    assert (
        run("relink", "--db", cli_db, "--catalog", CATALOG).stdout
        == "relinked: 0 claims changed indicator\n"
    )


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    help_text = run("--help").stdout
    commands = re.findall(r"^│ (\w[\w-]*)\s", help_text, flags=re.M)
    assert {
        "ingest",
        "claims",
        "sql",
        "chart",
        "indicators",
        "evaluate",
        "add",
        "link",
        "unlink",
        "relink",
        "unlinked",
        "catalog",
    } <= set(commands)
    for command in commands:
        assert f"indicators {command}" in readme, f"`indicators {command}` is not in the README"
