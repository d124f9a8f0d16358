"""Helpers the extractor's word tables and patterns share."""

from __future__ import annotations

__all__ = ["alternation", "any_case", "fold", "wordset"]


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
