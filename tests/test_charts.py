"""Charts: a PNG per indicator that says what, in which unit, from whom."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image
import pytest

from indicators.charts import _footnote, _source_numbers, chart_indicator, unit_label
from indicators.store import Store

from .conftest import CATALOG, SEED


@pytest.mark.parametrize(
    ("unit", "kind", "per", "label"),
    [
        ("round", "count", "year", "rounds per year"),
        ("enterprise", "count", None, "enterprises"),
        ("USD", "currency", None, "USD"),
        ("percent", "percent", None, "percent"),
        ("cubic_metre", "physical", "month", "cubic metres per month"),
        ("battery", "count", None, "batteries"),
        ("degree_celsius", "physical", None, "°C"),
    ],
)
def test_unit_label(unit: str, kind: str, per: str | None, label: str) -> None:
    assert unit_label(unit, kind, per) == label


def test_a_single_point_chart_is_written_and_names_its_source(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb", catalog=CATALOG) as store:
        store.ingest([SEED])
        out = chart_indicator(store, "belarus.oreshnik_launchers", tmp_path / "c.png")
        points = store.series("belarus.oreshnik_launchers")
    image = matplotlib.image.imread(out)
    assert image.shape[0] > 600 and image.shape[1] > 1000
    note = _footnote(_source_numbers(points), points)
    assert note == "Sources:\n[1] NextFin, reported 2025-12-17 (date read from the article text)"


def test_the_footnote_flags_synthetic_articles_and_converted_rates(sample_store: Store) -> None:
    points = sample_store.series("belarus.munitions_supplied_to_russia")
    note = _footnote(_source_numbers(points), points)
    assert "Includes SYNTHETIC sample articles (fictional publishers): not real reporting." in note
    assert "stated as 40,000 rounds per month; converted to the series unit" in note
    assert note.count("\n[") + note.startswith("[") >= 3


def test_charts_are_reproducible(sample_store: Store, tmp_path: Path) -> None:
    a = chart_indicator(sample_store, "belarus.munitions_supplied_to_russia", tmp_path / "a.png")
    b = chart_indicator(sample_store, "belarus.munitions_supplied_to_russia", tmp_path / "b.png")
    assert a.read_bytes() == b.read_bytes()


def test_an_indicator_with_no_points_still_draws(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb", catalog=CATALOG) as store:
        out = chart_indicator(store, "belarus.oreshnik_launchers", tmp_path / "empty.png")
        assert store.series("belarus.oreshnik_launchers").height == 0
    assert out.stat().st_size > 10_000
