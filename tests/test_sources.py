"""Attribution regressions pinned by the bug they fixed."""

from __future__ import annotations

import pytest

from indicators.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a possessive determiner before a non-institution is a misread clause, not a source
        ("Drovia Steel cut 900 jobs, its results showed on Monday.", None),
        ("Halbrook Mining lifted output 6% to 410,000 ounces, their figures showed.", None),
        # but before an institution noun it names that institution
        ("Its union said 3,000 workers would strike.", "union"),
    ],
)
def test_a_possessive_phrase_is_a_source_only_when_it_names_an_institution(
    text: str, source: str | None
) -> None:
    claims = extract_claims(text, "2025-03-03")
    assert claims, text
    assert {c.attributed_to for c in claims} == {source}
