"""Score an extractor against a hand-labelled gold file.

A gold file holds one JSON object per line, in the format of
``shared/eval/dev_claims.jsonl``: an item's ``id``, ``text``, ``published_on``, its
``claims`` (mention, span, value, bounds, qualifier, unit, unit kind, rate period,
modality, ``observed_on``, source) and the ``traps`` (numbers that are not claims).

Matching follows the shared reference scorer, so figures from the two agree:

* a prediction matches a gold claim when the values agree within 1e-6 relative and
  the prediction overlaps the gold mention (through its span, or else where its mention
  occurs in the text); pairs are taken one-to-one, largest overlap first;
* field accuracy is measured over matched pairs only: ``unit`` accepts ``unit_alt`` and
  common spellings (``tonnes``/``t``, ``%``/``pct``, plurals), ``bounds`` needs both
  ``low`` and ``high``, ``attributed_to`` matches by word containment either way
  (ignoring a leading "the") and accepts ``attributed_alt``.

>>> from indicators.evaluate import evaluate, load_gold
>>> report = evaluate(load_gold(Path("my_gold.jsonl")))  # doctest: +SKIP
>>> print(report.format())  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from indicators.claims import PERIOD_PATTERN, Claim, Modality, Per, Qualifier, UnitKind
from indicators.errors import InputError

__all__ = [
    "FIELDS",
    "RESULTS_HEADER",
    "EvalReport",
    "GoldClaim",
    "GoldItem",
    "GoldTrap",
    "evaluate",
    "load_gold",
]

#: Header of the Markdown results table whose rows `EvalReport.table_row` writes.
RESULTS_HEADER = (
    "| set | items | gold claims | P | R | F1 | trap-only FPs | unit | kind | per | qualifier "
    "| bounds | modality | period | attributed_to | all fields |\n"
    "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)

#: The fields scored over matched pairs, in report order.
FIELDS: tuple[str, ...] = (
    "unit",
    "unit_kind",
    "per",
    "qualifier",
    "bounds",
    "modality",
    "observed_on",
    "attributed_to",
)
_SHORT = {"unit_kind": "kind", "qualifier": "qual", "observed_on": "obs", "attributed_to": "attr"}

Extractor = Callable[[str, str], list[Claim]]
Span = tuple[int, int]


# --------------------------------------------------------------------------- gold model
class GoldTrap(BaseModel):
    """Number-like text that is not a claim (a date, a model name, an ordinal, ...)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mention: str
    span: Span | None = None
    kind: str


class GoldClaim(BaseModel):
    """One labelled claim; optional fields default as in `Claim`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mention: str = Field(min_length=1)
    span: Span | None = None
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str
    unit_alt: tuple[str, ...] = ()
    unit_kind: UnitKind
    per: Per | None = None
    modality: Modality = "actual"
    observed_on: str | None = Field(default=None, pattern=PERIOD_PATTERN)
    attributed_to: str | None = None
    attributed_alt: tuple[str, ...] = ()


class GoldItem(BaseModel):
    """One labelled text: its claims and its traps, every span checked against the text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    published_on: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    claims: tuple[GoldClaim, ...]
    tags: tuple[str, ...] = ()
    traps: tuple[GoldTrap, ...] = ()

    @model_validator(mode="after")
    def _spans_match_text(self) -> GoldItem:
        # A missing span is filled from the first occurrence of the mention.
        claims = tuple(
            c.model_copy(update={"span": _gold_span(self.text, c, f"claims[{i}]")})
            for i, c in enumerate(self.claims)
        )
        traps = tuple(
            t.model_copy(update={"span": _gold_span(self.text, t, f"traps[{i}]")})
            for i, t in enumerate(self.traps)
        )
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "traps", traps)
        return self

    def claim_span(self, index: int) -> Span:
        span = self.claims[index].span
        assert span is not None  # filled by the validator
        return span


def _gold_span(text: str, labelled: GoldClaim | GoldTrap, where: str) -> Span:
    if labelled.span is None:
        found = _occurrences(text, labelled.mention)
        if not found:
            raise ValueError(f"{where}: mention {labelled.mention!r} does not occur in the text")
        return found[0]
    start, end = labelled.span
    if text[start:end] != labelled.mention or not 0 <= start < end:
        raise ValueError(
            f"{where}: span {[start, end]} holds {text[start:end]!r},"
            f" not the mention {labelled.mention!r}"
        )
    return labelled.span


def load_gold(path: Path) -> list[GoldItem]:
    """Read a gold file; the first bad line raises `InputError` naming file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read gold file ({exc})") from exc
    items: list[GoldItem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                path, f"not valid JSON ({exc.msg} at column {exc.colno})", number
            ) from None
        if not isinstance(raw, dict):
            raise InputError(path, f"expected a JSON object, got {type(raw).__name__}", number)
        try:
            item = GoldItem.model_validate(raw)
        except ValidationError as exc:
            raise InputError(path, _describe(exc, raw), number) from None
        if item.id in seen:
            raise InputError(path, f"duplicate item id {item.id!r}", number)
        seen.add(item.id)
        items.append(item)
    return items


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """The first validation problem as one line, e.g. ``item d005: missing key claims[0].unit``."""
    error = exc.errors()[0]
    where = ""
    for part in error["loc"]:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    if error["type"] == "missing":
        problem = f"missing key {where}"
    elif error["type"] == "extra_forbidden":
        problem = f"unknown key {where}"
    else:
        message = str(error["msg"]).removeprefix("Value error, ")
        problem = f"{where}: {message}" if where else message
    item_id = raw.get("id")
    return f"item {item_id}: {problem}" if isinstance(item_id, str) else problem


# --------------------------------------------------------------------------- comparison
def _occurrences(text: str, needle: str) -> list[Span]:
    """Non-overlapping occurrences of `needle`; case-insensitive only if none is exact."""
    if not needle:
        return []
    for hay, target in ((text, needle), (text.lower(), needle.lower())):
        found: list[Span] = []
        start = hay.find(target)
        while start >= 0:
            found.append((start, start + len(needle)))
            start = hay.find(target, start + max(len(target), 1))
        if found:
            return found
    return []


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def _locate(claim: Claim, text: str) -> list[Span]:
    start, end = claim.span
    if 0 <= start < end <= len(text):
        return [(start, end)]
    return _occurrences(text, claim.mention.strip())


_UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "tonne": (
        "ton",
        "tons",
        "tonnes",
        "t",
        "metric_ton",
        "metric_tons",
        "metric_tonne",
        "metric_tonnes",
    ),
    "kilometre": ("kilometer", "kilometres", "kilometers", "km", "kms"),
    "metre": ("meter", "metres", "meters", "m"),
    "cubic_metre": ("cubic_meter", "cubic_metres", "cubic_meters", "m3", "m^3", "cbm"),
    "cubic_foot": ("cubic_feet", "cu_ft", "cf", "ft3"),
    "megawatt": ("megawatts", "mw"),
    "gigawatt": ("gigawatts", "gw"),
    "litre": ("liter", "litres", "liters", "l"),
    "percent": ("%", "pct", "per_cent", "percentage"),
    "percentage_point": ("percentage_points", "pp", "ppt", "pct_point", "pct_points"),
    "person": ("people", "persons"),
}
_UNIT_CANONICAL = {
    spelling: canon
    for canon, spellings in _UNIT_SPELLINGS.items()
    for spelling in (canon, *spellings)
}


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word.removesuffix("s")


def _unit_key(unit: str) -> str | None:
    key = re.sub(r"[\s\-]+", "_", unit.strip().lower().replace("’", "'")).strip("._")
    if not key:
        return None
    if key in _UNIT_CANONICAL:
        return _UNIT_CANONICAL[key]
    head, _, last = key.rpartition("_")
    key = f"{head}_{_singular(last)}" if head else _singular(last)
    return _UNIT_CANONICAL.get(key, key)


def _source_key(source: str | None) -> str | None:
    if source is None:
        return None
    key = re.sub(r"[^\w' ]+", " ", source.replace("’", "'").lower())
    key = " ".join(key.split()).removeprefix("the ")
    return key if len(key) >= 2 else None


def _contains_words(hay: str, needle: str) -> bool:
    h, n = hay.split(), needle.split()
    return any(h[i : i + len(n)] == n for i in range(len(h) - len(n) + 1))


def _unit_ok(gold: GoldClaim, claim: Claim) -> bool:
    predicted = _unit_key(claim.unit)
    return predicted is not None and any(
        _unit_key(g) == predicted for g in (gold.unit, *gold.unit_alt) if g
    )


def _bound_ok(gold: float | None, predicted: float | None) -> bool:
    return predicted is None if gold is None else _close(gold, predicted)


def _attribution_ok(gold: GoldClaim, claim: Claim) -> bool:
    predicted = _source_key(claim.attributed_to)
    accepted = [_source_key(s) for s in (gold.attributed_to, *gold.attributed_alt)]
    if predicted is None:
        return accepted[0] is None
    return any(
        _contains_words(a, predicted) or _contains_words(predicted, a) for a in accepted if a
    )


def _period_key(period: str | None) -> str | None:
    return (period.strip().upper() or None) if period is not None else None


def _field_ok(name: str, gold: GoldClaim, claim: Claim) -> bool:
    if name == "unit":
        return _unit_ok(gold, claim)
    if name == "unit_kind":
        return gold.unit_kind == claim.unit_kind
    if name == "per":
        return gold.per == claim.per
    if name == "qualifier":
        return gold.qualifier == claim.qualifier
    if name == "bounds":
        return _bound_ok(gold.low, claim.low) and _bound_ok(gold.high, claim.high)
    if name == "modality":
        return gold.modality == claim.modality
    if name == "observed_on":
        return _period_key(gold.observed_on) == _period_key(claim.period)
    if name == "attributed_to":
        return _attribution_ok(gold, claim)
    raise KeyError(name)


def _field_values(name: str, gold: GoldClaim, claim: Claim) -> tuple[object, object]:
    if name == "bounds":
        return (gold.low, gold.high), (claim.low, claim.high)
    if name == "observed_on":
        return gold.observed_on, claim.period
    return getattr(gold, name), getattr(claim, name)


# --------------------------------------------------------------------------- per item
@dataclass(frozen=True)
class ItemResult:
    """One item's predictions and how they were matched."""

    item: GoldItem
    predictions: tuple[Claim, ...]
    pairs: tuple[tuple[int, int], ...]  # (gold index, prediction index), best overlap first
    locations: tuple[tuple[Span, ...], ...]  # per prediction; empty when unlocated
    valid: tuple[bool, ...]  # per prediction: has a usable (non-NaN) value

    @property
    def unmatched_predictions(self) -> list[int]:
        used = {p for _, p in self.pairs}
        return [p for p in range(len(self.predictions)) if p not in used]

    @property
    def missed_gold(self) -> list[int]:
        used = {g for g, _ in self.pairs}
        return [g for g in range(len(self.item.claims)) if g not in used]

    def trap_kinds(self, prediction: int) -> list[str]:
        """Kinds of labelled traps an (unmatched) prediction overlaps, sorted."""
        kinds = {
            trap.kind
            for trap in self.item.traps
            for loc in self.locations[prediction]
            if trap.span is not None and _overlap(loc, trap.span) > 0
        }
        return sorted(kinds)

    def wrong_fields(self, gold: int, prediction: int) -> list[str]:
        g, p = self.item.claims[gold], self.predictions[prediction]
        return [name for name in FIELDS if not _field_ok(name, g, p)]


def _match(item: GoldItem, predictions: Sequence[Claim]) -> ItemResult:
    locations = tuple(tuple(_locate(p, item.text)) for p in predictions)
    valid = tuple(p.value == p.value for p in predictions)  # NaN is not a value
    candidates: list[tuple[int, int, int]] = []
    for gi, gold in enumerate(item.claims):
        gold_span = item.claim_span(gi)
        for pj, pred in enumerate(predictions):
            if not valid[pj] or not locations[pj] or not _close(gold.value, pred.value):
                continue
            best = max(_overlap(loc, gold_span) for loc in locations[pj])
            if best > 0:
                candidates.append((-best, gi, pj))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pj in candidates:
        if gi not in used_gold and pj not in used_pred:
            used_gold.add(gi)
            used_pred.add(pj)
            pairs.append((gi, pj))
    return ItemResult(item, tuple(predictions), tuple(pairs), locations, valid)


# --------------------------------------------------------------------------- report
def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _fmt(x: float | None, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


@dataclass(frozen=True)
class EvalReport:
    """Claim precision/recall/F1, trap false positives and field accuracy for one run."""

    results: tuple[ItemResult, ...]
    n_items: int
    n_trap_only_items: int
    n_gold: int
    n_pred: int
    n_matched: int
    n_unlocated: int
    n_invalid: int
    precision: float
    recall: float
    f1: float
    trap_only_fp: int
    trap_only_fp_items: tuple[str, ...]
    trap_hits: dict[str, int]
    trap_hits_total: int
    field_right: dict[str, int]
    all_right: int
    recall_by_tag: dict[str, float]
    field_accuracy: dict[str, float | None] = field(init=False)

    def __post_init__(self) -> None:
        accuracy = {name: _ratio(self.field_right[name], self.n_matched) for name in FIELDS}
        accuracy["all"] = _ratio(self.all_right, self.n_matched)
        object.__setattr__(self, "field_accuracy", accuracy)

    def summary_line(self) -> str:
        """One line in the reference scorer's style: ``F1=0.81 P=0.84 R=0.78 unit=…``."""
        cells = [f"F1={self.f1:.2f}", f"P={self.precision:.2f}", f"R={self.recall:.2f}"]
        cells += [f"{_SHORT.get(n, n)}={_fmt(self.field_accuracy[n], 2)}" for n in FIELDS]
        cells += [
            f"all={_fmt(self.field_accuracy['all'], 2)}",
            f"trapFP={self.trap_only_fp}",
            f"trapHits={self.trap_hits_total}",
        ]
        return " ".join(cells)

    def table_row(self, name: str) -> str:
        """One Markdown row for a results table (see `RESULTS_HEADER`)."""
        acc = self.field_accuracy
        cells = [name, str(self.n_items), str(self.n_gold)]
        cells += [f"{x:.3f}" for x in (self.precision, self.recall, self.f1)]
        cells.append(
            f"{self.trap_only_fp} on {len(self.trap_only_fp_items)}/{self.n_trap_only_items}"
        )
        cells += [_fmt(acc[n], 3) for n in (*FIELDS, "all")]
        return "| " + " | ".join(cells) + " |"

    def format(self) -> str:
        """A compact human summary ending with `summary_line`."""
        kinds = ", ".join(f"{k}={v}" for k, v in sorted(self.trap_hits.items()))
        lines = [
            f"items {self.n_items} (trap-only {self.n_trap_only_items})  gold claims {self.n_gold}"
            f"  predictions {self.n_pred}  matched {self.n_matched}"
            f"  unlocated {self.n_unlocated}  invalid {self.n_invalid}",
            f"{'claims':<22}P={self.precision:.3f}  R={self.recall:.3f}  F1={self.f1:.3f}",
            f"{'trap-only items':<22}{self.trap_only_fp} false positives on "
            f"{len(self.trap_only_fp_items)}/{self.n_trap_only_items} items",
            f"{'trap hits (all items)':<22}{self.trap_hits_total} unmatched predictions on"
            " labelled traps" + (f" ({kinds})" if kinds else ""),
            f"field accuracy over {self.n_matched} matched pairs",
        ]
        for name in FIELDS:
            acc = self.field_accuracy[name]
            lines.append(f"  {name:<16}{_fmt(acc)}  ({self.field_right[name]}/{self.n_matched})")
        lines.append(
            f"  {'all fields':<16}{_fmt(self.field_accuracy['all'])}"
            f"  ({self.all_right}/{self.n_matched})"
        )
        cells = [f"{tag}={r:.2f}" for tag, r in self.recall_by_tag.items()]
        if cells:
            lines.append("recall by tag:")
            lines += ["  " + "  ".join(cells[i : i + 6]) for i in range(0, len(cells), 6)]
        lines.append(self.summary_line())
        return "\n".join(lines)

    def failures(self) -> list[str]:
        """Per item with a problem: a header, the text, then MISS / FP / FIELD lines."""
        out: list[str] = []
        for r in self.results:
            text = r.item.text
            body: list[str] = []
            for pj in r.unmatched_predictions:
                kinds = r.trap_kinds(pj)
                trap = f"  [trap: {','.join(kinds)}]" if kinds else ""
                body.append(f"  FP    {_describe_prediction(r, pj)}{trap}")
            for gi in r.missed_gold:
                body.append(f"  MISS  {_describe_gold(r.item.claims[gi])}")
            for gi, pj in r.pairs:
                gold, pred = r.item.claims[gi], r.predictions[pj]
                wrong = []
                for name in r.wrong_fields(gi, pj):
                    g, p = _field_values(name, gold, pred)
                    wrong.append(f"{name}: gold={g!r} pred={p!r}")
                if wrong:
                    body.append(f"  FIELD {gold.mention!r}: " + "; ".join(wrong))
            if body:
                tags = ", ".join(r.item.tags)
                out.append(f"== {r.item.id} [{tags}] published_on={r.item.published_on}")
                out.append(f"  TEXT  {text}")
                out += body
        return out

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (keys as in the reference scorer's ``--json``)."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "items": self.n_items,
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "matched": self.n_matched,
            "unlocated": self.n_unlocated,
            "invalid": self.n_invalid,
            "field_accuracy": {n: self.field_accuracy[n] for n in FIELDS},
            "all_fields": self.field_accuracy["all"],
            "trap_only_false_positives": self.trap_only_fp,
            "trap_only_items_hit": len(self.trap_only_fp_items),
            "trap_only_items": list(self.trap_only_fp_items),
            "trap_hits": dict(self.trap_hits),
            "trap_hits_total": self.trap_hits_total,
            "recall_by_tag": dict(self.recall_by_tag),
        }

    def to_json(self) -> str:
        """`as_dict` as indented JSON, for ``indicators evaluate --json FILE``."""
        return json.dumps(self.as_dict(), indent=2)


def _describe_prediction(result: ItemResult, index: int) -> str:
    claim = result.predictions[index]
    locs = result.locations[index]
    where = result.item.text[locs[0][0] : locs[0][1]] if locs else "<unlocated>"
    return (
        f"{where!r} value={claim.value!r} unit={claim.unit!r} per={claim.per!r} "
        f"qualifier={claim.qualifier!r} low={claim.low!r} high={claim.high!r} "
        f"modality={claim.modality!r} period={claim.period!r} "
        f"attributed_to={claim.attributed_to!r}"
    )


def _describe_gold(g: GoldClaim) -> str:
    return (
        f"{g.mention!r} value={g.value!r} unit={g.unit!r} per={g.per!r} qual={g.qualifier!r} "
        f"low={g.low!r} high={g.high!r} mod={g.modality!r} obs={g.observed_on!r} "
        f"attr={g.attributed_to!r}"
    )


def evaluate(items: list[GoldItem], extractor: Extractor | None = None) -> EvalReport:
    """Run `extractor` (default: `indicators.extract.extract_claims`) on every item and score it.

    An exception from the extractor propagates, with a note naming the item.
    """
    if extractor is None:
        from indicators.extract import extract_claims  # lazy: the scorer works without it

        extractor = extract_claims
    results: list[ItemResult] = []
    for item in items:
        try:
            predictions = extractor(item.text, item.published_on)
        except Exception as exc:
            exc.add_note(f"while extracting item {item.id}: {item.text[:80]!r}")
            raise
        results.append(_match(item, list(predictions)))
    return _tally(results)


def _tally(results: list[ItemResult]) -> EvalReport:
    n_gold = sum(len(r.item.claims) for r in results)
    n_pred = sum(len(r.predictions) for r in results)
    n_matched = sum(len(r.pairs) for r in results)
    precision = n_matched / n_pred if n_pred else 0.0
    recall = n_matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    trap_hits: Counter[str] = Counter()
    trap_hits_total = 0
    field_right: Counter[str] = Counter({name: 0 for name in FIELDS})
    all_right = 0
    tag_gold: Counter[str] = Counter()
    tag_matched: Counter[str] = Counter()
    for r in results:
        for pj in r.unmatched_predictions:
            kinds = r.trap_kinds(pj)
            trap_hits.update(kinds)
            trap_hits_total += bool(kinds)
        for gi, pj in r.pairs:
            wrong = r.wrong_fields(gi, pj)
            field_right.update(name for name in FIELDS if name not in wrong)
            all_right += not wrong
        for tag in r.item.tags:
            tag_gold[tag] += len(r.item.claims)
            tag_matched[tag] += len(r.pairs)

    trap_only = [r for r in results if not r.item.claims]
    return EvalReport(
        results=tuple(results),
        n_items=len(results),
        n_trap_only_items=len(trap_only),
        n_gold=n_gold,
        n_pred=n_pred,
        n_matched=n_matched,
        n_unlocated=sum(1 for r in results for locs in r.locations if not locs),
        n_invalid=sum(1 for r in results for ok in r.valid if not ok),
        precision=precision,
        recall=recall,
        f1=f1,
        trap_only_fp=sum(len(r.predictions) for r in trap_only),
        trap_only_fp_items=tuple(r.item.id for r in trap_only if r.predictions),
        trap_hits=dict(sorted(trap_hits.items())),
        trap_hits_total=trap_hits_total,
        field_right=dict(field_right),
        all_right=all_right,
        recall_by_tag={
            tag: tag_matched[tag] / tag_gold[tag]
            for tag in sorted(tag_gold)
            if tag_gold[tag] and tag != "trap-only"
        },
    )
