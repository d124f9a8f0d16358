"""The pattern helpers: alternation() and any_case() match what they stand in for."""

from __future__ import annotations

import re
import sys

import pytest

from indicators import candidates, dates, modality_cues
from indicators.numbers import NUMBER_WORD_START
from indicators.words import (
    CASE_VARIANTS,
    WordStartSearch,
    alternation,
    any_case,
    fold,
    not_after,
    scan_after,
)


def test_case_variants_are_every_character_ignorecase_equates_with_an_ascii_letter() -> None:
    letter = re.compile("(?i:[a-z])")
    found: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch) and not ("a" <= ch.lower() <= "z" and ch.isascii()):
            matched = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(f"(?i:{c})", ch))
            found.setdefault(matched, set()).add(ch)
    assert {c: "".join(sorted(v)) for c, v in found.items()} == {
        c: "".join(sorted(v)) for c, v in CASE_VARIANTS.items()
    }


@pytest.mark.parametrize("word", ["one", "six", "thi", "Kilo", "ask"])
def test_any_case_matches_what_ignorecase_matches(word: str) -> None:
    ours = re.compile(alternation(any_case(word)))
    theirs = re.compile(f"(?i:{word})")
    letters = [sorted({c.lower(), c.upper(), *CASE_VARIANTS.get(c.lower(), "")}) for c in word]
    variants = [""]
    for options in letters:
        variants = [v + o for v in variants for o in options]
    for text in [*variants, word + "x", "x" + word, word[:-1]]:
        assert bool(ours.fullmatch(text)) == bool(theirs.fullmatch(text)), text


def test_number_word_start_is_the_case_insensitive_prefix_list() -> None:
    prefixes = "one|two|thr|fou|fiv|six|sev|eig|nin|ten|ele|twe|thi|fif|for|hal|zer"
    theirs = re.compile(rf"(?i:{prefixes}|an?\s+[dhtmbq])")
    ours = re.compile(NUMBER_WORD_START)
    samples = [
        "One", "TWO", "tHr", "ſix", "sıx", "SİX", "nİne", "a dozen", "An\u00a0hundred", "A MILLION",
        "the", "and", "for", "Fou", "zer", "half", "a year", "an apple", "on", "tw", "a  q",
    ]  # fmt: skip
    for text in samples:
        assert bool(ours.match(text)) == bool(theirs.match(text)), text


def test_alternation_groups_without_changing_what_matches() -> None:
    alts = ["[Ii]n\\s+May", "in\\s+recent", "its\\s", "[Tt]he\\s+year", "Q[1-4]", "\\d\\d"]
    ours = re.compile(f"(?:{alternation(alts)})")
    theirs = re.compile(f"(?:{'|'.join(alts)})")
    for text in [
        "In May",
        "in May",
        "in recent",
        "its ",
        "The year",
        "the year",
        "Q3",
        "42",
        "IN May",
    ]:
        assert bool(ours.fullmatch(text)) == bool(theirs.fullmatch(text)), text


def test_fold_reads_ignorecase_variants_as_their_ascii_letter() -> None:
    assert fold("İndian") == "indian"
    assert fold("laſt") == "last"
    assert fold("\u212aM") == "km"
    assert "İndian".lower() != "indian"  # why fold exists


@pytest.mark.parametrize(
    "caseless, twin",
    [
        (dates._COMPARE_PREFIX_RE, dates._COMPARE_PREFIX_LOWER_RE),
        (dates._RATE_RE, dates._RATE_LOWER_RE),
        (candidates._QUAL_RE, candidates._QUAL_LOWER_RE),
        (candidates._CHANGE_BEFORE_RE, candidates._CHANGE_BEFORE_LOWER_RE),
    ],
    ids=lambda rx: rx.pattern[:30],
)
def test_lower_case_twins_read_lower_cased_text_as_their_caseless_pattern(
    caseless: re.Pattern[str], twin: re.Pattern[str]
) -> None:
    """A twin compiled without re.IGNORECASE reads the lower-cased text (when it holds no
    odd-case letter): a capital letter in the pattern, outside an escape or a group's name,
    would never match there."""
    assert caseless.flags & re.IGNORECASE and not twin.flags & re.IGNORECASE
    assert twin.pattern == caseless.pattern
    bare = re.sub(r"\\.|\(\?P<\w+>", "", caseless.pattern)
    assert not re.search(r"[A-Z]", bare), "a capital letter in a case-insensitive pattern"
    for text in ["Rose 5% From", "up from ", "PER DAY", "About ", "a Year", "fell BY "]:
        assert bool(caseless.search(text)) == bool(twin.search(text.lower())), text


@pytest.mark.parametrize("others", [".,:/+#$€£¥-–—", "-"])
def test_scan_after_stops_at_what_the_look_behind_forbids(others: str) -> None:
    """scan_after reads the character before a match with str.isalnum and a few others: the
    same characters as its look-behind's class, at every code point."""
    forbids = re.compile(not_after(others)[4:-1]).fullmatch
    stops = "_" + others
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert (forbids(c) is not None) == (c.isalnum() or c in stops), hex(cp)


_FIGURE_AFTER = re.compile(not_after(".") + r"(?P<n>\d+%?|two)")


@pytest.mark.parametrize(
    "text",
    [
        "5 and 6",  # a match at the text's start
        "5%6% and 7%%8",  # matches right after a match ending in a character admitted before one
        "a5 .5 %5 (5) two-two",
        "x\u00a05 \u20185\u2019 \u20145 \u00e95 \U0001d4005 \U0001f6805",  # non-ASCII text
        "",
        "no figure",
    ],
)
def test_scan_after_finds_what_finditer_finds(text: str) -> None:
    scan = scan_after(_FIGURE_AFTER, ".")
    assert [(m.start("n"), m.group("n")) for m in scan(text)] == [
        (m.start("n"), m.group("n")) for m in _FIGURE_AFTER.finditer(text)
    ]


def test_scan_after_needs_the_look_behind_it_is_given() -> None:
    with pytest.raises(ValueError, match="does not open with"):
        scan_after(re.compile(r"\d+"), "-")
    assert candidates.qty_matches("Up 5% to $3bn")  # (built at import: QTY_RE's look-behind)


@pytest.mark.parametrize(
    "text",
    [
        "will",
        "it will rise",
        "itwill",
        "(will)",
        "_will",
        "9will",
        "x-will",
        "\u00e9will",
        "\u2018will",
        "",
        "plans",
        "planning",
    ],
)
def test_word_start_search_answers_what_its_word_boundary_pattern_answers(text: str) -> None:
    alternatives = alternation(["will", r"plan(?:s?\b|ned|ning)", r"(?:is|are)\s+to"])
    plain = re.compile(rf"\b(?:{alternatives})")
    assert (WordStartSearch(alternatives).search(text) is None) == (plain.search(text) is None)


def test_modality_stems_open_with_a_word_character() -> None:
    """WordStartSearch stands for ``\\b`` only before a word character."""
    for words in (
        modality_cues._CAPACITY_STEM_WORDS,
        modality_cues._PROJECTED_STEM_WORDS,
        modality_cues._PLANNED_STEM_WORDS,
        modality_cues._POST_PLANNED_STEM_WORDS,
        modality_cues._POST_PROJECTED_STEM_WORDS,
    ):
        for stem in words:
            assert re.match(r"[a-z]|\(\?:[a-z]+(?:\|[a-z]+)*\)", stem), stem
