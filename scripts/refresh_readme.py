"""Re-run the README's `$ indicators …` examples against a store of data/articles and
rewrite their output in place.  Run after a change that alters what they print:

    .venv/bin/python scripts/refresh_readme.py

tests/test_readme.py fails until the README matches again, so the README never lies.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "readme.duckdb"
        cli = [sys.executable, "-m", "indicators"]
        subprocess.run([*cli, "ingest", "data/articles", "--db", str(db)], cwd=ROOT, check=True,
                       capture_output=True)  # fmt: skip

        def rerun(m: re.Match[str]) -> str:
            command, output = m.group(1), m.group(2)
            if "…" in command or not output.strip():
                return m.group(0)
            fresh = subprocess.run([*cli, *shlex.split(command), "--db", str(db)], cwd=ROOT,
                                   check=True, capture_output=True, text=True).stdout  # fmt: skip
            return f"$ indicators {command}\n{fresh}"

        def block(m: re.Match[str]) -> str:
            body = re.sub(r"^\$ indicators (.+)\n((?:(?!\$ ).*\n)*)", rerun, m.group(1), flags=re.M)
            return f"```console\n{body}```"

        text = re.sub(r"```console\n(.*?)```", block, text, flags=re.S)
    readme.write_text(text, encoding="utf-8")
    print(f"refreshed {readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
