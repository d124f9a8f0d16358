"""Extractor against quantulum3 on prose people wrote, not the generated corpus.

Run on demand, never from tests (quantulum3 is installed by hand, see docs/benchmarks.md):

    .venv/bin/python bench/bench_written_prose.py

Two text sets, each timed for both tools on the same paragraphs (CPU time; the extractor's
best of five runs, its memo caches emptied before each, as in bench_extract.py):

- ``articles``: the sample articles in ``data/articles/`` and the founding article
  (about 900-4,600 claims per MB, like news);
- ``eval``: every item text of the eval sets here and of ``../shared/eval/`` (one to three
  sentences written around their figures: about 12,000 claims per MB, twice the generated
  corpus's density).

The extractor's cost grows with the figures it reads (every figure gets a unit, rate,
modality, period and source), quantulum3's mostly with the text, so the ratio falls as
the text gets denser in figures.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_extract import clear_memos, quantulum_parse  # noqa: E402

from indicators.extract import extract_claims  # noqa: E402


def article_texts() -> list[str]:
    paths = sorted((ROOT / "data" / "articles").glob("*.md"))
    paths += sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))[:1]
    return [
        p for path in paths for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()
    ]


def eval_texts() -> list[str]:
    paths = sorted((ROOT / "eval").glob("holdout_*.jsonl"))
    paths += sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl"))
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def cpu_seconds(func: Callable[[str], int], texts: list[str]) -> tuple[float, int]:
    start = time.process_time()
    found = sum(func(t) for t in texts)
    return time.process_time() - start, found


def main() -> int:
    parse = quantulum_parse()
    if parse is None:
        print("quantulum3 is not installed; nothing to compare (install it by hand)")
        return 0
    ours: Callable[[str], int] = lambda t: len(extract_claims(t, "2025-06-01"))  # noqa: E731
    theirs: Callable[[str], int] = lambda t: len(parse(t, ""))  # noqa: E731
    for name, texts in (("articles", article_texts()), ("eval", eval_texts())):
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs(texts[0])  # warm up: quantulum3 loads its unit tables on first use
            q_seconds, q_found = cpu_seconds(theirs, texts)
        ours(texts[0])
        runs: list[tuple[float, int]] = []
        for _ in range(5):
            clear_memos(extract_claims)
            runs.append(cpu_seconds(ours, texts))
        o_seconds, o_found = min(runs)
        print(
            f"{name:<9} {len(texts):>5} texts {mb:6.3f} MB  quantulum3 {q_seconds:7.3f} s "
            f"({q_found:,} quantities)  extract {o_seconds:6.3f} s ({o_found:,} claims, "
            f"{o_found / mb:,.0f}/MB)  ratio {q_seconds / o_seconds:5.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
