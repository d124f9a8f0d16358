"""The public API stays small, sorted and importable."""

from __future__ import annotations

import indicators


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert indicators.__all__ == sorted(indicators.__all__)
    for name in indicators.__all__:
        assert getattr(indicators, name) is not None


def test_extract_claims_is_the_documented_entry_point() -> None:
    [claim] = indicators.extract_claims("Roughly 480,000 artillery rounds per year.")
    assert (claim.value, claim.unit, claim.per, claim.qualifier) == (
        480000.0,
        "round",
        "year",
        "approximate",
    )
