"""Series arithmetic: period dates and conversion to an indicator's unit."""

from __future__ import annotations

from datetime import date

import pytest

from indicators.catalog import Indicator, MatchRule
from indicators.series import convert_claim, period_bounds, period_granularity


@pytest.mark.parametrize(
    ("period", "bounds"),
    [
        ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("2024-Q1", (date(2024, 1, 1), date(2024, 3, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-12-17", (date(2025, 12, 17), date(2025, 12, 17))),
        (None, None),
        ("2025-13", None),
        ("soon", None),
    ],
)
def test_period_bounds(period: str | None, bounds: tuple[date, date] | None) -> None:
    assert period_bounds(period) == bounds


def test_period_granularity() -> None:
    assert [period_granularity(p) for p in ("2025", "2025-Q2", "2025-04", "2025-04-01", None)] == [
        "year", "quarter", "month", "day", None,
    ]  # fmt: skip


def indicator(
    unit: str, unit_kind: str, per: str | None, units: list[str] | None = None
) -> Indicator:
    return Indicator(
        id="x.y", name="Y", unit=unit, unit_kind=unit_kind, per=per,  # type: ignore[arg-type]
        match=MatchRule(cues=["y"], units=units or []),
    )  # fmt: skip


def test_a_monthly_rate_becomes_a_yearly_one() -> None:
    conv = convert_claim(
        40_000, 30_000, 50_000, "round", "count", "month", None, indicator("round", "count", "year")
    )
    assert (conv.value, conv.low, conv.high, conv.note) == (480_000, 360_000, 600_000, None)


def test_a_total_for_a_stated_year_is_that_years_rate() -> None:
    conv = convert_claim(
        30_000, None, None, "drone", "count", None, "2024", indicator("drone", "count", "year")
    )
    assert conv.value == 30_000


def test_a_total_for_a_quarter_is_not_annualised() -> None:
    conv = convert_claim(
        10, None, None, "drone", "count", None, "2024-Q2", indicator("drone", "count", "year")
    )
    assert (conv.value, conv.note) == (None, "a total for one quarter is not a rate per year")


@pytest.mark.parametrize(
    ("unit", "kind", "per", "period", "ind", "note"),
    [
        (
            "EUR",
            "currency",
            None,
            None,
            indicator("USD", "currency", None),
            "EUR cannot be converted to USD without an exchange rate",
        ),
        (
            "round",
            "count",
            None,
            None,
            indicator("round", "count", "year"),
            "no rate period stated; the indicator is per year",
        ),
        (
            "round",
            "count",
            "year",
            None,
            indicator("round", "count", None),
            "a rate per year, but the indicator is not a rate",
        ),
        (
            "percent",
            "percent",
            None,
            None,
            indicator("round", "count", None),
            "a percent (percent) cannot be expressed in round",
        ),
        ("tank", "count", None, None, indicator("round", "count", None), "tank is not round"),
        (
            "round",
            "count",
            None,
            "2025-03-02",
            indicator("round", "count", "year"),
            "a total for one day is not a rate per year",
        ),
        ("round", "count", None, "2025-03", indicator("round", "count", "month"), None),
    ],
)
def test_what_cannot_be_converted_is_flagged_not_mixed_in(
    unit: str, kind: str, per: str | None, period: str | None, ind: Indicator, note: str | None
) -> None:
    conv = convert_claim(5.0, None, None, unit, kind, per, period, ind)
    assert conv.note == note
    assert (conv.value is None) == (note is not None)


def test_counted_synonyms_listed_in_the_rule_convert_one_to_one() -> None:
    conv = convert_claim(
        7,
        None,
        None,
        "shell",
        "count",
        "year",
        None,
        indicator("round", "count", "year", ["round", "shell"]),
    )
    assert conv.value == 7


def test_physical_units_convert_through_the_units_library() -> None:
    conv = convert_claim(
        2.5,
        None,
        None,
        "kilotonne",
        "physical",
        "year",
        None,
        indicator("tonne", "physical", "year"),
    )
    assert conv.value == pytest.approx(2500)
