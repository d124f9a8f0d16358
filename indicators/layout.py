"""Text as pasted from PDFs and e-mail: line wraps and runs of spaces undone before reading.

The extractor reads a line break as the end of a sentence and its rules expect one space
between words, so text wrapped at a fixed width ("a plant producing 100,000\\nunits a
year") or spaced twice loses claims and misreads fields.  :func:`unwrap` makes such breaks
and runs single spaces and returns the map from offsets in its text back to the original's.

A no-break space (U+00A0, U+202F) reads as a space too, unless it groups digits ("480 000").
A line break stays where it likely ends something: after ``. ! ? : ;`` (or one of them
and a closing quote), around a blank line, before a list, heading or table line (``-``,
``*``, ``•``, ``#``, ``>``, ``|``, ``1.``), and after a short line (under 32 characters)
or one in title case, unless the next one opens in lower case: a title or a label over its
text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

__all__ = ["unwrap"]

#: a line break with the spaces around it, a run of spaces within a line, or one tab or
#: no-break space (U+00A0, U+202F)
_GAP_RE = re.compile(
    r"[ \t\u00a0\u202f]*(?:\r\n|\r|\n)[ \t\u00a0\u202f]*|[ \t\u00a0\u202f]{2,}|[\t\u00a0\u202f]"
)
_NO_BREAK = frozenset("\u00a0\u202f")
#: a no-break space that does not group digits (one class opens it, so the engine skips
#: to the no-break spaces: the test is cheap on text where all of them group digits)
_LOOSE_NO_BREAK_RE = re.compile(r"[\u00a0\u202f](?:(?!\d)|(?<=\D.))")
_ENDS = frozenset(".!?:;")
_QUOTES = frozenset("\"”’')")
_LIST_LINE_RE = re.compile(r"[-*•#>|]|\d{1,3}[.)]\s")
#: a line shorter than this before a break is a title or a label, not a wrapped line
_SHORT_LINE = 32


def _keeps_break(text: str, start: int, end: int) -> bool:
    """Whether the line break in ``text[start:end]`` (with its spaces) ends something."""
    if start == 0 or end == len(text):
        return True
    before, after = text[start - 1], text[end]
    if before in "\r\n" or after in "\r\n":
        return True  # a blank line around it: a paragraph break
    if before in _ENDS or (before in _QUOTES and text[start - 2 : start - 1] in _ENDS):
        return True
    if _LIST_LINE_RE.match(text, end):
        return True
    if after.islower():
        return False
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    if start - line_start < _SHORT_LINE:
        return True
    # a headline in title case over its text: "Minsk Retools Two Plants for Drone Output"
    words = [w for w in text[line_start:start].split() if w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def unwrap(text: str) -> tuple[str, Callable[[int], int]] | None:
    """``text`` with its wraps and runs of spaces made single spaces, and a function from an
    offset in that text to the same place in ``text``; None when there is nothing to undo.

    >>> clean, back = unwrap("output of 100,000\\nunits a  year")
    >>> clean, back(clean.index("units")), back(clean.index("year"))
    ('output of 100,000 units a year', 18, 27)
    """
    if (
        "\n" not in text
        and "\r" not in text
        and "  " not in text
        and "\t" not in text
        and (("\u00a0" not in text and "\u202f" not in text) or not _LOOSE_NO_BREAK_RE.search(text))
    ):
        return None
    pieces: list[str] = []
    starts: list[int] = [0]  # offsets in the clean text from which ...
    shifts: list[int] = [0]  # ... the original is this much further on
    pos = 0
    shift = 0
    for m in _GAP_RE.finditer(text):
        start, end = m.span()
        gap = m.group(0)
        newline = "\n" in gap or "\r" in gap
        if newline and _keeps_break(text, start, end):
            continue
        if (
            end - start == 1
            and text[start] in _NO_BREAK
            and text[start - 1 : start].isdigit()
            and text[end : end + 1].isdigit()
        ):
            continue  # a no-break space that groups digits: "480 000"
        pieces.append(text[pos:start])
        pieces.append(" ")
        shift += end - start - 1
        starts.append(start - shift + (end - start))  # (the clean offset after the space)
        shifts.append(shift)
        pos = end
    if pos == 0:
        return None
    pieces.append(text[pos:])

    def back(offset: int) -> int:
        return offset + shifts[bisect.bisect_right(starts, offset) - 1]

    return "".join(pieces), back
