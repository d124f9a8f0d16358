"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators.dates import (
    _TIME_RE,
    rate_period,
    resolve_month,
    time_expressions,
    time_matches,
    year_before,
)


def _points(sentence: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.kind, e.period) for e in time_expressions(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "kind", "period"),
    [
        ("exports fell in 2024", "2025-03-01", "2024", "point", "2024"),
        ("output rose last year", "2025-03-01", "last year", "point", "2024"),
        ("it plans to hire next year", "2025-11-06", "next year", "point", "2026"),
        ("about 170 this year", "2025-01-02", "this year", "point", "2025"),
        (
            "in the first quarter of 2025",
            "2025-05-15",
            "the first quarter of 2025",
            "point",
            "2025-Q1",
        ),
        ("in the fourth quarter", "2025-01-23", "the fourth quarter", "point", "2024-Q4"),
        ("in Q3", "2025-11-04", "Q3", "point", "2025-Q3"),
        ("in Q2 2025", "2025-07-24", "Q2 2025", "point", "2025-Q2"),
        ("second-quarter sales", "2025-07-18", "second-quarter", "point", "2025-Q2"),
        (
            "for the July–September quarter",
            "2025-10-30",
            "July–September quarter",
            "point",
            "2025-Q3",
        ),
        (
            "in the quarter ending March",
            "2025-05-08",
            "the quarter ending March",
            "point",
            "2025-Q1",
        ),
        ("at the end of September", "2025-11-03", "end of September", "point", "2025-09"),
        ("in December", "2025-01-31", "in December", "point", "2024-12"),
        ("on 1 July", "2025-07-22", "1 July", "point", "2025-07-01"),
        ("on December 17, 2025", "2025-12-20", "December 17, 2025", "point", "2025-12-17"),
        ("by April 2027", "2025-03-26", "April 2027", "point", "2027-04"),
        ("on Friday", "2025-01-15", "on Friday", "point", "2025-01-10"),
        ("on Friday", "2025-02-14", "on Friday", "point", "2025-02-14"),
        ("by the end of 2025", "2025-02-06", "2025", "point", "2025"),
        ("by the end of the year", "2025-02-14", "the end of the year", "point", "2025"),
        ("in fiscal 2024", "2025-01-15", "fiscal 2024", "point", "2024"),
        ("in FY25", "2025-01-15", "FY25", "point", "2025"),
        # a half-year, or the first months of a year, is its year
        ("in H1 2025", "2025-09-15", "H1 2025", "point", "2025"),
        ("in the first half", "2025-09-15", "the first half", "point", "2025"),
        ("in the second half", "2025-03-15", "the second half", "point", "2024"),
        (
            "in the first five months of the year",
            "2025-06-19",
            "the first five months of the year",
            "point",
            "2025",
        ),
        ("in the first 11 months", "2025-01-08", "the first 11 months", "point", "2024"),
        ("since August 2023", "2025-07-30", "August 2023", "block", None),
        ("since January", "2025-05-22", "since January", "block", None),
        ("between 2026 and 2032", "2025-03-18", "between 2026 and 2032", "block", None),
        ("in the 2023/24 season", "2025-03-18", "2023/24", "block", None),
        ("a design from the 1960s", "2025-04-11", "1960s", "block", None),
        ("it now stands", "2025-04-11", "now", "block", None),
        ("last week", "2025-03-12", "last week", "block", None),
        ("before the summer", "2025-03-03", "the summer", "block", None),
        ("up 1% from a year earlier", "2025-07-24", "a year earlier", "compare", "2024"),
        ("down 6.5% from December", "2025-02-03", "from December", "compare", "2024-12"),
        ("up 6.1 points from 2021", "2025-02-24", "2021", "compare", "2021"),
    ],
)
def test_time_expressions(
    sentence: str, published: str, text: str, kind: str, period: str | None
) -> None:
    assert (text, kind, period) in _points(sentence, published)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # a time expression opening a sentence is capitalised only for that reason
        ("Last year, exports rose to 9.1 million tonnes.", "2024"),
        ("Last month, LNG exports hit a record 9.1 million tonnes.", "2025-05"),
        ("This year, the army will buy 40 tanks.", "2025"),
        ("Next year's budget sets aside $9bn for defence.", "2026"),
        ("A year earlier, the figure was 4.1%.", "2024"),
        ('"Last year, we sold 400 cars," the chief executive said.', "2024"),
        # names keep their capitals: "May" opening a sentence is still the month
        ("May exports rose 4%.", "2025-05"),
    ],
)
def test_a_time_expression_opening_a_sentence(sentence: str, period: str) -> None:
    assert [e.period for e in time_expressions(sentence, "2025-06-01")][:1] == [period]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brent for August delivery settled at $86.10.",
        "Wheat for May shipment was quoted at $230 a tonne.",
        "The December contract rose 2% to $81.",
    ],
)
def test_a_contracts_delivery_month_is_no_time(sentence: str) -> None:
    assert time_expressions(sentence, "2025-06-01") == []


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("In mid-2023, the fleet numbered 120 ships.", "2023"),
        ("Output should recover by mid-2026.", "2026"),
        ("Prices rose 4% in mid-March.", "2025-03"),
    ],
)
def test_the_middle_of_a_year_or_month_lies_in_it(sentence: str, period: str) -> None:
    assert [e.period for e in time_expressions(sentence, "2025-06-01")] == [period]


def test_a_decade_in_its_middle_is_no_year() -> None:
    assert time_expressions("a mid-2020s target of 40 GW", "2025-06-01") == []


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # months from January on are the year to date, as "the first five months" are
        ("the deficit reached 1.7 trillion roubles in January-May", "2025"),
        ("exports rose 4% in January–October", "2024"),  # not yet over: last year's
        # (January to March is the first quarter; other spans of months are no period)
        ("exports rose 4% in January-March", "2025-Q1"),
        ("imports fell 3% in February-May", None),
    ],
)
def test_months_from_january_are_the_year_to_date(sentence: str, period: str | None) -> None:
    assert [e.period for e in time_expressions(sentence, "2025-06-01")] == [period]


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # a half as a modifier is read as "the first half" is: its year
        ("the fund posted a first-half return of 8.6%", "2025"),
        ("Second-half sales rose 4%", "2024"),  # read in June: last year's
    ],
)
def test_a_half_year_modifier_gives_its_year(sentence: str, period: str) -> None:
    assert [e.period for e in time_expressions(sentence, "2025-06-01")] == [period]


def test_relative_expressions_follow_the_last_period_named() -> None:
    got = _points(
        "GDP grew 1.4% in the first quarter of 2025, down from 4.5% in the previous quarter",
        "2025-05-15",
    )
    assert got[-1] == ("the previous quarter", "point", "2024-Q4")
    got = _points("9.6% in 2024 from 8.1% a year earlier", "2025-03-10")
    assert got[-1] == ("a year earlier", "point", "2023")


def test_month_after_publication_reads_forward_after_by() -> None:
    [expr] = time_expressions("it needs by November", "2025-07-22")
    assert expr.period == "2025-11"
    [expr] = time_expressions("output in July", "2025-05-29")
    assert (expr.period, expr.future_period) == ("2024-07", "2025-07")


@pytest.mark.parametrize("text", ["18:00", "Su-35", "COVID-19", "155mm", "page 14", "G7"])
def test_non_dates_are_not_time_expressions(text: str) -> None:
    assert time_expressions(text, "2025-01-01") == []


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    [expr] = time_expressions("output fell last year", None)
    assert (expr.kind, expr.period) == ("block", None)


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=6),
)
def test_weekdays_resolve_to_the_latest_on_or_before_publication(pub: date, wd: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    [expr] = time_expressions(f"the vote on {name}", pub)
    assert expr.period is not None
    got = date.fromisoformat(expr.period)
    assert got.weekday() == wd
    assert pub - timedelta(days=6) <= got <= pub


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=1, max_value=12),
)
def test_months_without_year_are_never_after_publication(pub: date, month: int) -> None:
    period = resolve_month(month, pub)
    assert period <= f"{pub.year:04d}-{pub.month:02d}"
    assert int(period[5:]) == month


@given(st.text(max_size=200), st.dates())
def test_arbitrary_text_never_raises(text: str, pub: date) -> None:
    for expr in time_expressions(text, pub):
        assert 0 <= expr.start < expr.end <= len(text)


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "period"),
    [
        ("exports fell 3% in May, the most since late 2019", "2019", "block", None),
        ("quotas apply from mid-April to the end of July", "end of July", "block", None),
        ("it sold 2 million tonnes in the previous season", "the previous season", "block", None),
        ("prices were 4% below their level a year earlier", "a year earlier", "compare", "2024"),
        ("the firm lifted its full-year outlook", "full-year", "point", "2025"),
        ("Full-year revenue rose 4%", "Full-year", "point", "2025"),
    ],
)
def test_more_time_expression_kinds(
    sentence: str, text: str, kind: str, period: str | None
) -> None:
    found = [t for t in time_expressions(sentence, "2025-06-18") if t.text == text]
    assert found and (found[0].kind, found[0].period) == (kind, period)


def test_full_year_early_in_a_year_is_the_year_before() -> None:
    (t,) = time_expressions("full-year profit doubled", "2025-02-10")
    assert (t.period, t.future_period) == ("2024", "2025")


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a half of a month lies in that month (a half-year is its year)
        ("exports in the first half of March", "2025-06-01", ("point", "2025-03")),
        ("rainfall in the second half of May 2023", "2025-06-01", ("point", "2023-05")),
        ("sales in the first half", "2025-06-01", ("point", "2025")),
        # three months that make a calendar quarter are that quarter, with or without
        # "quarter"; other spans of months are not periods
        ("borrowing in October–December", "2025-06-01", ("point", "2024-Q4")),
        ("output in January-March", "2025-06-01", ("point", "2025-Q1")),
        ("rain in May–July", "2025-06-01", ("block", None)),
        # "so far this year" is the year to date
        ("deaths so far this year", "2025-06-01", ("point", "2025")),
    ],
)
def test_halves_of_months_quarter_spans_and_year_to_date(
    text: str, pub: str, expected: tuple[str, str | None]
) -> None:
    got = [(t.kind, t.period) for t in time_expressions(text, pub)]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        # "the current quarter" is the quarter of publication
        ("bookings in the current quarter", "2025-08-10", "2025-Q3"),
        ("margins this current quarter", "2024-02-01", "2024-Q1"),
    ],
)
def test_the_current_quarter_is_the_quarter_of_publication(
    text: str, pub: str, period: str
) -> None:
    assert [t.period for t in time_expressions(text, pub)] == [period]


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ("2024-09", "2023-09"),
        ("2024-Q1", "2023-Q1"),
        ("2024", "2023"),
        ("2024-02-29", "2023-02-28"),
    ],
)
def test_year_before(period: str, before: str) -> None:
    assert year_before(period) == before


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        # "next April" is the first April after publication: next year's when read in
        # December, this year's when read in February, and a year on in its own month
        ("fares will rise next April", "2025-12-10", "2026-04"),
        ("the levy takes effect next May", "2026-02-03", "2026-05"),
        ("rents go up next March", "2025-03-02", "2026-03"),
    ],
)
def test_next_and_a_month_is_the_first_such_month_after_publication(
    text: str, pub: str, period: str
) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, pub)] == [("point", period)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a year to a month of a named year is the year it ends in, as "the year ended" is
        ("its forecast for the year to March 2027", "2027"),
        ("profit in the year to June 30, 2024", "2024"),
        ("orders in the year to September 2025", "2025"),
    ],
)
def test_the_year_to_a_month_of_a_named_year_is_that_year(text: str, period: str) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, "2025-11-04")] == [("point", period)]


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        # "the final quarter" is the fourth; "of last year" names the year it is read in
        ("shortages in the final quarter of last year", "2026-03-19", "2025-Q4"),
        ("sales in the final quarter", "2026-03-19", "2025-Q4"),
        ("exports in the fourth quarter of last year", "2026-11-20", "2025-Q4"),
        ("hiring in the first quarter of next year", "2026-11-20", "2027-Q1"),
    ],
)
def test_the_final_quarter_and_a_quarter_of_a_relative_year(
    text: str, pub: str, period: str
) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, pub)] == [("point", period)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # six or nine months to a month, inside one calendar year, are that year's part (as
        # "the first half" is); across two years they are no period of ours
        ("profit for the six months to December", "2025-02-20", ("point", "2024")),
        ("users added in the six months to September", "2026-11-12", ("point", "2026")),
        ("ounces mined in the nine months to September 30, 2024", "2025-02-20",
         ("point", "2024")),
        ("profit for the six months to March", "2025-05-20", ("block", None)),
    ],
)  # fmt: skip
def test_six_or_nine_months_to_a_month_within_a_year_are_that_year(
    text: str, pub: str, expected: tuple[str, str | None]
) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, pub)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a capitalised word inside a sentence names a programme or event
        ("a push that began with Made in China 2025", ("block", None)),
        ("under the kingdom's Vision 2030 plan", ("block", None)),
        # (a preposition capitalised as the sentence's first word still opens a time)
        ("Since 2022, the Treasury has acted", ("block", None)),
        ("exports rose in 2024", ("point", "2024")),
    ],
)
def test_a_year_after_a_capitalised_word_is_a_name(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, "2025-07-30")] == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        # a financial year told by its end in a relative clause is the year it ends in
        ("in the fiscal year that ended in March", "2026-04-09", "2026"),
        ("in the financial year which ended in June", "2025-09-01", "2025"),
    ],
)
def test_a_fiscal_year_that_ended_in_a_month_is_its_year(text: str, pub: str, period: str) -> None:
    assert [(t.kind, t.period) for t in time_expressions(text, pub)] == [("point", period)]


@pytest.mark.parametrize(
    ("text", "pub", "periods"),
    [
        # "three months earlier" counts back from the month or quarter named before it
        ("assets stood at £187bn at the end of December, up from £171bn three months earlier",
         "2024-01-18", ["2023-12", "2023-09"]),
        ("output in the third quarter, up from six months earlier", "2024-01-18",
         ["2023-Q3", "2023-Q1"]),
        ("the rate was 4% two months ago", "2024-01-18", ["2023-11"]),
    ],
)  # fmt: skip
def test_months_earlier_count_back_from_the_period_named(
    text: str, pub: str, periods: list[str]
) -> None:
    assert [t.period for t in time_expressions(text, pub)] == periods


@pytest.mark.parametrize(
    ("after", "before", "per"),
    [
        # a rate adjective on a singular payment names the rate of the figure after it
        ("", "at a monthly stipend of ", "month"),
        ("", "a weekly benefit of ", "week"),
        ("", "the annual pension of ", "year"),
        # …and a count before it is not that payment's rate
        (" intern teachers at a monthly stipend of KES 17,000", "", None),
    ],
)
def test_rate_adjectives_of_single_payments(after: str, before: str, per: str | None) -> None:
    assert rate_period(after, before) == per


_TIME_WORDS = [
    "in", "March", "2024", "last", "year", "the", "first", "quarter", "Q3", "3Q24", "1H",
    "on", "Monday", "since", "mid-2023", "2019-20", "FY25", "between", "and", "today",
    "by", "2100", "12", "May", "fiscal", "same", "period", "its", "November", "revenue",
    "a", "ago", "—", "‘", "é", "٣", "-", "/", "’s", "x",
]  # fmt: skip


def _finds(text: str) -> list[tuple[int, int]]:
    return [m.span("time") for m in time_matches(text)]


@pytest.mark.parametrize(
    "text",
    [
        "2024 and in March",  # a time at the sentence's start
        "2024,2025 2024-2025 2024/25 Q3 2024Q3",  # times a character apart
        "by 2100 in 2100 x2100 -2024 é2024 ‘2024’ 2024’s",
        "from March to June, since January — last year—next year",
        "\u00a0in May\u2009 2024\u3000today",  # non-ASCII text
        "",
        "no time at all",
    ],
)
def test_time_matches_finds_what_finditer_finds(text: str) -> None:
    assert _finds(text) == [m.span("time") for m in _TIME_RE.finditer(text)]


@given(
    st.lists(st.sampled_from(_TIME_WORDS), max_size=12),
    st.lists(st.sampled_from([" ", "", ", ", "."]), min_size=12, max_size=12),
)
def test_time_matches_finds_what_finditer_finds_in_any_words(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _finds(text) == [m.span("time") for m in _TIME_RE.finditer(text)]
