"""Common English words, from the ``english-words`` package (Webster's Second
International, lower-case entries only, so "russia" from "Russia" is not among them).

The attribution rules use it to tell a sentence-opening common noun ("Refiners bought …",
"Iron ore shipments …", "Output rose …") from a name ("Roscosmos launched …"): both are
capitalised there, and only a dictionary tells them apart.  The list loads once, on first
use (about 0.1 s), so extraction that never asks pays nothing.
"""

from __future__ import annotations

import functools

__all__ = ["is_common_word"]


@functools.cache
def _words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


@functools.lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case; singular, a regular plural, or a regular -ed or -ing
    form) is a common English word.

    A compound of common words is common when only its first letter may be capitalised
    ("First-half", "Full-year"), not when each part is ("Coca-Cola").

    >>> is_common_word("Refiners"), is_common_word("Iron"), is_common_word("Roscosmos")
    (True, True, False)
    >>> is_common_word("First-half"), is_common_word("Coca-Cola")
    (True, False)
    """
    w = word.lower().strip(".,;:'’")
    words = _words()
    if w in words:
        return True
    if "-" in w and word[1:] == word[1:].lower():
        return all(part and is_common_word(part) for part in w.split("-"))
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + repl in words:
            return True
    return False
