"""Extraction quality: the published results tables are current, and the bars hold."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from indicators.evaluate import EvalReport, evaluate, load_gold

from .conftest import REPO

BLOCK = re.compile(r"<!-- results:begin -->\n(.*?)<!-- results:end -->", re.S)
DOCS = ["README.md", "docs/extraction.md"]


def published_rows(doc: str) -> dict[str, str]:
    """Rows of the results table in a document, by the gold file they name."""
    block = BLOCK.search((REPO / doc).read_text(encoding="utf-8"))
    assert block is not None, f"{doc} has no results block"
    rows = re.findall(r"^\| `([^`]+)` \|.*$", block.group(1), flags=re.M)
    lines = re.findall(r"^\| `[^`]+` \|.*$", block.group(1), flags=re.M)
    return dict(zip(rows, lines, strict=True))


@cache
def report(rel: str) -> EvalReport:
    return evaluate(load_gold(REPO / rel))


def gold_sets() -> list[str]:
    return sorted(published_rows("README.md"))


@pytest.mark.parametrize("doc", DOCS)
@pytest.mark.parametrize("rel", gold_sets())
def test_the_published_results_are_what_the_extractor_scores_now(doc: str, rel: str) -> None:
    if not (REPO / rel).exists():
        pytest.skip(f"{rel} is not beside this checkout")
    assert published_rows(doc)[rel] == report(rel).table_row(f"`{rel}`"), (
        "stale results: run .venv/bin/python scripts/refresh_results.py"
    )


def test_every_repository_gold_set_is_published() -> None:
    in_repo = {f"eval/{p.name}" for p in (REPO / "eval").glob("*.jsonl")}
    assert in_repo <= set(gold_sets())


@pytest.mark.parametrize("rel", ["../shared/eval/dev_claims.jsonl", "eval/holdout_a.jsonl"])
def test_the_bars_hold_on_the_sets_used_for_tuning(rel: str) -> None:
    if not (REPO / rel).exists():
        pytest.skip(f"{rel} is not beside this checkout")
    r = report(rel)
    acc = r.field_accuracy
    assert r.precision >= 0.97 and r.recall >= 0.93
    assert r.trap_only_fp == 0
    for name in ("unit", "per", "qualifier", "bounds"):
        assert (acc[name] or 0) >= 0.95, name
    for name in ("modality", "observed_on", "attributed_to"):
        assert (acc[name] or 0) >= 0.90, name


def test_the_seed_item_scores_perfectly_through_the_library_scorer(tmp_path: Path) -> None:
    dev = REPO / "../shared/eval/dev_claims.jsonl"
    if not dev.exists():
        pytest.skip("the shared dev set is not beside this checkout")
    seed = [line for line in dev.read_text(encoding="utf-8").splitlines() if '"seed"' in line]
    path = tmp_path / "seed.jsonl"
    path.write_text("\n".join(seed) + "\n", encoding="utf-8")
    r = evaluate(load_gold(path))
    assert (r.precision, r.recall, r.field_accuracy["all"]) == (1.0, 1.0, 1.0)
