"""The README is the first thing a new user runs: its examples must stay true."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from indicators.evaluate import evaluate, load_gold

from .conftest import REPO
from .test_cli import run

README = (REPO / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[list[str], str]]:
    """(`indicators` arguments, printed output) for every `$ indicators …` line shown with output."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        for m in re.finditer(r"^\$ indicators (.+)\n((?:(?!\$ ).*\n)*)", block, flags=re.M):
            command, output = m.group(1), m.group(2)
            if "…" in command or not output.strip():
                continue  # abbreviated in the README
            examples.append((shlex.split(command), output))
    return examples


@pytest.mark.parametrize(
    ("args", "output"),
    console_examples(),
    ids=lambda x: " ".join(x)[:60] if isinstance(x, list) else "",
)
def test_readme_console_examples_print_what_the_readme_shows(
    args: list[str], output: str, sample_db: Path
) -> None:
    result = run(*args, "--db", sample_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == output


def test_there_are_console_examples_to_check() -> None:
    assert len(console_examples()) >= 5


def test_the_readme_gold_example_is_valid_and_the_extractor_gets_it_right(tmp_path: Path) -> None:
    [example] = re.findall(r"```json\n(.*?)```", README, flags=re.S)
    record = json.loads(example)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(load_gold(path))
    assert (report.precision, report.recall) == (1.0, 1.0)
    assert report.field_accuracy is not None and report.field_accuracy["all"] == 1.0


def test_the_readme_names_both_commands_and_ci_runs_the_test_one() -> None:
    assert "make demo" in README and "make test" in README
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert [
        line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ] == ["make test"]
