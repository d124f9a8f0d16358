"""A dropped speed idea, kept so its figure can be rerun: skip whole words in C.

The quantity scan (`indicators.candidates.QTY_RE`) opens with a look-behind, so the regex
engine tries it at every position. This script builds the same scan behind a lazy loop of
possessive word runs (Python 3.11's `*+`), checks that both find the same matches on the
bench corpus's first 2,800 paragraphs, and times both.

    .venv/bin/python bench/try_lazy_qty_scan.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_extract

from indicators.candidates import QTY_RE

#: The characters the scan's look-behind refuses before a match.
BEFORE = r"\w.,:/+#$€£¥\-–—"


def main() -> None:
    assert QTY_RE.pattern.startswith(f"(?<![{BEFORE}])"), "the scan's look-behind changed"
    lazy = re.compile(
        rf"(?:[{BEFORE}]++|[^{BEFORE}])*?(?:(?P<qq>{QTY_RE.pattern})|\Z)", QTY_RE.flags
    )
    corpus = bench_extract.ensure_corpus(20.0, 20251220)
    paras = [text for text, _ in bench_extract.paragraphs(corpus)][:2800]

    def plain(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in QTY_RE.finditer(text)]

    def skipping(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span("qq"), m.groups()[1:]) for m in lazy.finditer(text) if m.start("qq") >= 0]

    same = all(plain(t) == skipping(t) for t in paras)
    print(f"same matches on {len(paras):,} paragraphs: {same}")
    for scan in (plain, skipping, plain, skipping):
        start = time.perf_counter()
        for text in paras:
            scan(text)
        print(f"{scan.__name__:9} {time.perf_counter() - start:.4f} s")


if __name__ == "__main__":
    main()
