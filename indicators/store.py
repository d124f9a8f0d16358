"""The DuckDB store: documents, claims and indicators in one file.

Ingest is batch-oriented: files are loaded lazily, each batch of documents is
extracted, linked and written in one transaction through Arrow, so memory stays
bounded however many files are given.  Every document is all-or-nothing: a batch that
fails is retried one document per transaction.  A document's id is the hash of its
text, so ingesting the same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indicators.catalog import Catalog, ClaimContext, Indicator, load_catalog
from indicators.claims import Claim, Document
from indicators.documents import LoadFailure, iter_files, load_file
from indicators.errors import InputError, NotFoundError, ReadOnlyQueryError, StoreError
from indicators.series import convert_claim, period_bounds
from indicators.sqlfiles import SCHEMA_VERSION, sql_text

if TYPE_CHECKING:
    import duckdb
    import polars as pl

DEFAULT_DB = Path("data/indicators.duckdb")
EXTRACTOR_VERSION = "1"

_DOC_COLUMNS = (
    "doc_id", "title", "publisher", "url", "published_on", "published_inferred", "synthetic",
    "source_path", "n_chars", "ingested_at", "text",
)  # fmt: skip
_CLAIM_COLUMNS = (
    "claim_id", "doc_id", "origin", "mention", "span_start", "span_end", "value", "low", "high",
    "qualifier", "unit", "unit_kind", "per", "modality", "period", "period_start", "period_end",
    "attributed_to", "subject", "sentence", "indicator_id", "link_rule", "candidate_key",
    "series_value", "series_low", "series_high", "convert_note", "extractor",
)  # fmt: skip
_READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"}


@dataclass
class IngestReport:
    """What one ingest run did."""

    files: int = 0
    documents_added: int = 0
    documents_skipped: int = 0
    claims_added: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.documents_added} documents added, "
            f"{self.documents_skipped} already stored, {self.claims_added} claims, "
            f"{len(self.errors)} errors"
        )


def claim_id(doc_id: str, span: tuple[int, int]) -> str:
    """Stable claim id: the document's hash prefix and the claim's span."""
    return f"{doc_id[:16]}:{span[0]}-{span[1]}"


class Store:
    """An indicators store in one DuckDB file.

    >>> store = Store(":memory:")
    >>> store.sql("SELECT count(*) AS n FROM claims")["n"][0]
    0
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        catalog: Catalog | str | Path | None = None,
        read_only: bool = False,
        memory_limit: str | None = None,
    ) -> None:
        """Open (or create) a store.

        `memory_limit` caps DuckDB's buffer pool (e.g. ``"512MB"``); by default DuckDB
        may cache up to 80% of RAM, so a long ingest's memory grows with the store.
        """
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        given = load_catalog(catalog) if isinstance(catalog, str | Path) else catalog
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; run 'indicators ingest' first")
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            config: dict[str, str | bool | int | float | list[str]] = (
                {"memory_limit": memory_limit} if memory_limit else {}
            )
            self.con: duckdb.DuckDBPyConnection = duckdb.connect(
                self.path, read_only=read_only, config=config
            )
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {_first_line(exc)}") from None
        if read_only:
            self._check_version()
        else:
            self._migrate(given)
        # Without a catalogue argument, the store links with the one it last saw, so a
        # store is self-contained: the rules travel with the file.
        self.catalog: Catalog = given if given is not None else self._stored_catalog()

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self, catalog: Catalog | None) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(sql_text("schema.sql"))
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
            if row is None or row[0] is None:
                self.con.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                    [SCHEMA_VERSION, "001_initial"],
                )
            elif row[0] > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: store schema version {row[0]} is newer than this "
                    f"program's {SCHEMA_VERSION}; upgrade indicators"
                )
            self.con.execute(sql_text("views.sql"))
            if catalog is not None:
                self._sync_indicators(catalog)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        except Exception:
            raise StoreError(
                f"{self.path}: not an indicators store (no schema_version table)"
            ) from None
        if row is None or row[0] != SCHEMA_VERSION:
            version = None if row is None else row[0]
            raise StoreError(
                f"{self.path}: store schema version {version}, expected {SCHEMA_VERSION}"
            )

    def _stored_catalog(self) -> Catalog:
        rows = self.con.execute(
            "SELECT definition FROM indicators ORDER BY indicator_id"
        ).fetchall()
        return Catalog([Indicator.model_validate_json(r[0]) for r in rows])

    def _sync_indicators(self, catalog: Catalog) -> None:
        import polars as pl

        rows = [
            {
                "indicator_id": ind.id, "name": ind.name, "description": ind.description,
                "unit": ind.unit, "unit_kind": ind.unit_kind, "per": ind.per,
                "entity": ind.entity, "tags": list(ind.tags),
                "definition": ind.model_dump_json(),
            }
            for ind in catalog.indicators
        ]  # fmt: skip
        df = pl.DataFrame(rows, schema={
            "indicator_id": pl.String, "name": pl.String, "description": pl.String,
            "unit": pl.String, "unit_kind": pl.String, "per": pl.String,
            "entity": pl.String, "tags": pl.List(pl.String), "definition": pl.String,
        })  # fmt: skip
        self.con.execute("DELETE FROM indicators")
        self._insert("indicators", df)

    # ------------------------------------------------------------------ ingest
    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        published_on: date | None = None,
        batch_size: int = 64,
        on_file: Callable[[Path | None], None] | None = None,
    ) -> IngestReport:
        """Load, extract, link and store articles; return what happened.

        Files that fail are reported in `report.errors` and the rest go on.
        `published_on` overrides every document's publication date.
        """
        self._require_writable()
        report = IngestReport()
        batch: list[Document] = []
        for item in iter_files(paths):
            if isinstance(item, LoadFailure):
                report.errors.append(item.error)
                if on_file:
                    on_file(None)
                continue
            report.files += 1
            try:
                for doc in load_file(item):
                    if published_on is not None:
                        doc = doc.model_copy(
                            update={"published_on": published_on, "published_inferred": False}
                        )
                    batch.append(doc)
                    if len(batch) >= batch_size:
                        self._write_documents(batch, report)
                        batch = []
            except InputError as exc:
                report.errors.append(exc)
            if on_file:
                on_file(item)
        if batch:
            self._write_documents(batch, report)
        return report

    def _write_documents(self, docs: Sequence[Document], report: IngestReport) -> None:
        from indicators.extract import extract_claims

        unique: dict[str, Document] = {}
        for doc in docs:
            unique.setdefault(doc.doc_id, doc)
        known = self._existing_doc_ids(list(unique))
        fresh = [doc for doc_id, doc in unique.items() if doc_id not in known]
        report.documents_skipped += len(docs) - len(fresh)
        if not fresh:
            return
        overrides = self._overrides()
        prepared = []
        for doc in fresh:
            try:
                claims = extract_claims(doc.text, doc.published_on)
            except Exception as exc:  # an extractor bug must not lose the other documents
                report.errors.append(
                    InputError(doc.source_path or doc.doc_id, f"extraction failed: {exc!r}")
                )
                continue
            prepared.append((doc, self._claim_rows(doc, claims, "extracted", overrides)))
        try:
            self._write_batch(prepared)
        except Exception:
            for doc, rows in prepared:
                try:
                    self._write_batch([(doc, rows)])
                except Exception as exc:
                    report.errors.append(
                        InputError(doc.source_path or doc.doc_id, f"not stored: {_first_line(exc)}")
                    )
                    continue
                report.documents_added += 1
                report.claims_added += len(rows)
            return
        report.documents_added += len(prepared)
        report.claims_added += sum(len(rows) for _, rows in prepared)

    def _write_batch(
        self, prepared: Sequence[tuple[Document, list[dict[str, Any]]]], *, transaction: bool = True
    ) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        doc_rows = [_document_row(doc, now) for doc, _ in prepared]
        claim_rows = [row for _, rows in prepared for row in rows]
        if transaction:
            self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("documents", _frame(doc_rows, _DOC_COLUMNS, "documents"))
            if claim_rows:
                self._insert("claims", _frame(claim_rows, _CLAIM_COLUMNS, "claims"))
            if transaction:
                self.con.execute("COMMIT")
        except BaseException:
            if transaction:
                self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, df: pl.DataFrame) -> None:
        name = f"_incoming_{table}"
        self.con.register(name, df)
        try:
            self.con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM "{name}"')
        finally:
            self.con.unregister(name)

    def _existing_doc_ids(self, doc_ids: list[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
        ).fetchall()
        return {r[0] for r in rows}

    def _overrides(self) -> dict[str, str | None]:
        return dict(
            self.con.execute("SELECT claim_id, indicator_id FROM link_overrides").fetchall()
        )

    def _claim_rows(
        self,
        doc: Document,
        claims: Sequence[Claim],
        origin: str,
        overrides: dict[str, str | None],
    ) -> list[dict[str, Any]]:
        from indicators.catalog import candidate_key

        rows = []
        for claim in claims:
            cid = claim_id(doc.doc_id, claim.span)
            bounds = period_bounds(claim.period)
            row: dict[str, Any] = {
                "claim_id": cid, "doc_id": doc.doc_id, "origin": origin,
                "mention": claim.mention, "span_start": claim.span[0], "span_end": claim.span[1],
                "value": claim.value, "low": claim.low, "high": claim.high,
                "qualifier": claim.qualifier, "unit": claim.unit, "unit_kind": claim.unit_kind,
                "per": claim.per, "modality": claim.modality, "period": claim.period,
                "period_start": bounds[0] if bounds else None,
                "period_end": bounds[1] if bounds else None,
                "attributed_to": claim.attributed_to, "subject": claim.subject,
                "sentence": claim.sentence, "candidate_key": candidate_key(claim),
                "extractor": EXTRACTOR_VERSION if origin == "extracted" else origin,
            }  # fmt: skip
            context = ClaimContext(
                paragraph=_paragraph(doc.text, claim.span), title=doc.title or ""
            )
            row.update(self._link_columns(claim, context, overrides.get(cid, ...)))
            rows.append(row)
        return rows

    def _link_columns(
        self, claim: Claim, context: ClaimContext, override: object
    ) -> dict[str, Any]:
        empty = {"indicator_id": None, "link_rule": None, "series_value": None,
                 "series_low": None, "series_high": None, "convert_note": None}  # fmt: skip
        if override is None:
            return empty | {"link_rule": "manual: unlinked"}
        if isinstance(override, str):
            indicator_id, rule = override, "manual"
        else:
            link = self.catalog.link(claim, context)
            if link is None:
                return empty
            indicator_id, rule = link.indicator_id, link.rule
        indicator = self.catalog.get(indicator_id)
        if indicator is None:
            return empty | {"indicator_id": indicator_id, "link_rule": rule,
                            "convert_note": f"indicator {indicator_id!r} is not in the catalogue"}  # fmt: skip
        conv = convert_claim(
            claim.value,
            claim.low,
            claim.high,
            claim.unit,
            claim.unit_kind,
            claim.per,
            claim.period,
            indicator,
        )
        return {"indicator_id": indicator_id, "link_rule": rule, "series_value": conv.value,
                "series_low": conv.low, "series_high": conv.high, "convert_note": conv.note}  # fmt: skip

    # ------------------------------------------------------------------ reading
    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pl.DataFrame:
        """Run one read-only query and return a Polars DataFrame.

        Statements that would change the store (DROP, DELETE, INSERT, …) are refused.
        """
        import duckdb

        try:
            statements = self.con.extract_statements(query)
        except duckdb.Error as exc:
            raise StoreError(f"SQL error: {_first_line(exc)}") from None
        if not statements:
            raise StoreError("SQL error: empty query")
        for statement in statements:
            if statement.type.name not in _READ_STATEMENTS:
                raise ReadOnlyQueryError(statement.query.strip())
        if len(statements) > 1:
            raise StoreError("SQL error: give one statement at a time")
        try:
            frame: pl.DataFrame = self.con.sql(query, params=params).pl()
        except duckdb.Error as exc:
            raise StoreError(f"SQL error: {_first_line(exc)}") from None
        return frame

    def claims(
        self, indicator_id: str | None = None, *, linked: bool | None = None
    ) -> pl.DataFrame:
        """Observations (claims with document and indicator), optionally for one indicator."""
        where, params = ["TRUE"], []
        if indicator_id is not None:
            where.append("series_key = ?")
            params.append(indicator_id)
        if linked is not None:
            where.append("indicator_id IS NOT NULL" if linked else "indicator_id IS NULL")
        return self.sql(
            f"SELECT * FROM observations WHERE {' AND '.join(where)} "
            "ORDER BY reported_on NULLS LAST, doc_id, span_start",
            params,
        )

    def indicators(self) -> pl.DataFrame:
        """Catalogue indicators with their number of observations and date range."""
        return self.sql(
            "SELECT i.indicator_id, i.name, i.unit, i.per, count(o.claim_id) AS claims, "
            "count(DISTINCT o.source) AS sources, min(o.refers_to) AS first, max(o.refers_to) AS last "
            "FROM indicators AS i LEFT JOIN series_points AS o USING (indicator_id) "
            "GROUP BY ALL ORDER BY i.indicator_id"
        )

    def series(self, indicator_id: str, *, as_of: date | None = None) -> pl.DataFrame:
        """One indicator's observations in its own unit, oldest first.

        With `as_of`, only what had been reported by that date, newest per source and period.
        """
        if self.catalog.get(indicator_id) is None and not self._indicator_exists(indicator_id):
            raise NotFoundError("indicator", indicator_id)
        if as_of is None:
            return self.sql(
                "SELECT * FROM series_points WHERE indicator_id = ? ORDER BY refers_to, reported_on, claim_id",
                [indicator_id],
            )
        return self.sql(
            "SELECT * FROM observations_as_of(?) WHERE indicator_id = ? "
            "ORDER BY refers_to, reported_on, claim_id",
            [as_of, indicator_id],
        )

    def latest(self) -> pl.DataFrame:
        return self.sql("SELECT * FROM latest")

    def disagreements(self, tolerance: float = 0.10) -> pl.DataFrame:
        return self.sql("SELECT * FROM disagreements(tolerance := ?)", [tolerance])

    def revisions(self) -> pl.DataFrame:
        return self.sql("SELECT * FROM revisions")

    def unlinked(self) -> pl.DataFrame:
        return self.sql("SELECT * FROM unlinked")

    # ------------------------------------------------------------------ analysts' corrections
    def add(self, path: str | Path) -> IngestReport:
        """Store hand-entered claims from a CSV or JSONL file, all or nothing.

        Adding the same file twice changes nothing (each row is its own document).
        """
        from indicators.manual import load_manual

        self._require_writable()
        rows = load_manual(path)
        report = IngestReport(files=1)
        fresh_ids = set(r.document.doc_id for r in rows) - self._existing_doc_ids(
            [r.document.doc_id for r in rows]
        )
        overrides = self._overrides()
        prepared = []
        seen: set[str] = set()
        for row in rows:
            doc_id = row.document.doc_id
            if doc_id not in fresh_ids or doc_id in seen:
                report.documents_skipped += 1
                continue
            seen.add(doc_id)
            if row.indicator_id is not None:
                if self.catalog.get(row.indicator_id) is None:
                    raise NotFoundError("indicator", row.indicator_id)
                overrides[claim_id(doc_id, row.claim.span)] = row.indicator_id
            prepared.append(
                (row.document, self._claim_rows(row.document, [row.claim], "manual", overrides))
            )
        self.con.execute("BEGIN TRANSACTION")
        try:
            for _, claim_rows in prepared:
                if claim_rows[0]["link_rule"] == "manual":
                    self.con.execute(
                        "INSERT OR REPLACE INTO link_overrides (claim_id, indicator_id) VALUES (?, ?)",
                        [claim_rows[0]["claim_id"], claim_rows[0]["indicator_id"]],
                    )
            self._write_batch(prepared, transaction=False)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        report.documents_added = len(prepared)
        report.claims_added = len(prepared)
        return report

    def link(self, claim: str, indicator_id: str) -> None:
        """Link a claim to an indicator by hand; the decision survives relink and re-ingest."""
        self._require_writable()
        if self.catalog.get(indicator_id) is None:
            raise NotFoundError("indicator", indicator_id)
        self._set_override(claim, indicator_id)

    def unlink(self, claim: str) -> None:
        """Take a claim out of any indicator by hand; it stays out after relink."""
        self._require_writable()
        self._set_override(claim, None)

    def _set_override(self, claim: str, indicator_id: str | None) -> None:
        if not self._claim_exists(claim):
            raise NotFoundError("claim", claim)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO link_overrides (claim_id, indicator_id) VALUES (?, ?)",
                [claim, indicator_id],
            )
            self._relink_where("c.claim_id = ?", [claim])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def reextract(self, chunk: int = 256) -> IngestReport:
        """Run the current extractor again over every stored article, replacing its claims.

        Re-ingesting a file is a no-op (same text, same id), so this is how a store
        catches up with a better extractor.  Links are recomputed; analysts' link
        decisions (by claim id: document and span) are kept.  Hand-entered claims are
        left alone.  Each chunk of documents is replaced in one transaction.
        """
        from indicators.extract import extract_claims

        self._require_writable()
        report = IngestReport()
        overrides = self._overrides()
        doc_ids = [
            r[0]
            for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id NOT IN "
                "(SELECT doc_id FROM claims WHERE origin = 'manual') ORDER BY doc_id"
            ).fetchall()
        ]
        for start in range(0, len(doc_ids), chunk):
            batch = doc_ids[start : start + chunk]
            docs = self.con.execute(
                "SELECT doc_id, text, title, published_on FROM documents "
                "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [batch],
            ).fetchall()
            rows: list[dict[str, Any]] = []
            for doc_id, text, title, published_on in docs:
                doc = Document(doc_id=doc_id, text=text, title=title, published_on=published_on)
                rows += self._claim_rows(
                    doc, extract_claims(text, published_on), "extracted", overrides
                )
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(
                    "DELETE FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [batch]
                )
                if rows:
                    self._insert("claims", _frame(rows, _CLAIM_COLUMNS, "claims"))
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            report.documents_added += len(docs)
            report.claims_added += len(rows)
        return report

    def relink(self) -> int:
        """Re-link every claim with the current catalogue, keeping analysts' overrides.

        Returns the number of claims whose indicator changed.
        """
        self._require_writable()
        self.con.execute("BEGIN TRANSACTION")
        try:
            changed = self._relink_where("TRUE", [])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return changed

    def _relink_where(self, condition: str, params: list[Any], chunk: int = 5000) -> int:
        """Recompute link columns for the claims matching `condition`, in chunks of documents."""
        import polars as pl

        overrides = self._overrides()
        doc_ids = [
            r[0]
            for r in self.con.execute(
                f"SELECT DISTINCT c.doc_id FROM claims AS c WHERE {condition} ORDER BY 1", params
            ).fetchall()
        ]
        changed = 0
        for start in range(0, len(doc_ids), chunk):
            batch = doc_ids[start : start + chunk]
            rows = self.con.execute(
                f"""SELECT c.*, d.text AS doc_text, d.title AS doc_title
                    FROM claims AS c JOIN documents AS d USING (doc_id)
                    WHERE c.doc_id IN (SELECT unnest(?::VARCHAR[])) AND {condition}""",
                [batch, *params],
            ).fetchall()
            names = [d[0] for d in self.con.description or []]
            updates = []
            for values in rows:
                r = dict(zip(names, values, strict=True))
                claim = _claim_from_row(r)
                context = ClaimContext(
                    paragraph=_paragraph(r["doc_text"], claim.span), title=r["doc_title"] or ""
                )
                cols = self._link_columns(claim, context, overrides.get(r["claim_id"], ...))
                if cols["indicator_id"] != r["indicator_id"]:
                    changed += 1
                updates.append({"claim_id": r["claim_id"], **cols})
            if updates:
                df = pl.DataFrame(updates, schema={c: _types()["claims"][c] for c in updates[0]})
                self.con.register("_relinked", df)
                try:
                    self.con.execute(
                        """UPDATE claims SET indicator_id = u.indicator_id, link_rule = u.link_rule,
                               series_value = u.series_value, series_low = u.series_low,
                               series_high = u.series_high, convert_note = u.convert_note
                           FROM _relinked AS u WHERE claims.claim_id = u.claim_id"""
                    )
                finally:
                    self.con.unregister("_relinked")
        return changed

    def catalog_check(self) -> pl.DataFrame:
        """Per catalogue indicator, how many stored claims its rule links (0 = a dead rule)."""
        return self.sql(
            """SELECT i.indicator_id,
                      count(c.claim_id) FILTER (WHERE c.link_rule NOT LIKE 'manual%') AS rule_links,
                      count(c.claim_id) FILTER (WHERE c.link_rule LIKE 'manual%') AS manual_links
               FROM indicators AS i LEFT JOIN claims AS c USING (indicator_id)
               GROUP BY ALL ORDER BY i.indicator_id"""
        )

    def _claim_exists(self, claim: str) -> bool:
        row = self.con.execute("SELECT count(*) FROM claims WHERE claim_id = ?", [claim]).fetchone()
        return bool(row and row[0])

    def _indicator_exists(self, indicator_id: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM indicators WHERE indicator_id = ?", [indicator_id]
        ).fetchone()
        return bool(row and row[0])

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")


# ---------------------------------------------------------------------- helpers


@cache
def _types() -> dict[str, dict[str, Any]]:
    """Polars dtypes of the rows written to each table (built on first use: polars is lazy)."""
    import polars as pl

    claim = {
        "claim_id": pl.String, "doc_id": pl.String, "origin": pl.String, "mention": pl.String,
        "span_start": pl.Int32, "span_end": pl.Int32, "value": pl.Float64, "low": pl.Float64,
        "high": pl.Float64, "qualifier": pl.String, "unit": pl.String, "unit_kind": pl.String,
        "per": pl.String, "modality": pl.String, "period": pl.String, "period_start": pl.Date,
        "period_end": pl.Date, "attributed_to": pl.String, "subject": pl.String,
        "sentence": pl.String, "indicator_id": pl.String, "link_rule": pl.String,
        "candidate_key": pl.String, "series_value": pl.Float64, "series_low": pl.Float64,
        "series_high": pl.Float64, "convert_note": pl.String, "extractor": pl.String,
    }  # fmt: skip
    document = {
        "doc_id": pl.String, "title": pl.String, "publisher": pl.String, "url": pl.String,
        "published_on": pl.Date, "published_inferred": pl.Boolean, "synthetic": pl.Boolean,
        "source_path": pl.String, "n_chars": pl.Int32, "ingested_at": pl.Datetime("us"),
        "text": pl.String,
    }  # fmt: skip
    return {"claims": claim, "documents": document}


def _frame(rows: list[dict[str, Any]], columns: Sequence[str], table: str) -> pl.DataFrame:
    import polars as pl

    types = _types()[table]
    return pl.DataFrame(
        {c: [r[c] for r in rows] for c in columns}, schema={c: types[c] for c in columns}
    )


def _document_row(doc: Document, now: datetime) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id, "title": doc.title, "publisher": doc.publisher, "url": doc.url,
        "published_on": doc.published_on, "published_inferred": doc.published_inferred,
        "synthetic": doc.synthetic, "source_path": doc.source_path, "n_chars": len(doc.text),
        "ingested_at": now, "text": doc.text,
    }  # fmt: skip


def _paragraph(text: str, span: tuple[int, int]) -> str:
    start = text.rfind("\n\n", 0, span[0])
    end = text.find("\n\n", span[1])
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _claim_from_row(r: dict[str, Any]) -> Claim:
    return Claim(
        mention=r["mention"], span=(r["span_start"], r["span_end"]), value=r["value"],
        low=r["low"], high=r["high"], qualifier=r["qualifier"], unit=r["unit"],
        unit_kind=r["unit_kind"], per=r["per"], modality=r["modality"], period=r["period"],
        attributed_to=r["attributed_to"], subject=r["subject"], sentence=r["sentence"],
    )  # fmt: skip
