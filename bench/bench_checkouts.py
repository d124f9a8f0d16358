"""Compare the extractor's CPU time in two checkouts of the project, alternating runs.

Run on demand, never from tests:

    git worktree add /tmp/start <commit>          # the code to compare against
    .venv/bin/python bench/bench_checkouts.py /tmp/start .           # 3 pairs, best of 7

Each run is a fresh interpreter that imports ``indicators`` from one checkout and times
``extract_claims`` over the first 1 MB of the benchmark corpus (the subset
``bench_extract.py`` compares with quantulum3): CPU time, best and median of ``--repeat``
passes after a warm-up pass.  Runs alternate between the checkouts, so a busy moment on a
shared machine hits both alike; a difference smaller than the spread between pairs is
noise.  The claims of both checkouts are counted too: a speed change that changes them is
not a speed change.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import json, statistics, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import bench_extract as b
from indicators.extract import extract_claims
texts = b.head(b.paragraphs(b.ensure_corpus(20.0, 20251220)), 1_000_000)
claims = sum(len(extract_claims(t, p)) for t, p in texts)  # warm-up
runs = []
for _ in range({repeat}):
    start = time.process_time()
    for t, p in texts:
        extract_claims(t, p)
    runs.append(time.process_time() - start)
print(json.dumps({{"best": min(runs), "median": statistics.median(runs), "claims": claims}}))
"""


def run(root: Path, repeat: int) -> dict[str, float]:
    code = _CHILD.format(root=str(root), bench=str(HERE), repeat=repeat)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="first checkout (the one compared against)")
    ap.add_argument("b", type=Path, help="second checkout")
    ap.add_argument("--pairs", type=int, default=3, help="alternating pairs of runs")
    ap.add_argument("--repeat", type=int, default=7, help="timed passes per run")
    args = ap.parse_args(argv)
    for root in (args.a, args.b):
        if not (root / "indicators" / "extract.py").is_file():
            print(f"error: {root}: no indicators/extract.py (not a checkout of this project)")
            return 2
    best: dict[Path, list[float]] = {args.a: [], args.b: []}
    for i in range(args.pairs):
        line = []
        for root in (args.a, args.b):
            r = run(root.resolve(), args.repeat)
            best[root].append(r["best"])
            line.append(
                f"{root}: best {r['best']:.4f} s, median {r['median']:.4f} s, "
                f"{int(r['claims']):,} claims"
            )
        print(f"pair {i + 1}: " + " | ".join(line))
    a, b = statistics.median(best[args.a]), statistics.median(best[args.b])
    print(f"median of bests: {a:.4f} s / {b:.4f} s ({(b / a - 1) * 100:+.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
