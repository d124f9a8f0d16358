"""Numbers as news prose writes them: digits, number words and scale words.

The extractor scans text with :data:`NUMBER_PATTERN` (one regular-expression fragment
for digits with thousands separators or decimals, number words, and attached or
detached scale words) and turns a matched surface into a float with
:func:`parse_number`.

>>> parse_number("480 000")
480000.0
>>> parse_number("one and a half million")
1500000.0
>>> parse_number("$3bn".lstrip("$"))
3000000000.0
"""

from __future__ import annotations

import re

from indicators.words import alternation, any_case, wordset

__all__ = [
    "NUMBER_PATTERN",
    "SCALES",
    "WORD_NUMBER_PATTERN",
    "format_number",
    "parse_number",
    "parse_word_number",
]

#: Thousands separators the extractor accepts between digit groups.
GROUP_SEPARATORS = ", \u00a0\u202f"

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Scale words and abbreviations, lower case, to their multiplier.
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}


def _any_case_alternation(words: list[str]) -> str:
    """``(?i:w1|w2|…)`` as literal-first alternatives grouped by first letter (see
    :func:`~indicators.words.any_case`): the engine skips a group on one character test,
    where it tries every case-insensitive word in turn."""
    return alternation([form for word in words for form in any_case(word)])


_UNIT_ALT = _any_case_alternation(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = _any_case_alternation(list(TENS))
_ONES_ALT = _any_case_alternation([w for w, v in UNITS.items() if 1 <= v <= 9])
#: A number below a hundred in words, in any case ("twenty-one", "Seventeen").
_SMALL = rf"(?-i:(?:{_TENS_ALT})(?:[-\s](?:{_ONES_ALT})\b)?|(?:{_UNIT_ALT}))"
_HUNDREDS = rf"{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?"
_BIG = r"(?:thousand|million|billion|trillion)"
#: A percentage point after a fraction ("a quarter of a percentage point", "half a point").
_POINT_AHEAD = r"(?=\s+(?:percentage\s+)?points?\b)"

#: Where a number word can start, in any case: its first three letters, or "a"/"an" and
#: a scale word ("a dozen", "an hundred", "a million", "a quarter").  The same strings as
#: ``(?i:one|two|thr|…|an?\s+[dhtmbq])``, spelled with a literal first character, which the
#: regex engine tests faster (the quantity scan tries this at every word start).
NUMBER_WORD_START = alternation(
    [
        alt
        for prefix in wordset("one two thr fou fiv six sev eig nin ten ele twe thi fif for hal zer")
        for alt in any_case(prefix)
    ]
    + [rf"{a}[Nn]?\s+[DdHhTtMmBbQq]" for a in "Aa"]
)

#: Number words: "ten", "twenty-five thousand", "three hundred and twenty",
#: "one and a half million", "half a million", "a dozen", "a quarter of a percentage point".
#: The forms are grouped by their first word (a small number, "half" or "a"/"an": no two
#: groups open with the same letter, in any case) and each group's first word is matched
#: once: the engine no longer tries the small numbers again for every form that opens with
#: one, on every capitalised or number-like word.  The matches are those of the forms
#: listed one by one in this order (after a shorter small number, "seven" of "seventeen" or
#: "twenty" of "twenty-one", only the form with no fixed next word can match).
WORD_NUMBER_PATTERN = (
    r"(?i:(?<![\w-])"
    # first-word filter: fail fast on the many words that cannot start a number
    rf"(?-i:(?={NUMBER_WORD_START}))(?:"
    rf"{_SMALL}(?:"
    rf"\s+and\s+a\s+half\s+{_BIG}"  # "one and a half million"
    r"|\s+dozen"  # "two dozen" (not "dozens of", vague)
    # "three quarters of a million", "three-quarters of a point"
    rf"|[\s-]quarters\s+of\s+an?(?:\s+{_BIG}|{_POINT_AHEAD})"
    # "three hundred and twenty", "twenty-five thousand", "two million three hundred"
    rf"|(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?(?:\s+{_BIG})?"
    rf"(?:\s+(?:and\s+)?{_HUNDREDS}(?:\s+{_BIG})?)*"
    r")"
    # ("half a point", "a half-point", "a quarter point": a rate's step in percentage points)
    rf"|half(?:\s+an?\s+{_BIG}|\s+a{_POINT_AHEAD}|\s+a\s+dozen|(?=[\s-]points?\b))"
    # "a quarter of a percentage point", "a quarter of a million"
    rf"|a(?:\s+quarter\s+of\s+a(?:{_POINT_AHEAD}|\s+{_BIG})|n?\s+dozen"
    r"|\s+(?:quarter|half)(?=[\s-]points?\b)"
    rf"|n?\s+(?:hundred|{_BIG}))"
    # (and not glued to a word, but to "-point": "a quarter-point cut")
    r")(?:(?![\w-])|(?=-points?\b)))"
)

#: Digits: ``480,000``, ``480 000`` (space, U+00A0, U+202F), ``3.2``, ``.5`` is not read.
DIGITS_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:\.\d+)?"
)

#: Either form.
NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{WORD_NUMBER_PATTERN})"

_SPLIT_RE = re.compile(r"[\s\-]+")
_DIGITS_RE = re.compile(r"[\d, \u00a0\u202f]*\d(?:\.\d+)?")
_SEPARATORS_RE = re.compile(r"[, \u00a0\u202f]")


def parse_word_number(text: str) -> float:
    """Value of a number written in words.

    >>> parse_word_number("three hundred and twenty")
    320.0
    >>> parse_word_number("a quarter of a")
    0.25
    """
    words = [w for w in _SPLIT_RE.split(text.lower().strip()) if w and w != "and"]
    if not words:
        raise ValueError(f"not a number: {text!r}")
    if words in (["a", "quarter"], ["a", "half"]):
        return 0.25 if words[1] == "quarter" else 0.5  # "a quarter point", "a half-point"
    if words[:3] == ["a", "quarter", "of"]:
        return 0.25 * SCALES.get(words[-1], 1.0)  # "a quarter of a million"
    if len(words) > 3 and words[1:3] == ["quarters", "of"]:
        # "three quarters of a million"
        return parse_word_number(words[0]) / 4 * SCALES.get(words[-1], 1.0)
    if words[-1] == "dozen" and words[0] not in ("a", "an"):
        # "two dozen", "half a dozen"
        return 6.0 if words[0] == "half" else parse_word_number(" ".join(words[:-1])) * 12
    if words[0] == "half":
        return 0.5 * SCALES.get(words[-1], 1.0)
    if words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    if "dozen" in words:
        return 12.0
    if "half" in words:  # "one and a half million" (the "and" is already dropped)
        i = words.index("half")
        base = parse_word_number(" ".join(words[: i - 1])) + 0.5
        return base * SCALES.get(words[-1], 1.0)
    total = 0.0
    current = 0.0
    for w in words:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1.0) * 100
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (current or 1.0) * SCALES[w]
            current = 0.0
        else:
            raise ValueError(f"not a number word: {w!r} in {text!r}")
    return total + current


def parse_number(text: str) -> float:
    """Value of a number surface with an optional scale word or abbreviation.

    >>> parse_number("3.2m"), parse_number("83 million"), parse_number("twenty-five")
    (3200000.0, 83000000.0, 25.0)
    """
    s = text.strip()
    if not s:
        raise ValueError("empty number")
    if s.isdecimal():
        return float(s)  # plain digits (what \d matches): the common case
    if s[0].isdigit():
        m = _DIGITS_RE.match(s)
        if m is None:
            raise ValueError(f"not a number: {text!r}")
        value = float(_SEPARATORS_RE.sub("", m.group(0)))
        rest = s[m.end() :].strip().lower()
        if rest:
            if rest not in SCALES:
                raise ValueError(f"unknown scale {rest!r} in {text!r}")
            value *= SCALES[rest]
        return value
    return parse_word_number(s)


def format_number(value: float, style: str = "plain") -> str:
    """Write an integer-valued number the way news prose does (for tests and docs).

    Styles: ``plain`` (1234567), ``comma`` (1,234,567), ``space``, ``nbsp``, ``nnbsp``.

    >>> format_number(480000, "nbsp")
    '480\\xa0000'
    """
    n = round(value)
    sep = {"plain": "", "comma": ",", "space": " ", "nbsp": "\u00a0", "nnbsp": "\u202f"}[style]
    digits = str(abs(n))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sep.join(reversed(groups))
