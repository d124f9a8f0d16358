"""The gold-file scorer: loading, matching, field accuracy, and agreement with the reference."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from indicators.claims import Claim
from indicators.errors import InputError
from indicators.evaluate import FIELDS, EvalReport, GoldItem, evaluate, load_gold

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_claims.py"
DEV_SET = REFERENCE.parent / "dev_claims.jsonl"

SHIPS = "The yard delivered 12 frigates in 2024, the navy said."
DRONES = "The factory can make up to 100,000 units annually."
TRAP = "The Su-35 flew over the G7 summit on 14 March."


def gold_claim(text: str, mention: str, value: float, unit: str, **fields: Any) -> dict[str, Any]:
    start = text.index(mention)
    claim: dict[str, Any] = {
        "mention": mention,
        "span": [start, start + len(mention)],
        "value": value,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "unit": unit,
        "unit_kind": "count",
        "per": None,
        "modality": "actual",
        "observed_on": None,
        "attributed_to": None,
    }
    claim.update(fields)
    return claim


def trap(text: str, mention: str, kind: str) -> dict[str, Any]:
    start = text.index(mention)
    return {"mention": mention, "span": [start, start + len(mention)], "kind": kind}


def small_gold() -> list[dict[str, Any]]:
    return [
        {
            "id": "t1",
            "text": SHIPS,
            "published_on": "2025-01-10",
            "claims": [
                gold_claim(SHIPS, "12", 12.0, "frigate", observed_on="2024", attributed_to="navy")
            ],
            "tags": ["period", "attribution"],
            "traps": [trap(SHIPS, "2024", "date")],
        },
        {
            "id": "t2",
            "text": DRONES,
            "published_on": "2025-01-10",
            "claims": [
                gold_claim(
                    DRONES,
                    "up to 100,000",
                    100000.0,
                    "drone",
                    unit_alt=["unit"],
                    qualifier="at_most",
                    high=100000.0,
                    per="year",
                    modality="capacity",
                )
            ],
            "tags": ["bound", "generic_unit"],
            "traps": [],
        },
        {
            "id": "t3",
            "text": TRAP,
            "published_on": "2025-03-20",
            "claims": [],
            "tags": ["trap-only"],
            "traps": [
                trap(TRAP, "Su-35", "model"),
                trap(TRAP, "G7", "name"),
                trap(TRAP, "14 March", "date"),
            ],
        },
    ]


def write_gold(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def gold_items(tmp_path: Path) -> list[GoldItem]:
    return load_gold(write_gold(tmp_path / "gold.jsonl", small_gold()))


def as_claim(g: dict[str, Any], **changes: Any) -> Claim:
    fields = {
        "mention": g["mention"],
        "span": tuple(g["span"]),
        "value": g["value"],
        "low": g["low"],
        "high": g["high"],
        "qualifier": g["qualifier"],
        "unit": g["unit"],
        "unit_kind": g["unit_kind"],
        "per": g["per"],
        "modality": g["modality"],
        "period": g["observed_on"],
        "attributed_to": g["attributed_to"],
    }
    fields.update(changes)
    return Claim(**fields)


def echo_gold(
    rows: list[dict[str, Any]],
    change: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None,
) -> Callable[[str, str], list[Claim]]:
    """A fake extractor that returns each text's gold claims, optionally changed."""
    by_text = {r["text"]: r for r in rows}

    def extract(text: str, published_on: str) -> list[Claim]:
        row = by_text[text]
        return [as_claim(g, **(change(row["id"], g) if change else {})) for g in row["claims"]]

    return extract


# ----------------------------------------------------------------------------- scoring
def test_perfect_extractor_scores_one(gold_items: list[GoldItem]) -> None:
    report = evaluate(gold_items, echo_gold(small_gold()))
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert (report.n_items, report.n_gold, report.n_pred, report.n_matched) == (3, 2, 2, 2)
    assert report.field_accuracy == {**dict.fromkeys(FIELDS, 1.0), "all": 1.0}
    assert report.trap_only_fp == 0
    assert report.failures() == []
    assert report.format().splitlines()[-1] == (
        "F1=1.00 P=1.00 R=1.00 unit=1.00 kind=1.00 per=1.00 qual=1.00 bounds=1.00 "
        "modality=1.00 obs=1.00 attr=1.00 all=1.00 trapFP=0 trapHits=0"
    )


def test_wrong_value_is_a_miss_and_a_false_positive(gold_items: list[GoldItem]) -> None:
    def wrong(item_id: str, g: dict[str, Any]) -> dict[str, Any]:
        return {"value": 120.0} if item_id == "t1" else {}

    report = evaluate(gold_items, echo_gold(small_gold(), wrong))
    assert (report.n_pred, report.n_matched) == (2, 1)
    assert (report.precision, report.recall) == (0.5, 0.5)
    lines = report.failures()
    assert lines[0] == "== t1 [period, attribution] published_on=2025-01-10"
    assert [line.split()[0] for line in lines[2:]] == ["FP", "MISS"]
    assert lines[2].startswith("  FP    '12' value=120.0 unit='frigate'")
    assert "[trap:" not in lines[2]


def test_wrong_unit_lowers_unit_accuracy_only(gold_items: list[GoldItem]) -> None:
    def wrong(item_id: str, g: dict[str, Any]) -> dict[str, Any]:
        return {"unit": "ship"} if item_id == "t1" else {}

    report = evaluate(gold_items, echo_gold(small_gold(), wrong))
    assert report.f1 == 1.0
    assert report.field_accuracy["unit"] == 0.5
    assert report.field_accuracy["all"] == 0.5
    assert all(report.field_accuracy[f] == 1.0 for f in FIELDS if f != "unit")
    assert report.failures()[2] == "  FIELD '12': unit: gold='frigate' pred='ship'"


@pytest.mark.parametrize("unit", ["unit", "units", "drone", "Drones"])
def test_unit_alt_and_plurals_are_accepted(gold_items: list[GoldItem], unit: str) -> None:
    report = evaluate(gold_items, echo_gold(small_gold(), lambda _, g: {"unit": unit}))
    assert report.field_accuracy["unit"] == 0.5  # t1's frigate is never a drone/unit
    assert report.results[1].wrong_fields(0, 0) == []


@pytest.mark.parametrize(
    ("predicted", "right"),
    [("the navy", True), ("Russia's navy", True), ("Navy", True), ("army", False), (None, False)],
)
def test_attribution_matches_by_word_containment(
    gold_items: list[GoldItem], predicted: str | None, right: bool
) -> None:
    report = evaluate(
        gold_items, echo_gold(small_gold(), lambda _, g: {"attributed_to": predicted})
    )
    assert ("attributed_to" not in report.results[0].wrong_fields(0, 0)) is right


def test_bounds_need_both_low_and_high(gold_items: list[GoldItem]) -> None:
    report = evaluate(gold_items, echo_gold(small_gold(), lambda _, g: {"low": g["high"]}))
    assert report.field_accuracy["bounds"] == 0.5  # t1 has no bounds, t2 gains a wrong low


def test_prediction_on_a_trap_only_item_counts(gold_items: list[GoldItem]) -> None:
    def extract(text: str, published_on: str) -> list[Claim]:
        if text != TRAP:
            return echo_gold(small_gold())(text, published_on)
        start = TRAP.index("35")
        return [Claim(mention="35", span=(start, start + 2), value=35.0, unit="su")]

    report = evaluate(gold_items, extract)
    assert report.trap_only_fp == 1
    assert report.trap_only_fp_items == ("t3",)
    assert report.trap_hits == {"model": 1}
    assert report.trap_hits_total == 1
    assert report.precision == pytest.approx(2 / 3)
    assert "trapFP=1 trapHits=1" in report.format()
    assert report.failures()[-1].endswith("[trap: model]")


def test_span_outside_the_text_falls_back_to_the_mention(gold_items: list[GoldItem]) -> None:
    report = evaluate(gold_items, echo_gold(small_gold(), lambda _, g: {"span": (500, 502)}))
    assert report.n_matched == 2


def test_recall_by_tag_leaves_out_trap_only(gold_items: list[GoldItem]) -> None:
    report = evaluate(gold_items, echo_gold(small_gold(), lambda i, g: {"value": -1.0}))
    assert report.recall_by_tag == {
        "attribution": 0.0,
        "bound": 0.0,
        "generic_unit": 0.0,
        "period": 0.0,
    }


def test_json_summary_round_trips(gold_items: list[GoldItem]) -> None:
    report = evaluate(gold_items, echo_gold(small_gold()))
    data = json.loads(report.to_json())
    assert data == report.as_dict()
    assert (data["f1"], data["matched"], data["field_accuracy"]["unit"]) == (1.0, 2, 1.0)


def test_extractor_errors_name_the_item(gold_items: list[GoldItem]) -> None:
    def broken(text: str, published_on: str) -> list[Claim]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as info:
        evaluate(gold_items, broken)
    assert info.value.__notes__[0].startswith("while extracting item t1:")


def test_empty_gold_reports_zeros() -> None:
    report = evaluate([], echo_gold([]))
    assert isinstance(report, EvalReport)
    assert (report.precision, report.recall, report.f1) == (0.0, 0.0, 0.0)
    assert report.field_accuracy["unit"] is None
    assert "unit=n/a" in report.summary_line()


# ----------------------------------------------------------------------------- loading
def test_missing_span_is_found_from_the_mention(tmp_path: Path) -> None:
    rows = small_gold()
    del rows[0]["claims"][0]["span"]
    items = load_gold(write_gold(tmp_path / "gold.jsonl", rows))
    assert items[0].claim_span(0) == (19, 21)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "x1", "text": ', "not valid JSON (Expecting value at column 22)"),
        ("[1, 2]", "expected a JSON object, got list"),
        (
            '{"id": "x1", "text": "a", "published_on": "2025-01-01"}',
            "item x1: missing key claims",
        ),
    ],
)
def test_broken_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(small_gold()[0]) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert (info.value.line, info.value.problem) == (3, problem)
    assert str(info.value) == f"{path}:3: {problem}"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: c.pop("unit"), "item t1: missing key claims[0].unit"),
        (lambda c: c.update(unit_kind="money"), "item t1: claims[0].unit_kind: Input should be"),
        (lambda c: c.update(span=[0, 2]), "item t1: claims[0]: span [0, 2] holds 'Th'"),
        (lambda c: c.update(observed="2024"), "item t1: unknown key claims[0].observed"),
    ],
)
def test_bad_claim_is_one_clear_message(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], problem: str
) -> None:
    rows = small_gold()
    change(rows[0]["claims"][0])
    with pytest.raises(InputError) as info:
        load_gold(write_gold(tmp_path / "gold.jsonl", rows))
    assert info.value.line == 1
    assert info.value.problem.startswith(problem)
    assert "\n" not in str(info.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    rows = small_gold()
    rows[1]["id"] = "t1"
    with pytest.raises(InputError, match=r"gold.jsonl:2: duplicate item id 't1'"):
        load_gold(write_gold(tmp_path / "gold.jsonl", rows))


# ----------------------------------------------------------------------------- reference
PERTURBED_EXTRACTOR = '''
"""Gold claims with deterministic damage, for comparing two scorers."""
import json
from indicators.claims import Claim

_BY_TEXT = {}
_k = 0
with open(GOLD, encoding="utf-8") as _f:
    _items = [json.loads(_line) for _line in _f]
for _item in _items:
    _preds = []
    for _g in _item["claims"]:
        _k += 1
        if _k % 3 == 0:
            continue  # a miss
        _c = dict(mention=_g["mention"], span=tuple(_g["span"]), value=_g["value"],
                  low=_g["low"], high=_g["high"], qualifier=_g["qualifier"], unit=_g["unit"],
                  unit_kind=_g["unit_kind"], per=_g["per"], modality=_g["modality"],
                  period=_g["observed_on"], attributed_to=_g["attributed_to"])
        if _k % 5 == 0:
            _c["unit"] = "widgets" if _k % 10 else (_g.get("unit_alt") or ["unit"])[0] + "s"
        if _k % 7 == 0:
            _c["period"] = None if _c["period"] else "2025"
            _c["attributed_to"] = "the " + _g["attributed_to"] if _g["attributed_to"] else "Reuters"
        if _k % 11 == 0:
            _c["span"] = (10**6, 10**6 + 1)  # located through the mention instead
        if _k % 13 == 0:
            _c["value"] = _g["value"] * 2  # a miss and a false positive
        if _k % 17 == 0:
            _c["low"] = 1.0
        _preds.append(_c)
    for _j, _t in enumerate(_item["traps"]):
        if (_k + _j) % 2 == 0:
            _preds.append(dict(mention=_t["mention"], span=tuple(_t["span"]), value=7.0, unit="x"))
    _BY_TEXT[_item["text"]] = _preds


def extract(text, published_on):
    return [Claim(**c) for c in _BY_TEXT[text]]
'''


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference scorer is not present")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    adapter = tmp_path / "perturbed.py"
    adapter.write_text(f"GOLD = {str(DEV_SET)!r}\n" + PERTURBED_EXTRACTOR, encoding="utf-8")
    summary = tmp_path / "summary.json"
    command = [sys.executable, str(REFERENCE), "--gold", str(DEV_SET), "--json", str(summary)]
    subprocess.run([*command, "--extractor", f"{adapter}:extract"], check=True, capture_output=True)
    expected = json.loads(summary.read_text(encoding="utf-8"))

    spec = importlib.util.spec_from_file_location("perturbed_extractor", adapter)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ours = evaluate(load_gold(DEV_SET), module.extract).as_dict()

    assert 0.3 < ours["f1"] < 0.95  # the damage is real, so the comparison means something
    assert ours["trap_hits_total"] > 0
    for key in ("gold", "predicted", "matched", "unlocated", "invalid", "trap_hits_total"):
        assert ours[key] == expected[key], key
    for key in ("trap_only_false_positives", "trap_only_items_hit", "trap_hits"):
        assert ours[key] == expected[key], key
    for key in ("precision", "recall", "f1", "all_fields"):
        assert ours[key] == pytest.approx(expected[key]), key
    assert ours["field_accuracy"] == pytest.approx(expected["field_accuracy"])
    assert ours["recall_by_tag"] == pytest.approx(expected["recall_by_tag"])
