"""Hand-entered claims: figures from tables and briefings, in CSV or JSONL.

Each row holds the claim's fields plus where it came from::

    value,unit,unit_kind,per,qualifier,low,high,modality,period,attributed_to,subject,quote,source,reported_on,indicator_id
    450000,round,count,year,approximate,,,actual,2025,Latvia's SAB,artillery rounds to Russia,"SAB briefing, slide 4",SAB briefing,2025-11-03,belarus.munitions_supplied_to_russia

Required: `value`, `unit`, `source` (who published it) and `reported_on` (when).
Everything else has the extractor's defaults.  `indicator_id`, when given, links the
row to that indicator as an analyst's decision.  A file is validated completely
before anything is stored: one bad row rejects the file, with its line number.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from indicators.claims import PERIOD_PATTERN, Claim, Document, Modality, Per, Qualifier, UnitKind
from indicators.documents import content_id
from indicators.errors import InputError


class ManualRow(BaseModel):
    """One hand-entered claim."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    value: float
    unit: str = Field(min_length=1)
    unit_kind: UnitKind = "count"
    per: Per | None = None
    qualifier: Qualifier = "exact"
    low: float | None = None
    high: float | None = None
    modality: Modality = "actual"
    period: str | None = Field(default=None, pattern=PERIOD_PATTERN)
    attributed_to: str | None = None
    subject: str | None = None
    quote: str | None = None
    source: str = Field(min_length=1, description="who published the figure")
    reported_on: date
    indicator_id: str | None = None


@dataclass(frozen=True)
class ManualClaim:
    """A validated row as the store needs it."""

    document: Document
    claim: Claim
    indicator_id: str | None


def load_manual(path: str | Path) -> list[ManualClaim]:
    """Read and validate every row of a CSV or JSONL file; raise on the first bad row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise InputError(
            path, f"unsupported file type {suffix or '(none)'!r}; expected .csv or .jsonl"
        )
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    records = _csv_records(path, raw) if suffix == ".csv" else _jsonl_records(path, raw)
    if not records:
        raise InputError(path, "no rows")
    out = []
    for line, record in records:
        # a blank cell means "not given": the field's default applies
        record = {k: v for k, v in record.items() if not (isinstance(v, str) and not v.strip())}
        try:
            row = ManualRow.model_validate(record)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "row"
            raise InputError(path, f"{field}: {err['msg']}", line) from None
        out.append(_to_claim(row))
    return out


def _csv_records(path: Path, raw: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(raw))
    records = []
    for record in reader:
        if None in record:
            raise InputError(path, "more cells than header columns", reader.line_num)
        if any(v is None for v in record.values()):
            raise InputError(path, "fewer cells than header columns", reader.line_num)
        records.append((reader.line_num, dict(record)))
    return records


def _jsonl_records(path: Path, raw: str) -> list[tuple[int, dict[str, Any]]]:
    records = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"broken JSON: {exc.msg}", number) from None
        if not isinstance(record, dict):
            raise InputError(path, "expected a JSON object", number)
        records.append((number, record))
    return records


def _to_claim(row: ManualRow) -> ManualClaim:
    number = f"{row.value:,.15g}"
    text = row.quote or f"{row.source}: {number} {row.unit}" + (
        f" per {row.per}" if row.per else ""
    )
    # The document is the row itself, so adding the same file twice changes nothing.
    identity = row.model_dump_json()
    doc = Document(
        doc_id=content_id(identity),
        text=text,
        title=row.subject,
        publisher=row.source,
        published_on=row.reported_on,
        source_path="manual",
    )
    claim = Claim(
        mention=text,
        span=(0, len(text)),
        value=row.value,
        low=row.low,
        high=row.high,
        qualifier=row.qualifier,
        unit=row.unit,
        unit_kind=row.unit_kind,
        per=row.per,
        modality=row.modality,
        period=row.period,
        attributed_to=row.attributed_to,
        subject=row.subject,
        sentence=text,
    )
    return ManualClaim(doc, claim, row.indicator_id)
