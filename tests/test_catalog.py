"""The catalogue: validated on load with file:line errors, and deterministic linking rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.catalog import ClaimContext, candidate_key, claim_entity, load_catalog
from indicators.claims import Claim
from indicators.errors import CatalogError
from indicators.extract import extract_claims

from .conftest import CATALOG

SEED_IDS = [
    "belarus.drone_factory_capacity",
    "belarus.enterprises_in_russian_defense_industry",
    "belarus.munitions_supplied_to_russia",
    "belarus.oreshnik_launchers",
]


def claim(sentence: str, unit: str, **kw: object) -> Claim:
    return Claim(mention="1", span=(0, 1), value=1.0, unit=unit, sentence=sentence, **kw)  # type: ignore[arg-type]


def test_the_repository_catalogue_loads_through_its_model() -> None:
    catalog = load_catalog(CATALOG)
    assert [i.id for i in catalog.indicators] == SEED_IDS
    munitions = catalog.get("belarus.munitions_supplied_to_russia")
    assert munitions is not None and munitions.per == "year" and munitions.unit == "round"


@pytest.mark.parametrize(
    ("sentence", "unit", "context", "expected"),
    [
        (
            "Belarus sends roughly 480,000 artillery and missile rounds per year.",
            "round",
            "",
            "belarus.munitions_supplied_to_russia",
        ),
        (
            "Minsk ships 20,000 shells a month to Russia.",
            "shell",
            "",
            "belarus.munitions_supplied_to_russia",
        ),
        (
            "A drone factory capable of producing 100,000 units annually.",
            "drone",
            "Belarus joins the project.",
            "belarus.drone_factory_capacity",
        ),
        (
            "A drone factory capable of producing 100,000 units annually.",
            "drone",
            "Poland joins the project.",
            None,
        ),
        (
            "Russia plans ten Oreshnik launchers in Belarus.",
            "launcher",
            "",
            "belarus.oreshnik_launchers",
        ),
        (
            "About 500 Belarusian enterprises work for the Russian defence industry.",
            "enterprise",
            "",
            "belarus.enterprises_in_russian_defense_industry",
        ),
        ("About 500 Belarusian enterprises export potash.", "enterprise", "", None),
        ("Belarus sends 480,000 artillery rounds.", "percent", "", None),
    ],
)
def test_linking_needs_unit_cue_and_entity(
    sentence: str, unit: str, context: str, expected: str | None
) -> None:
    link = load_catalog(CATALOG).link(claim(sentence, unit), ClaimContext(paragraph=context))
    assert (link.indicator_id if link else None) == expected


def test_the_link_records_the_rule_that_fired() -> None:
    link = load_catalog(CATALOG).link(
        claim("Belarus sends roughly 480,000 artillery and missile rounds per year.", "round")
    )
    assert link is not None
    assert link.rule == "unit=round cues=artillery,missile entity=Belarus(sentence)"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_ENTRY = """\
indicators:
  - id: x.tanks
    name: Tanks
    unit: tank
    unit_kind: count
    match:
      cues: [tank]
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD_ENTRY.replace("unit_kind: count", "unit_kind: counts"),
            "catalog.yaml:5: unit_kind: Input should be 'count', 'currency', 'percent' or 'physical'",
        ),
        (
            GOOD_ENTRY.replace("id: x.tanks", "id: Tanks"),
            "catalog.yaml:2: id: String should match pattern '^[a-z0-9_]+(\\.[a-z0-9_]+)+$'",
        ),
        (
            GOOD_ENTRY.replace("      cues: [tank]\n", "      cues: []\n"),
            "catalog.yaml:7: match.cues: List should have at least 1 item after validation, not 0",
        ),
        (
            GOOD_ENTRY + GOOD_ENTRY.split("\n", 1)[1],
            "catalog.yaml:8: duplicate indicator id 'x.tanks'",
        ),
        (GOOD_ENTRY.replace("    name: Tanks\n", ""), "catalog.yaml:2: name: Field required"),
        (
            "indicators: [\n",
            "catalog.yaml:2: invalid YAML: expected the node content, but found '<stream end>'",
        ),
        ("- just a list\n", "catalog.yaml: expected a top-level 'indicators:' list"),
    ],
)
def test_a_bad_catalogue_names_file_line_and_field(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(write(tmp_path, text))
    assert str(info.value) == f"{tmp_path}/{message}"


def test_a_missing_catalogue_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"nope\.yaml: no such file$"):
        load_catalog(tmp_path / "nope.yaml")


def test_candidate_keys_are_built_from_what_is_counted_and_stable() -> None:
    a = claim("Belarusian potash exports rose 12% last year.", "percent", unit_kind="percent")
    b = claim(
        "Exports of potash from Belarus grew by 9%, officials said.", "percent", unit_kind="percent"
    )
    assert candidate_key(a) == candidate_key(b) == "auto.belarus.percent"
    rate = claim(
        "Ukraine produces 4,000 drones a month.", "drone", per="month", modality="capacity"
    )
    assert candidate_key(rate) == "auto.ukraine.drone_per_month.capacity"
    assert candidate_key(claim("Output was 7 widgets.", "widget")) == "auto.unknown.widget"
    reported = claim("Ukraine's intelligence service said Belarus made 9 drones.", "drone",
                     attributed_to="Ukraine's intelligence service")  # fmt: skip
    assert candidate_key(reported) == "auto.belarus.drone"


def test_entities_come_from_the_places_list() -> None:
    assert claim_entity("The Kremlin said 40 tanks moved.") == "Russia"
    assert claim_entity("Imports from the U.S. rose.") == "United States"
    assert claim_entity("Nothing here.") is None


def test_the_reporters_own_country_is_the_entity_when_no_other_place_is_named() -> None:
    [claim] = extract_claims(
        "Belarus's statistics committee forecast economic growth of 3.5 percent for 2026.",
        "2025-12-01",
    )
    assert claim.attributed_to is not None
    assert candidate_key(claim) == "auto.belarus.percent.projected"
