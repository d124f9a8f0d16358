"""Numbers as news prose writes them: digits, separators, words and scales."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators.extract import extract_claims
from indicators.numbers import (
    NUMBER_PATTERN,
    format_number,
    parse_number,
    parse_word_number,
)

NUMBER_RE = re.compile(NUMBER_PATTERN)


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("480,000", 480_000),
        ("480 000", 480_000),
        ("480\u00a0000", 480_000),
        ("480\u202f000", 480_000),
        ("1,234,567.89", 1_234_567.89),
        ("3.2", 3.2),
        ("3.2m", 3_200_000),
        ("3bn", 3_000_000_000),
        ("45 mn", 45_000_000),
        ("850k", 850_000),
        ("1.3 trillion", 1.3e12),
        ("156 thousand", 156_000),
        ("2.5 tn", 2.5e12),
    ],
)
def test_digits_with_separators_and_scales(surface: str, value: float) -> None:
    assert parse_number(surface) == pytest.approx(value)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ten", 10),
        ("twenty-five", 25),
        ("forty two", 42),
        ("three hundred and twenty", 320),
        ("one hundred thousand", 100_000),
        ("twenty-five thousand", 25_000),
        ("two million", 2_000_000),
        ("a dozen", 12),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
        ("a quarter of a", 0.25),
        ("a hundred", 100),
        ("nineteen", 19),
        ("two hundred thousand", 200_000),
    ],
)
def test_number_words(words: str, value: float) -> None:
    assert parse_word_number(words) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "dozens", "several", "1.2.3x"])
def test_parse_number_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


@pytest.mark.parametrize("text", ["tenth", "tens of thousands", "dozens", "second", "fiftieth"])
def test_the_pattern_does_not_read_ordinals_or_vague_words(text: str) -> None:
    assert NUMBER_RE.fullmatch(text) is None


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["plain", "comma", "space", "nbsp", "nnbsp"]),
)
def test_formatted_integers_parse_back(n: int, style: str) -> None:
    surface = format_number(n, style)
    assert NUMBER_RE.fullmatch(surface) is not None
    assert parse_number(surface) == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["k", "m", "bn", "tn", " thousand", " million", " billion", " trillion"]),
)
def test_decimals_with_scales_parse_back(whole: int, cents: int, scale: str) -> None:
    mult = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12}.get(scale.strip()) or {
        "thousand": 1e3,
        "million": 1e6,
        "billion": 1e9,
        "trillion": 1e12,
    }[scale.strip()]
    surface = f"{whole}.{cents:02d}{scale}"
    assert parse_number(surface) == pytest.approx((whole + cents / 100) * mult)


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """Spell 1..999 the British way ("three hundred and twenty")."""
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(f"{_ONES[h - 1]} hundred")
    if rest:
        if h:
            parts.append("and")
        if rest < 10:
            parts.append(_ONES[rest - 1])
        elif rest < 20:
            parts.append(_TEENS[rest - 10])
        else:
            t, o = divmod(rest, 10)
            parts.append(_TENS[t - 2] + (f"-{_ONES[o - 1]}" if o else ""))
    return " ".join(parts)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["", " thousand", " million"]))
def test_spelled_numbers_parse_back(n: int, scale: str) -> None:
    surface = _words(n) + scale
    assert NUMBER_RE.fullmatch(surface) is not None, surface
    mult = {"": 1, " thousand": 1_000, " million": 1_000_000}[scale]
    assert parse_number(surface) == n * mult


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare first bound before a percent is a range, after a verb of change too
        ("Prices rose 5 to 7 per cent.", [("5 to 7 per cent", 5.0, 7.0, "range")]),
        ("Revenue is expected to grow 4 to 6% this year.", [("4 to 6%", 4.0, 6.0, "range")]),
        # (a change too large for a range stays a level: "rose 0.5 to 2.1%")
        ("Inflation rose 0.5 to 2.1%.", [("2.1%", None, None, "exact")]),
        # "circa" and "c." approximate
        ("The fleet numbers circa 600 ships.", [("circa 600", None, None, "approximate")]),
        ("The strike involved c. 4,000 workers.", [("c. 4,000", None, None, "approximate")]),
    ],
)  # fmt: skip
def test_bare_bounds_before_a_percent_and_circa(
    sentence: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    claims = extract_claims(sentence, "2025-06-01")
    assert [(c.mention, c.low, c.high, c.qualifier) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter or three quarters of a scale word is that share of it, never the scale
        # word alone ("a million" had been read out of "a quarter of a million")
        ("A quarter of a million people marched.", [("A quarter of a million", 250000.0)]),
        ("Three-quarters of a million people fled.",
         [("Three-quarters of a million", 750000.0)]),
        ("Rates rose by a quarter of a percentage point to 4.5%.",
         [("a quarter of a percentage point", 0.25), ("4.5%", 4.5)]),
    ],
)  # fmt: skip
def test_quarters_of_a_scale_word(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.mention, c.value) for c in extract_claims(sentence, "2025-06-01")] == expected


@pytest.mark.parametrize(
    "sentence",
    ["A third of a million people fled.", "Two-thirds of a billion dollars was spent."],
)
def test_other_fractions_of_a_scale_word_are_no_claim(sentence: str) -> None:
    # (never the scale word alone: "a million" out of "a third of a million")
    assert extract_claims(sentence, "2025-06-01") == []
