"""The data model: a `Document` read from disk and the `Claim`s extracted from it.

The fields follow ``DESIGN.md``.  A claim keeps what the text said (value, unit, rate
period, qualifier, modality, the period it refers to, who said it, and the quote);
conversion to an indicator's unit happens later, in the series layer.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Qualifier = Literal["exact", "approximate", "at_least", "at_most", "range"]
UnitKind = Literal["count", "currency", "percent", "physical"]
Per = Literal["year", "quarter", "month", "week", "day"]
Modality = Literal["actual", "capacity", "planned", "projected"]

QUALIFIERS: tuple[Qualifier, ...] = ("exact", "approximate", "at_least", "at_most", "range")
UNIT_KINDS: tuple[UnitKind, ...] = ("count", "currency", "percent", "physical")
PERS: tuple[Per, ...] = ("year", "quarter", "month", "week", "day")
MODALITIES: tuple[Modality, ...] = ("actual", "capacity", "planned", "projected")

#: ``2025``, ``2025-Q1``, ``2025-03`` or ``2025-03-17``.
PERIOD_PATTERN = r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$"


class Claim(BaseModel):
    """One numeric statement found in a text.

    >>> Claim(mention="ten", span=(69, 72), value=10.0, unit="launcher",
    ...       unit_kind="count", modality="planned").qualifier
    'exact'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    mention: str = Field(description="exact surface text of the quantity with its qualifier words")
    span: tuple[int, int] = Field(
        description="(start, end) offsets of `mention` in the document text"
    )
    value: float = Field(
        description="representative number, fully scaled; a range gives its midpoint"
    )
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str = Field(description="singular noun, ISO 4217 code, 'percent' or a physical unit name")
    unit_kind: UnitKind = "count"
    per: Per | None = None
    modality: Modality = "actual"
    period: str | None = Field(default=None, pattern=PERIOD_PATTERN)
    attributed_to: str | None = None
    subject: str | None = None
    sentence: str = ""

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Claim:
        start, end = self.span
        if not 0 <= start < end:
            raise ValueError(f"span {self.span} is not a non-empty (start, end) range")
        return self


class Document(BaseModel):
    """An article as loaded: its text, metadata and content hash (its id)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(description="sha256 of the text: the same text is the same document")
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_on: date | None = None
    published_inferred: bool = Field(
        default=False, description="True when `published_on` was read off the text, not given"
    )
    synthetic: bool = Field(default=False, description="True for made-up sample articles")
    source_path: str | None = None
