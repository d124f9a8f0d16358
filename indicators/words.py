"""Helpers the extractor's word tables and patterns share."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "WordStartSearch",
    "admitted_before",
    "alternation",
    "any_case",
    "fold",
    "not_after",
    "scan_after",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """A set of words from a whitespace-separated block (keeps the tables readable)."""
    return frozenset(words.split())


def alternation(alternatives: list[str]) -> str:
    """``|``-joined alternatives grouped by their first character when it is a literal
    ("J(?:an|un)|F(?:eb)|…"): the same strings as the flat alternation, but the regex engine
    skips a whole group on one character test, where it enters every alternative that
    opens with a group.  An alternative opening with a letter in either case ("[Ii]n …") is
    split in two ("In …", "in …") so that it joins both groups: the engine tests a literal
    first character faster than a class (a third off the time-expression scan).
    Alternatives opening with any other escape, class or group stay apart."""
    groups: dict[str, list[str]] = {}
    for alt in (
        split
        for given in alternatives
        for split in (
            (given[1] + given[4:], given[2] + given[4:])
            if given[:1] == "["
            and given[3:4] == "]"
            and given[1].isupper()
            and given[2] == given[1].lower()
            else (given,)
        )
    ):
        key = alt if alt[0] in "\\[(" else alt[0]
        groups.setdefault(key, []).append(alt[len(key) :])
    return "|".join(
        key + (f"(?:{'|'.join(rest)})" if len(rest) > 1 or "|" in rest[0] else rest[0])
        for key, rest in groups.items()
    )


#: The characters other than the two cases that ``re.IGNORECASE`` equates with an ASCII
#: letter: dotted and dotless I, the Kelvin sign, the long s (tests/test_words.py checks
#: every code point).
CASE_VARIANTS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLD = str.maketrans({v: k for k, vs in CASE_VARIANTS.items() for v in vs})


def fold(text: str) -> str:
    """``text`` in lower case, with the letters re.IGNORECASE equates with an ASCII letter
    read as that letter: the key of a word a case-insensitive pattern matched ("İndian",
    "laſt" -> "indian", "last"; ``str.lower()`` alone gives "i̇ndian" and "laſt").

    >>> fold("İndian"), fold("laſt")
    ('indian', 'last')
    """
    if text.isascii():
        return text.lower()  # (the usual case: no variant letter, and no table pass)
    return text.translate(_FOLD).lower()


def any_case(word: str) -> list[str]:
    """Alternatives that together match the letters of ``word`` in any case, as ``(?i:word)``
    does, each opening with a literal character (the first letter's cases are spelled out,
    the rest are classes) so that :func:`alternation` can group them.

    >>> any_case("one")
    ['O[Nn][Ee]', 'o[Nn][Ee]']
    """
    first = word[0].lower()
    rest = "".join(
        f"[{c.upper()}{c}{CASE_VARIANTS.get(c, '')}]" if c.isalpha() else c
        for c in word[1:].lower()
    )
    return [f + rest for f in (first.upper(), first, *CASE_VARIANTS.get(first, ""))]


def not_after(others: str) -> str:
    """A look-behind: no word character, nor one of ``others``, right before the match
    (:func:`scan_after` finds the matches of a pattern that opens with it faster; a "-" is
    escaped but at the end).  The ASCII letters and digits are in ``\\w`` already: spelled
    out first, they are tested as a bitmap before its Unicode lookup, at every position the
    engine tries.

    >>> not_after("-"), not_after(".-,")
    ('(?<![a-zA-Z0-9\\\\w-])', '(?<![a-zA-Z0-9\\\\w.\\\\-,])')
    """
    escaped = "".join(
        "\\" + c if c in "\\]^[" or (c == "-" and i < len(others) - 1) else c
        for i, c in enumerate(others)
    )
    return f"(?<![a-zA-Z0-9\\w{escaped}])"


def admitted_before(others: str) -> str:
    """The ASCII characters ``not_after(others)`` admits right before a match, escaped for a
    character class: what a scan that reads the character before a match opens with."""
    look = not_after(others)
    return "".join(re.escape(chr(c)) for c in range(128) if not re.fullmatch(look[4:-1], chr(c)))


def scan_after(pattern: re.Pattern[str], others: str) -> Callable[[str], list[re.Match[str]]]:
    """``lambda text: list(pattern.finditer(text))`` for a ``pattern`` that opens with
    ``not_after(others)``, faster: the engine tries a pattern that opens with a look-behind
    at every position (some 250 instructions each), where it skips in C to the characters
    of a class that opens one.

    The scan returned tries ``pattern`` after each character its look-behind admits, and
    reads that character too: a match holds one character more, before what ``pattern``
    matched (read its start from a group), but for one at the text's start or right after
    another ("5%6"), which ``pattern`` finds itself.  In ASCII text the class is exact and
    the look-behind left out; in any other text the class holds every non-ASCII character
    too, and the look-behind is kept.
    """
    look = not_after(others)
    if not pattern.pattern.startswith(look):
        raise ValueError(f"{pattern.pattern[:40]!r}… does not open with {look!r}")
    admitted = admitted_before(others)
    ascii_scan = re.compile(f"[{admitted}]" + pattern.pattern.removeprefix(look), pattern.flags)
    any_scan = re.compile(f"[{admitted}\\x80-\\U0010ffff]" + pattern.pattern, pattern.flags)
    stops = "_" + others  # (with str.isalnum, the characters the look-behind forbids)
    match = pattern.match

    def scan(text: str) -> list[re.Match[str]]:
        after = ascii_scan.finditer if text.isascii() else any_scan.finditer
        found: list[re.Match[str]] = []
        pos = 0
        while True:
            # a match at ``pos`` with no character read before it: at the text's start, or
            # right after a match whose last character the look-behind admits
            c = text[pos - 1 : pos]
            if not c or not (c.isalnum() or c in stops):
                m = match(text, pos)
                if m is not None:
                    found.append(m)
                    pos = m.end()
                    continue
            n = len(found)
            found += after(text, pos)
            for i in range(n, len(found)):
                pos = found[i].end()
                c = text[pos - 1]
                if not (c.isalnum() or c in stops) and match(text, pos) is not None:
                    del found[i + 1 :]  # (rare: read on from there)
                    break
            else:
                return found

    return scan


#: The ASCII characters that are no word character (what ``\\b`` may follow before one).
_ASCII_NON_WORD = "".join(re.escape(chr(c)) for c in range(128) if not re.match(r"\w", chr(c)))


class WordStartSearch:
    """``re.compile(rf"\\b(?:{alternatives})").search`` for alternatives that each open with
    a word character ("does any of these stems open a word"), faster on ASCII text.

    A pattern that opens with ``\\b`` is tried at every position (some 250 instructions
    each); ASCII text is searched with a space before it for the alternatives after a
    character that is no word character, which the engine skips to in C (a class opening
    the pattern): the same answer, with offsets one past the text's.
    """

    def __init__(self, alternatives: str) -> None:
        self._any = re.compile(rf"\b(?:{alternatives})").search
        self._ascii = re.compile(f"[{_ASCII_NON_WORD}](?:{alternatives})").search

    def search(self, text: str) -> re.Match[str] | None:
        """A match, or None when no alternative opens a word of ``text``."""
        return self._ascii(" " + text) if text.isascii() else self._any(text)
