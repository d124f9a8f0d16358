"""Count the instructions one extraction pass takes in each checkout, under cachegrind.

Run on demand, never from tests (needs valgrind; about a minute per checkout):

    .venv/bin/python bench/count_instructions.py /tmp/start .          # first 300 kB
    .venv/bin/python bench/count_instructions.py /tmp/start . --kb 1000
    .venv/bin/python bench/count_instructions.py /tmp/start . --cycles   # slower, see below

On a shared machine, wall time moves by several per cent between runs of the same code
(``bench_checkouts.py``); an instruction count repeats to the instruction.  For each checkout
two runs are counted, both importing ``indicators`` from it and warming up on the first
``--kb`` kilobytes of the benchmark corpus: one then makes a pass over the same text, the
other does not; the difference is one pass.  String hashing moves set and dict layouts and
the count with them (by about 1%), so each count is made under fixed ``PYTHONHASHSEED``
values (``--seeds``, 0 to 2 by default) and their mean is printed.  Instructions are not
time (cache misses and mispredicted branches are not counted): a change that saves
instructions should still be timed, and one that adds none may still cost time.

``--cycles`` counts those too: cachegrind simulates the caches and the branch predictor
(about three times slower) and the figure printed is its usual cycle estimate, instructions
+ 10 x (first-level cache misses + mispredicted branches) + 100 x last-level misses.  It is
a model, not the machine's clock, but it repeats like the instruction count and sees the
costs the count does not.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import bench_extract as b
from indicators.extract import extract_claims
texts = b.head(b.paragraphs(b.ensure_corpus(20.0, 20251220)), {kb} * 1000)
for _ in range(1 + {passes}):  # a warm-up pass, then the counted one
    for t, p in texts:
        extract_claims(t, p)
"""


#: cachegrind's summary lines read for the cycle estimate (as patterns), with their weights
_CYCLE_WEIGHTS = {
    r"I\s+refs": 1,
    r"I1\s+misses": 10,
    r"D1\s+misses": 10,
    r"Mispredicts": 10,
    r"LLi\s+misses": 100,
    r"LLd\s+misses": 100,
}


def count(root: Path, kb: int, passes: int, seed: int, cycles: bool = False) -> int:
    """Instructions (or, with ``cycles``, estimated cycles) of a run importing from ``root``
    that makes ``passes`` passes after its warm-up, under hash seed ``seed``."""
    code = _CHILD.format(root=str(root), bench=str(HERE), kb=kb, passes=passes)
    sim = "yes" if cycles else "no"
    valgrind = [
        "valgrind",
        "--tool=cachegrind",
        f"--cache-sim={sim}",
        f"--branch-sim={sim}",
        "--cachegrind-out-file=/dev/null",
    ]
    run = subprocess.run(
        [*valgrind, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": str(seed)},
        check=True,
    )
    total = 0
    for line, weight in _CYCLE_WEIGHTS.items() if cycles else [(r"I\s+refs", 1)]:
        m = re.search(rf"== {line}:\s+([\d,]+)", run.stderr)
        if m is None:
            raise RuntimeError(f"no {line!r} in valgrind's output:\n{run.stderr[-2000:]}")
        total += weight * int(m.group(1).replace(",", ""))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", type=Path, nargs="+", help="checkouts of the project")
    ap.add_argument("--kb", type=int, default=300, help="kilobytes of the corpus per pass")
    ap.add_argument("--seeds", type=int, default=3, help="hash seeds to average over")
    ap.add_argument(
        "--cycles", action="store_true", help="estimate cycles (simulated caches and branches)"
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import bench_extract

    # (generated here, before any count: a run that generated it would count the generation)
    bench_extract.ensure_corpus(20.0, 20251220)
    first: float | None = None
    for root in args.roots:
        if not (root / "indicators" / "extract.py").is_file():
            print(f"error: {root}: no indicators/extract.py (not a checkout of this project)")
            return 2
        counts = [
            count(root.resolve(), args.kb, 1, seed, args.cycles)
            - count(root.resolve(), args.kb, 0, seed, args.cycles)
            for seed in range(args.seeds)
        ]
        per_pass = sum(counts) / len(counts)
        change = "" if first is None else f" ({(per_pass / first - 1) * 100:+.2f}%)"
        first = per_pass if first is None else first
        print(
            f"{root}: {per_pass / 1e6:,.1f} M {'estimated cycles' if args.cycles else 'instructions'}"
            f" per pass over {args.kb} kB{change}"
            f" (seeds: {', '.join(f'{c / 1e6:,.1f}' for c in counts)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
