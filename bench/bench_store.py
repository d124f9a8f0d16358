"""Ingest benchmark: articles/s, claims/s and peak memory for a large JSONL corpus.

    .venv/bin/python bench/bench_store.py                # 20,000 articles
    .venv/bin/python bench/bench_store.py --articles 100000

Generates a seeded JSONL corpus of short news-like articles (in bench/corpus/, not
committed), ingests it into a fresh store in a temporary folder, and prints the
figures.  Peak RSS shows whether memory stays bounded as the corpus grows: run it at
two sizes and compare.  Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indicators.store import Store  # noqa: E402

SENTENCES = [
    "{country} exported about {n:,} tonnes of grain in {year}, the agriculture ministry said.",
    "The plant can produce up to {n:,} drones a year, according to {source}.",
    "{country}'s central bank raised its key rate to {p}% on Friday.",
    "Officials said roughly {n:,} artillery rounds were delivered last month.",
    "The budget sets aside ${b}bn for air defence next year.",
    "Gas transit fell {p}% to {b} billion cubic metres, {source} reported.",
    "Analysts expect inflation to slow to {p} per cent by the end of {year}.",
    "More than {n:,} people crossed the border in the first quarter of {year}.",
]
FILLER = [
    "The talks are expected to resume after the holidays.",
    "Diplomats described the meeting as constructive but difficult.",
    "The ministry did not respond to a request for comment.",
    "Satellite images showed new construction at the site.",
    "Opposition leaders called for an independent inquiry.",
]
COUNTRIES = ["Poland", "Ukraine", "Norway", "Kazakhstan", "Turkey", "Brazil", "India"]
SOURCES = ["Reuters", "the statistics office", "the finance ministry", "SIPRI", "the IEA"]


def generate(path: Path, articles: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            parts = []
            for _ in range(rng.randint(4, 9)):
                template = rng.choice(SENTENCES if rng.random() < 0.4 else FILLER)
                parts.append(
                    template.format(
                        country=rng.choice(COUNTRIES),
                        source=rng.choice(SOURCES),
                        n=rng.randint(2, 900) * 1000,
                        p=round(rng.uniform(0.5, 25), 1),
                        b=round(rng.uniform(1, 90), 1),
                        year=rng.randint(2019, 2026),
                    )
                )
            record = {
                "text": f"Article {i}. " + " ".join(parts),
                "publisher": f"Bench Wire {i % 13} (synthetic)",
                "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "synthetic": True,
            }
            out.write(json.dumps(record) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument(
        "--files", type=int, default=20, help="split the corpus into this many JSONL files"
    )
    parser.add_argument("--memory-limit", default=None, help="DuckDB buffer pool cap, e.g. 256MB")
    args = parser.parse_args()
    corpus = ROOT / "bench" / "corpus" / f"store_{args.articles}"
    if not corpus.exists():
        per_file = -(-args.articles // args.files)
        for f in range(args.files):
            n = min(per_file, args.articles - f * per_file)
            if n > 0:
                generate(corpus / f"part_{f:03d}.jsonl", n, seed=f)
    size = sum(p.stat().st_size for p in corpus.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        with Store(
            db, catalog=ROOT / "data" / "catalog.yaml", memory_limit=args.memory_limit
        ) as store:
            report = store.ingest([corpus])
            elapsed = time.perf_counter() - start
            again = time.perf_counter()
            repeat = store.ingest([corpus])
            repeat_elapsed = time.perf_counter() - again
        db_size = db.stat().st_size
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"corpus          {args.articles:,} articles, {size / 1e6:.1f} MB in {args.files} JSONL files"
    )
    print(f"ingest          {elapsed:.1f} s: {report.documents_added / elapsed:,.0f} articles/s, "
          f"{report.claims_added / elapsed:,.0f} claims/s ({report.claims_added:,} claims)")  # fmt: skip
    print(f"re-ingest       {repeat_elapsed:.1f} s, {repeat.documents_added} added (idempotent)")
    print(f"store file      {db_size / 1e6:.1f} MB")
    print(
        f"peak memory     {peak_mb:,.0f} MB RSS (DuckDB memory_limit {args.memory_limit or 'default'})"
    )
    print(f"errors          {len(report.errors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
