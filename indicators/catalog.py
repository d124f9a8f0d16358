"""The indicator catalogue (``data/catalog.yaml``) and the rules that link claims to it.

An `Indicator` is one tracked series.  Its `match` rule says which claims belong to it:
the claim's unit must be one of `units`, its sentence (or subject) must contain one of
the `cues`, none of the `exclude` words, and — when `entity` aliases are given — one of
them must appear in the sentence, its paragraph or the document title.  Linking is
deterministic: the indicator with the most cue hits wins, ties go to the entity named in
the sentence itself, then to the smaller id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from indicators.claims import Claim, Per, UnitKind
from indicators.errors import CatalogError

_ID = r"^[a-z0-9_]+(\.[a-z0-9_]+)+$"


class MatchRule(BaseModel):
    """Which claims belong to an indicator."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    units: list[str] = Field(
        default_factory=list, description="claim units accepted (default: the indicator's)"
    )
    cues: list[str] = Field(
        min_length=1, description="words or phrases, one of which the sentence must contain"
    )
    entity: list[str] = Field(
        default_factory=list, description="names of the entity; one must appear nearby"
    )
    exclude: list[str] = Field(default_factory=list, description="words that rule a sentence out")

    @field_validator("cues", "entity", "exclude")
    @classmethod
    def _no_blank_words(cls, words: list[str]) -> list[str]:
        if any(not w.strip() for w in words):
            raise ValueError("must not contain blank entries")
        return words


class Indicator(BaseModel):
    """One tracked series: what it measures, in which unit, and how claims are recognised."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(
        pattern=_ID, description="dotted lowercase id, e.g. belarus.munitions_supplied_to_russia"
    )
    name: str = Field(min_length=1)
    description: str = ""
    unit: str = Field(min_length=1)
    unit_kind: UnitKind
    per: Per | None = None
    entity: str | None = None
    tags: list[str] = Field(default_factory=list)
    match: MatchRule

    @model_validator(mode="after")
    def _default_units(self) -> Indicator:
        if not self.match.units:
            object.__setattr__(self.match, "units", [self.unit])
        return self


@dataclass(frozen=True)
class Link:
    """A claim's link to an indicator and the rule that made it."""

    indicator_id: str
    rule: str


@dataclass(frozen=True)
class ClaimContext:
    """Text around a claim that linking may look at."""

    paragraph: str = ""
    title: str = ""


class Catalog:
    """A validated list of indicators, with the linking rules compiled."""

    def __init__(self, indicators: Sequence[Indicator], path: str | None = None) -> None:
        self.indicators = sorted(indicators, key=lambda ind: ind.id)
        self.path = path
        self._by_id = {ind.id: ind for ind in self.indicators}

    def __len__(self) -> int:
        return len(self.indicators)

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._by_id

    def get(self, indicator_id: str) -> Indicator | None:
        return self._by_id.get(indicator_id)

    @cached_property
    def _compiled(
        self,
    ) -> list[
        tuple[Indicator, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]
    ]:
        return [
            (
                ind,
                _words_re(ind.match.cues),
                _words_re(ind.match.entity),
                _words_re(ind.match.exclude),
            )
            for ind in self.indicators
        ]

    def link(self, claim: Claim, context: ClaimContext = ClaimContext()) -> Link | None:
        """The best indicator for a claim, or None when no rule matches."""
        best: tuple[tuple[int, int], Link] | None = None
        for ind, cues, entity, exclude in self._compiled:
            if claim.unit not in ind.match.units:
                continue
            text = f"{claim.sentence} {claim.subject or ''}"
            if exclude is not None and exclude.search(text):
                continue
            hits = sorted({m.group(0).lower() for m in cues.finditer(text)}) if cues else []
            if not hits:
                continue
            where = ""
            if entity is not None:
                for scope, scope_text in (
                    ("sentence", claim.sentence),
                    ("paragraph", context.paragraph),
                    ("title", context.title),
                ):
                    found = entity.search(scope_text)
                    if found:
                        where = f" entity={found.group(0)}({scope})"
                        break
                else:
                    continue
            score = (len(hits), 1 if "(sentence)" in where else 0)
            rule = f"unit={claim.unit} cues={','.join(hits)}{where}"
            if best is None or score > best[0]:
                best = (score, Link(ind.id, rule))
        return best[1] if best else None


def load_catalog(path: str | Path) -> Catalog:
    """Read and validate a catalogue file; errors name the file, line and field."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(path, f"cannot read: {exc}") from None
    try:
        root = yaml.compose(raw)
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise CatalogError(path, f"invalid YAML: {getattr(exc, 'problem', exc)}", line) from None
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        raise CatalogError(path, "expected a top-level 'indicators:' list")
    indicators: list[Indicator] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(data["indicators"]):
        try:
            ind = Indicator.model_validate(entry)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ["indicators", index, *err["loc"]]
            field = ".".join(str(p) for p in err["loc"]) or "entry"
            raise CatalogError(path, f"{field}: {err['msg']}", _line_of(root, loc)) from None
        if ind.id in seen:
            raise CatalogError(
                path, f"duplicate indicator id {ind.id!r}", _line_of(root, ["indicators", index])
            )
        seen[ind.id] = index
        indicators.append(ind)
    return Catalog(indicators, str(path))


def _words_re(words: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    # a cue matches whole words; a trailing '*' allows any ending ("Belarus*")
    parts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"s?") for w in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _line_of(root: Any, loc: Sequence[int | str]) -> int | None:
    """1-based line of the YAML node at `loc`, as deep as it can be followed."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    node = v
                    line = k.start_mark.line + 1
                    break
            else:
                return line
            continue
        else:
            return line
        line = node.start_mark.line + 1
    return line


@cache
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    """The shipped places list as one pattern and an alias → entity map."""
    alias_to_entity: dict[str, str] = {}
    text = (Path(__file__).with_name("places.txt")).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, aliases = line.partition(":")
        for alias in [name, *aliases.split(",")]:
            if alias.strip():
                alias_to_entity[alias.strip()] = name.strip()
    ordered = sorted(alias_to_entity, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?!\w)")
    return pattern, alias_to_entity


def claim_entity(sentence: str) -> str | None:
    """The first known place named in a sentence (``Belarusian`` → ``Belarus``)."""
    pattern, entities = _places()
    m = pattern.search(sentence)
    return entities[m.group(0)] if m else None


_KEY_SLUG = re.compile(r"[^a-z0-9]+")


def candidate_key(claim: Claim) -> str:
    """Stable automatic key for a claim no indicator claimed: what it counts, where.

    ``auto.<entity>.<unit>[_per_<per>][.<modality>]`` — e.g. ``auto.belarus.percent``,
    ``auto.russia.usd``, ``auto.ukraine.drone_per_year``.  Built only from fields the
    extractor normalises, so the same figure in two articles gets the same key.
    """
    # the place being counted, not the one reporting: "Ukraine's intelligence service said
    # Belarus supplies …" is about Belarus
    sentence = claim.sentence
    if claim.attributed_to:
        sentence = sentence.replace(claim.attributed_to, " ")
    entity = claim_entity(claim.subject or "") or claim_entity(sentence)
    if entity is None and claim.attributed_to:
        # no other place named: the reporter's own ("Belarus's statistics committee
        # forecast growth of 3.5 percent" is about Belarus)
        entity = claim_entity(claim.sentence)
    parts = ["auto", _KEY_SLUG.sub("_", (entity or "unknown").lower()).strip("_")]
    what = _KEY_SLUG.sub("_", claim.unit.lower()).strip("_") or "thing"
    if claim.per:
        what += f"_per_{claim.per}"
    parts.append(what)
    if claim.modality != "actual":
        parts.append(claim.modality)
    return ".".join(parts)
