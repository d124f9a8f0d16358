"""The one helper the extractor's word tables share."""

from __future__ import annotations

__all__ = ["wordset"]


def wordset(words: str) -> frozenset[str]:
    """A set of words from a whitespace-separated block (keeps the tables readable)."""
    return frozenset(words.split())
