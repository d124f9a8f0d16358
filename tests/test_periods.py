"""Which period dates which figure: time words that modify a noun, spans, running totals,
"until the end of", comparisons with an unstated period, and periods carried between
sentences.  Every sentence here was written for these tests, apart from all eval sets."""

from __future__ import annotations

import pytest

from indicators.dates import time_expressions
from indicators.extract import extract_claims


def _periods(text: str, published: str) -> list[str | None]:
    return [c.period for c in extract_claims(text, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a quarter opening a sentence, capitalised
        ("Third-quarter revenue climbed 11% to $4.2bn.", "2025-11-05", ["2025-Q3", "2025-Q3"]),
        ("First quarter deliveries were 380 jets.", "2024-04-20", ["2024-Q1"]),
        # a month modifying a noun, owned or owning
        ("Its October shipments rose to 61,000 tonnes.", "2025-11-12", ["2025-10"]),
        ("January's trade surplus widened to $9.1 billion.", "2026-02-20", ["2026-01"]),
        ("The March figures put the deficit at £12bn.", "2025-04-23", ["2025-03"]),
        # …but not the month a report or meeting was published or held
        ("In its May report the agency put demand at 104 million barrels a day.", "2025-06-11",
         [None]),
        # "a year earlier" after a quarter: the same quarter a year before
        (
            "Fourth-quarter orders reached €2.6bn, against €2.1bn a year earlier.",
            "2025-02-06",
            ["2024-Q4", "2023-Q4"],
        ),
    ],
)  # fmt: skip
def test_time_words_that_modify_a_noun_date_its_figures(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a span between two dates has no period, nor its comparison base
        (
            "Grain arrivals totalled 2.4 million tonnes between 1 July and 30 November, down"
            " from 2.9 million tonnes in the same period a year earlier.",
            "2025-12-03",
            [None, None],
        ),
        # "until the end of the year" dates a need like "by the end of the year" does
        ("The agency needs $640 million to keep its clinics open until the end of the year.",
         "2025-05-14", ["2025"]),
        ("The programme will pay out €3bn until the end of 2027.", "2025-05-14", ["2027"]),
        # "since the end of …" stays a span
        ("Prices have risen 14% since the end of 2023.", "2025-05-14", [None]),
    ],
)  # fmt: skip
def test_spans_and_ends_of_periods(sentence: str, published: str, period: list[str | None]) -> None:
    assert _periods(sentence, published) == period


def test_between_two_dates_sets_no_anchor_for_a_later_comparison() -> None:
    exprs = time_expressions(
        "between 3 March and 9 April, 12% more than a year earlier", "2025-06-01"
    )
    assert [(e.kind, e.period) for e in exprs] == [("block", None)] * 2 + [("compare", "2024")]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a running total takes the period of the clause it closes…
        (
            "Poland installed 2.3 gigawatts of solar panels last year, lifting total solar"
            " generation capacity to 21 gigawatts.",
            "2026-01-20",
            ["2025", "2025"],
        ),
        # …or a time in its own clause
        (
            "Some 640 migrants landed on Lampedusa on Sunday, taking the number of arrivals"
            " this year to 38,200.",
            "2025-07-08",
            ["2025-07-06", "2025"],
        ),
        # …but not a single day, which dates the event rather than the total
        (
            "Canada listed 17 more vessels on Friday, bringing the number it has sanctioned"
            " to 220.",
            "2025-03-03",
            ["2025-02-28", None],
        ),
    ],
)
def test_running_totals(sentence: str, published: str, period: list[str | None]) -> None:
    assert _periods(sentence, published) == period


def test_a_capacity_in_the_next_sentence_does_not_take_the_reported_year() -> None:
    text = (
        "The terminal handled 14.6 million tonnes of LNG last year, the port authority said."
        " The authority added that the terminal can handle up to 60,000 tonnes a day."
    )
    assert _periods(text, "2025-02-10") == ["2024", None]
