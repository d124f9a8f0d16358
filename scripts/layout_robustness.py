"""How much the claims of labelled texts move when their layout does.

    .venv/bin/python scripts/layout_robustness.py ../shared/eval/dev_claims.jsonl eval/holdout_a.jsonl …

Each item's text is read as written and again wrapped at about 70 columns (LF and CRLF),
with every space doubled, with a tab after every comma, and with a no-break space for every
space not between two digits; the script prints, per
change, how many texts' claims differ (value, bounds, qualifier, unit, rate, modality,
period, source) and how many claims were lost, gained or changed in a field.  Only the
texts of the gold files are read, never their labels.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indicators.errors import IndicatorsError  # noqa: E402
from indicators.evaluate import load_gold  # noqa: E402
from indicators.extract import extract_claims  # noqa: E402

Fields = list[tuple[object, ...]]

LAYOUTS: dict[str, Callable[[str], str]] = {
    "wrapped at ~70 columns": lambda t: re.sub(r"(.{60,75}?) ", "\\1\n", t),
    "wrapped, CRLF": lambda t: re.sub(r"(.{60,75}?) ", "\\1\r\n", t),
    "every space doubled": lambda t: t.replace(" ", "  "),
    "a tab after each comma": lambda t: t.replace(", ", ",\t"),
    "no-break spaces between words": lambda t: re.sub(r"(?<!\d) | (?!\d)", "\u00a0", t),
}


def _fields(text: str, published_on: str | None) -> Fields:
    return [
        (c.value, c.low, c.high, c.qualifier, c.unit, c.per, c.modality, c.period, c.attributed_to)
        for c in extract_claims(text, published_on)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, nargs="+", help="gold files (JSON lines with text)")
    args = ap.parse_args(argv)
    try:
        items = [(item.text, item.published_on) for path in args.gold for item in load_gold(path)]
    except IndicatorsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(items)} texts")
    for name, layout in LAYOUTS.items():
        differ = lost = gained = changed = 0
        for text, pub in items:
            before, after = _fields(text, pub), _fields(layout(text), pub)
            if before == after:
                continue
            differ += 1
            lost += max(len(before) - len(after), 0)
            gained += max(len(after) - len(before), 0)
            if len(before) == len(after):
                changed += sum(a != b for a, b in zip(before, after, strict=True))
        print(
            f"{name:24} texts whose claims differ {differ:5}  claims lost {lost:4}"
            f"  gained {gained:4}  same count, a field changed {changed:5}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
