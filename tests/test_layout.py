"""Wrapped and twice-spaced text reads as the same text on one line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.extract import extract_claims
from indicators.layout import unwrap

PUB = "2025-06-01"

#: sentences of our own, each with figures whose fields depend on words around them
PARAGRAPHS = [
    "The plant in Brest produced about 40,000 drones last year and plans to make 100,000 "
    "a year by 2027, the ministry said.",
    "According to the agency, exports of crude rose 12% to 3.2 million barrels a day in "
    "March, while imports fell by 400,000 tonnes.",
    "Officials expect between 80 and 90 new launchers to be delivered in 2026, up from 35 "
    "in 2024, the defence ministry said on Tuesday.",
    "Halden Marine's first-quarter revenue rose 9 per cent to €2.1bn, and the company raised "
    "its full-year guidance to between €8bn and €8.5bn.",
    "Sunhaven Solar's 400 MW plant in Andalusia can power up to 300,000 homes, the company says.",
]


def _fields(text: str) -> list[tuple[object, ...]]:
    return [
        (c.value, c.low, c.high, c.qualifier, c.unit, c.per, c.modality, c.period, c.attributed_to)
        for c in extract_claims(text, PUB)
    ]


def _wrap(text: str, width: int, newline: str = "\n") -> str:
    """``text`` broken at the last space before every ``width`` characters."""
    return re.sub(rf"(.{{{max(width - 15, 1)},{width}}}?) ", rf"\1{newline}", text)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
@pytest.mark.parametrize("width", [50, 60, 72, 80])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_wrapped_paragraph_reads_as_one_line(paragraph: str, width: int, newline: str) -> None:
    wrapped = _wrap(paragraph, width, newline)
    assert newline in wrapped
    assert _fields(wrapped) == _fields(paragraph)
    for c in extract_claims(wrapped, PUB):
        assert wrapped[c.span[0] : c.span[1]] == c.mention  # spans are the original's


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_runs_of_spaces_and_tabs_read_as_one_space(paragraph: str) -> None:
    assert _fields(paragraph.replace(" ", "  ")) == _fields(paragraph)
    assert _fields(paragraph.replace(", ", ",\t")) == _fields(paragraph)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_no_break_spaces_between_words_read_as_spaces(paragraph: str) -> None:
    for nbsp in ("\u00a0", "\u202f"):
        spaced = re.sub(r"(?<!\d) | (?!\d)", nbsp, paragraph)
        assert nbsp in spaced
        assert _fields(spaced) == _fields(paragraph)


@pytest.mark.parametrize("nbsp", ["\u00a0", "\u202f"])
def test_a_no_break_space_that_groups_digits_stays(nbsp: str) -> None:
    text = f"The mill ground 480{nbsp}000 tonnes of wheat."
    assert unwrap(text) is None
    (c,) = extract_claims(text, PUB)
    assert (c.value, c.unit, c.mention) == (480_000, "tonne", f"480{nbsp}000")


def test_a_wrap_inside_a_qualified_figure_keeps_its_qualifier_and_span() -> None:
    text = "Satellite images show that the depot near Brest now holds about\n400,000 rounds."
    (c,) = extract_claims(text, PUB)
    assert (c.value, c.qualifier, c.unit) == (4e5, "approximate", "round")
    assert c.mention == "about\n400,000" and text[c.span[0] : c.span[1]] == c.mention


@pytest.mark.parametrize(
    "text",
    [
        "Output rose 5%.\nImports fell 3%.",  # a sentence end
        "Totals:\n- 400 tanks\n- 300 guns",  # a label, then list lines
        "Belarus drone plant\nThe plant makes 40,000 drones.",  # a short title line
        "Minsk Retools Two Plants for Drone Output\nThe plant makes 40,000 drones.",
        "A paragraph ends here\n\nand another starts",  # a blank line
        "# Heading\nText",
        "“We will hire 300 people.”\nThe firm said so.",  # a quote closed after its full stop
    ],
)
def test_a_line_break_that_ends_something_stays(text: str) -> None:
    out = unwrap(text)
    assert out is None or out[0].count("\n") == text.count("\n")


def test_plain_text_is_not_copied() -> None:
    assert unwrap("Exports rose 5% to $3bn in 2024.") is None


def test_the_map_back_finds_each_character_of_the_clean_text() -> None:
    text = "a  plant\nmaking 100,000\r\nunits a year.\n\nNew   paragraph\there"
    clean, back = unwrap(text) or (text, lambda i: i)
    assert clean == "a plant making 100,000 units a year.\n\nNew paragraph here"
    assert all(text[back(i)] == ch for i, ch in enumerate(clean) if not ch.isspace())
    assert back(len(clean)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab12,. \t\n\r:-#\u00a0\u202f")), max_size=60))
def test_the_map_back_holds_on_any_text(text: str) -> None:
    out = unwrap(text)
    if out is None:
        return
    clean, back = out
    assert all(text[back(i)] == ch for i, ch in enumerate(clean) if not ch.isspace())
    assert back(len(clean)) == len(text)
    offsets = [back(i) for i in range(len(clean) + 1)]
    assert offsets == sorted(offsets)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(PARAGRAPHS),
    st.integers(min_value=50, max_value=90),
    st.lists(st.sampled_from([" ", "  ", "\t", " \t "]), min_size=1, max_size=20),
)
def test_any_wrapping_and_spacing_reads_the_same(
    paragraph: str, width: int, gaps: list[str]
) -> None:
    words = _wrap(paragraph, width).split(" ")
    spaced = words[0] + "".join(gaps[i % len(gaps)] + w for i, w in enumerate(words[1:]))
    assert _fields(spaced) == _fields(paragraph)
    for c in extract_claims(spaced, PUB):
        assert spaced[c.span[0] : c.span[1]] == c.mention
