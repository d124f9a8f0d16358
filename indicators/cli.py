"""The `indicators` command line: each command parses options, calls one library
function and formats the result.  User mistakes end in one line on stderr and exit 1."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from indicators.errors import IndicatorsError

if TYPE_CHECKING:
    import polars as pl

    from indicators.store import Store

app = typer.Typer(
    help="Extract sourced numeric claims from articles into a DuckDB indicator store.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
catalog_app = typer.Typer(help="Inspect the indicator catalogue.", no_args_is_help=True)
app.add_typer(catalog_app, name="catalog")


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="INDICATORS_DB", help="DuckDB store file.", show_default=True),
]
CatalogOption = Annotated[
    Path,
    typer.Option("--catalog", envvar="INDICATORS_CATALOG", help="Indicator catalogue (YAML)."),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]

DEFAULT_DB = Path("data/indicators.duckdb")
DEFAULT_CATALOG = Path("data/catalog.yaml")


def _open(db: Path, catalog: Path | None = None, *, read_only: bool = False) -> Store:
    """Open the store; a writable open also loads the catalogue (when the file exists,
    or always when it was named explicitly) so that links follow the latest rules."""
    from indicators.store import Store

    if read_only or catalog is None or (catalog == DEFAULT_CATALOG and not catalog.exists()):
        return Store(db, read_only=read_only)
    return Store(db, catalog=catalog)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    db: DbOption = DEFAULT_DB,
    catalog: CatalogOption = DEFAULT_CATALOG,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every file.")
    ] = None,
) -> None:
    """Load articles (.txt .md .html .jsonl), extract their claims and store them.

    Re-ingesting a file already stored changes nothing.  Files that cannot be read are
    reported one line each; the others are still stored, and the exit status is 1.

    Example:  indicators ingest data/articles --db data/indicators.duckdb
    """
    from indicators.documents import iter_files

    published_on = _parse_date(published, "--published") if published else None
    with _open(db, catalog) as store:
        n_files = sum(1 for _ in iter_files(paths))
        with _progress(n_files, "ingesting") as advance:
            report = store.ingest(paths, published_on=published_on, on_file=lambda _: advance())
    for error in report.errors:
        typer.echo(f"error: {error}", err=True)
    typer.echo(report.summary())
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def claims(
    db: DbOption = DEFAULT_DB,
    indicator: Annotated[
        str | None, typer.Option("--indicator", "-i", help="Only this series.")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Print the stored claims with their source and quote.

    Example:  indicators claims --format csv > claims.csv
    """
    with _open(db, read_only=True) as store:
        df = store.claims(indicator)
    if fmt is Format.table:
        typer.echo(claims_table(df))
    else:
        _emit(df, fmt)


@app.command("sql")
def sql_command(
    query: Annotated[str, typer.Argument(help="One SELECT statement.")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a read-only SQL query against the store.

    Example:  indicators sql "SELECT indicator_id, refers_to, series_value, source FROM series_points"
    """
    with _open(db, read_only=True) as store:
        _emit(store.sql(query), fmt)


@app.command("indicators")
def indicators_command(db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table) -> None:
    """List the catalogue's indicators with their number of observations.

    Example:  indicators indicators
    """
    with _open(db, read_only=True) as store:
        _emit(store.indicators(), fmt)


@app.command()
def chart(
    indicator_id: Annotated[str | None, typer.Argument(help="Indicator to draw.")] = None,
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="PNG file to write.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Draw every catalogue indicator.")] = False,
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Folder for --all.")] = Path(
        "data/charts"
    ),
) -> None:
    """Write PNG trend charts.

    Example:  indicators chart belarus.munitions_supplied_to_russia -o munitions.png
              indicators chart --all --out-dir data/charts
    """
    from indicators.charts import chart_all, chart_indicator

    if all_ == (indicator_id is not None):
        raise IndicatorsError("give either an INDICATOR_ID or --all")
    with _open(db, read_only=True) as store:
        if all_:
            written = chart_all(store, out_dir)
        else:
            assert indicator_id is not None
            written = [chart_indicator(store, indicator_id, out or Path(f"{indicator_id}.png"))]
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def add(
    path: Annotated[Path, typer.Argument(help="Hand-entered claims, .csv or .jsonl.")],
    db: DbOption = DEFAULT_DB,
    catalog: CatalogOption = DEFAULT_CATALOG,
) -> None:
    """Store hand-entered claims (from tables, briefings) — the whole file or nothing.

    Columns: value, unit, source, reported_on (required); unit_kind, per, qualifier, low,
    high, modality, period, attributed_to, subject, quote, indicator_id (optional).

    Example:  indicators add briefing_figures.csv
    """
    with _open(db, catalog) as store:
        report = store.add(path)
    typer.echo(report.summary())


@app.command()
def unlinked(db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table) -> None:
    """List automatic candidate keys of claims no indicator claimed, with counts and an example.

    Example:  indicators unlinked
    """
    with _open(db, read_only=True) as store:
        _emit(store.unlinked(), fmt)


@app.command()
def link(
    claim_id: Annotated[str, typer.Argument(help="Claim id (see `indicators claims -f csv`).")],
    indicator_id: Annotated[str, typer.Argument(help="Catalogue indicator id.")],
    db: DbOption = DEFAULT_DB,
    catalog: CatalogOption = DEFAULT_CATALOG,
) -> None:
    """Link a claim to an indicator by hand; the link survives relink and re-ingest.

    Example:  indicators link 3f2a9c0d1e2b4a5f:812-827 belarus.munitions_supplied_to_russia
    """
    with _open(db, catalog) as store:
        store.link(claim_id, indicator_id)
    typer.echo(f"linked {claim_id} to {indicator_id}")


@app.command()
def unlink(
    claim_id: Annotated[str, typer.Argument(help="Claim id.")],
    db: DbOption = DEFAULT_DB,
    catalog: CatalogOption = DEFAULT_CATALOG,
) -> None:
    """Take a claim out of its indicator by hand; it stays out after relink.

    Example:  indicators unlink 3f2a9c0d1e2b4a5f:812-827
    """
    with _open(db, catalog) as store:
        store.unlink(claim_id)
    typer.echo(f"unlinked {claim_id}")


@app.command()
def relink(db: DbOption = DEFAULT_DB, catalog: CatalogOption = DEFAULT_CATALOG) -> None:
    """Re-link every stored claim with the current catalogue (after editing it).

    Manual links and unlinks are kept.  Example:  indicators relink
    """
    with _open(db, catalog) as store:
        changed = store.relink()
    typer.echo(f"relinked: {changed} claims changed indicator")


@app.command()
def reextract(db: DbOption = DEFAULT_DB, catalog: CatalogOption = DEFAULT_CATALOG) -> None:
    """Run the current extractor again over every stored article (after an upgrade).

    Manual links and unlinks are kept; hand-entered claims are untouched.
    Example:  indicators reextract
    """
    with _open(db, catalog) as store:
        report = store.reextract()
    typer.echo(f"reextracted {report.documents_added} documents: {report.claims_added} claims")


@catalog_app.command("check")
def catalog_check(db: DbOption = DEFAULT_DB, catalog: CatalogOption = DEFAULT_CATALOG) -> None:
    """Validate the catalogue and list rules that match no stored claim.

    Example:  indicators catalog check
    """
    from indicators.catalog import load_catalog

    loaded = load_catalog(catalog)
    typer.echo(f"{catalog}: {len(loaded)} indicators, valid")
    if not db.exists():
        typer.echo(f"{db}: no store yet; nothing to check the rules against")
        return
    with _open(db, catalog) as store:
        counts = store.catalog_check()
    dead = counts.filter(counts["rule_links"] == 0)["indicator_id"].to_list()
    for indicator_id in dead:
        typer.echo(f"rule matches no stored claim: {indicator_id}")
    if not dead:
        typer.echo("every rule matches at least one stored claim")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSONL, the format of shared/eval).")],
    failures: Annotated[
        Path | None, typer.Option("--failures", help="Write misses and FPs here.")
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the summary as JSON.")
    ] = None,
) -> None:
    """Score the extractor against a labelled gold file; print precision, recall, fields.

    Example:  indicators evaluate ../shared/eval/dev_claims.jsonl --failures /tmp/fail.txt
    """
    from indicators.evaluate import evaluate as run_evaluation
    from indicators.evaluate import load_gold

    report = run_evaluation(load_gold(gold))
    if failures is not None:
        failures.write_text("\n".join(report.failures()) + "\n", encoding="utf-8")
    if json_out is not None:
        json_out.write_text(report.to_json() + "\n", encoding="utf-8")
    typer.echo(report.format())


# ---------------------------------------------------------------------- formatting


def claims_table(df: pl.DataFrame, quote_width: int = 60) -> str:
    """A fixed-width table of claims for the terminal."""
    if df.is_empty():
        return "no claims stored"
    header = (
        "value",
        "unit",
        "per",
        "qualifier",
        "modality",
        "period",
        "source",
        "indicator",
        "quote",
    )
    rows = []
    for r in df.iter_rows(named=True):
        quote = " ".join((r["quote"] or "").split())
        rows.append((
            _number(r["value"]), r["unit"], r["per"] or "-", r["qualifier"], r["modality"],
            r["period"] or "-", _clip(r["source"] or "-", 28), _clip(r["series_key"], 48),
            _clip(quote, quote_width),
        ))  # fmt: skip
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip()
             for row in (header, *rows)]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n{len(rows)} claims"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _emit(df: pl.DataFrame, fmt: Format) -> None:
    import polars as pl

    if fmt is Format.csv:
        typer.echo(df.write_csv(), nl=False)
    elif fmt is Format.json:
        typer.echo(df.write_json())
    else:
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200, fmt_str_lengths=60,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):  # fmt: skip
            typer.echo(str(df))


def _parse_date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise IndicatorsError(f"{option}: expected a date like 2025-12-17, not {value!r}") from None


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on an interactive terminal for long runs; silent otherwise."""
    if not sys.stderr.isatty() or total < 20:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def main() -> None:
    """Entry point: user errors print one line and exit 1; bugs keep their traceback."""
    try:
        app()
    except IndicatorsError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
