"""Two speed ideas for the pattern scans, measured and dropped (tenth session).

Run on demand, never from tests:

    .venv/bin/python bench/try_combined_scan.py

Prints the CPU time (best of 5) of, on the first 1 MB of the benchmark corpus:

1. the quantity pattern over every paragraph, and the time pattern over every sentence of
   the paragraphs that hold a figure (what the extractor runs);
2. one pattern holding both, over every paragraph (one scan instead of two): slower, as
   the alternation tries both at every position;
3. the time pattern alone, its prefix alone (the look-behind and the word-start filter),
   and the prefix with a first-character class in front of the filter: the class gains
   nothing, as the engine already dispatches the filter's groups on their first character.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench_extract as b  # noqa: E402

from indicators import dates  # noqa: E402
from indicators.candidates import QTY_RE, sentences  # noqa: E402


def best(run: Callable[[], object], n: int = 5) -> float:
    times = []
    for _ in range(n):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> int:
    paras, size = [], 0
    for text, _published in b.paragraphs(b.ensure_corpus(20.0, 20251220)):
        paras.append(text)
        size += len(text.encode("utf-8"))
        if size >= 1_000_000:
            break
    sents = [p[s0:s1] for p in paras if QTY_RE.search(p) for s0, s1, _ in sentences(p)]
    time_re = dates._TIME_RE
    combo = re.compile(f"(?:{QTY_RE.pattern})|(?:{time_re.pattern})")
    prefix = r"(?<![\w-])(?=" + dates._TIME_FILTER + ")"
    firsts = "[0-9ABDEFHIJLMNOPQSTUWYabcdefilmnopqstuwy]"
    print(
        f"quantity pattern, paragraphs   {best(lambda: [list(QTY_RE.finditer(p)) for p in paras]):.4f} s"
    )
    print(
        f"time pattern, sentences        {best(lambda: [list(time_re.finditer(s)) for s in sents]):.4f} s"
    )
    print(
        f"both in one pattern, paragraphs {best(lambda: [list(combo.finditer(p)) for p in paras]):.4f} s"
    )
    for label, rx in (
        ("time prefix only", re.compile(prefix)),
        (
            "time prefix, first-char class",
            re.compile(r"(?<![\w-])(?=" + firsts + ")" + prefix[10:]),
        ),
    ):
        print(f"{label:<31}{best(lambda rx=rx: [list(rx.finditer(s)) for s in sents]):.4f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
