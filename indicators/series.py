"""From claims to series: period dates, candidate keys, conversion to an indicator's unit.

A claim keeps what the text said.  To sit in a series it is converted to the
indicator's unit and rate period: per month → per year, a total for a stated year →
a yearly rate, tonnes ↔ kilotonnes through the units library.  A claim that cannot be
converted (another currency, a rate with no period) stays linked but gets a
`convert_note` and no `series_value`, so it is never silently mixed in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from indicators.catalog import Indicator

#: how many of each rate period make a year
PERIODS_PER_YEAR = {"year": 1.0, "quarter": 4.0, "month": 12.0, "week": 365.25 / 7, "day": 365.25}

_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$")


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of a period label (``2025``, ``2025-Q1``, ``2025-03``, ``2025-03-17``)."""
    if not period:
        return None
    m = _PERIOD.match(period)
    if m is None:
        return None
    year = int(m[1])
    try:
        if m[2]:
            q = int(m[2])
            return date(year, 3 * q - 2, 1), date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
        if m[4]:
            day = date(year, int(m[3]), int(m[4]))
            return day, day
        if m[3]:
            month = int(m[3])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def period_granularity(period: str | None) -> str | None:
    """The rate period a period label spans: ``2025`` → year, ``2025-Q1`` → quarter, …"""
    if not period:
        return None
    if "-Q" in period:
        return "quarter"
    return {4: "year", 7: "month", 10: "day"}.get(len(period))


@dataclass(frozen=True)
class Converted:
    """A claim's value in an indicator's unit and period, or why it has none."""

    value: float | None
    low: float | None
    high: float | None
    note: str | None = None


def convert_claim(
    value: float,
    low: float | None,
    high: float | None,
    unit: str,
    unit_kind: str,
    per: str | None,
    period: str | None,
    indicator: Indicator,
) -> Converted:
    """Express a claim in `indicator`'s unit and rate period."""
    factor = _unit_factor(unit, unit_kind, indicator)
    if isinstance(factor, str):
        return Converted(None, None, None, factor)
    if indicator.per is None and per is not None:
        return Converted(None, None, None, f"a rate per {per}, but the indicator is not a rate")
    if indicator.per is not None:
        rate = per
        if rate is None:
            # A total for a stated period equal to the indicator's rate period is that
            # period's rate ("30,000 drones in 2024" for a per-year series); a total for a
            # month or a day is not annualised: that would be an estimate of ours.
            granularity = period_granularity(period)
            if granularity is None:
                return Converted(
                    None, None, None, f"no rate period stated; the indicator is per {indicator.per}"
                )
            if granularity != indicator.per:
                return Converted(
                    None,
                    None,
                    None,
                    f"a total for one {granularity} is not a rate per {indicator.per}",
                )
            rate = granularity
        factor *= PERIODS_PER_YEAR[rate] / PERIODS_PER_YEAR[indicator.per]

    def scale(x: float | None) -> float | None:
        return None if x is None else x * factor

    return Converted(scale(value), scale(low), scale(high))


def _unit_factor(unit: str, unit_kind: str, indicator: Indicator) -> float | str:
    if unit == indicator.unit or (unit_kind == "count" and unit in indicator.match.units):
        return 1.0
    if unit_kind != indicator.unit_kind:
        return f"a {unit_kind} ({unit}) cannot be expressed in {indicator.unit}"
    if unit_kind == "currency":
        return f"{unit} cannot be converted to {indicator.unit} without an exchange rate"
    if unit_kind == "physical":
        from indicators.units import convert

        try:
            return convert(1.0, unit, indicator.unit)
        except ValueError as exc:
            return str(exc)
    return f"{unit} is not {indicator.unit}"
