"""The analyst notebook runs top to bottom against a freshly ingested store.

The notebook is executed in a real Jupyter kernel (nbclient) running *this* interpreter,
so it sees the same installed `indicators` package as the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "analysis.ipynb"
ARTICLES = REPO / "data" / "articles"
CATALOG = REPO / "data" / "catalog.yaml"
SEED_INDICATORS = (
    "belarus.enterprises_in_russian_defense_industry",
    "belarus.drone_factory_capacity",
    "belarus.munitions_supplied_to_russia",
    "belarus.oreshnik_launchers",
)
CHART = "belarus.munitions_supplied_to_russia.png"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store built from `data/articles` with the repository catalogue, then closed."""
    pytest.importorskip(
        "indicators.extract",
        reason="indicators.extract (the claim extractor) is not written yet; "
        "the notebook needs an ingested store",
    )
    from indicators import Store

    path = tmp_path / "store" / "indicators.duckdb"
    with Store(path, catalog=CATALOG) as store:
        report = store.ingest([ARTICLES])
        assert report.ok, report.errors
        assert report.documents_added > 0, report.summary()
    return path


@pytest.fixture
def venv_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A `python3` kernelspec that launches this interpreter, found before any other.

    JUPYTER_PATH is searched before the user's and the environment's data folders, so a
    stray `python3` kernelspec elsewhere cannot make the notebook run in another Python.
    """
    from ipykernel.kernelspec import write_kernel_spec

    jupyter_dir = tmp_path / "jupyter"
    write_kernel_spec(jupyter_dir / "kernels" / "python3")
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter_dir))
    return "python3"


def _outputs_text(cell: Any) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif "data" in out:
            parts.append(out["data"].get("text/plain", ""))
    return "".join(parts)


def test_committed_notebook_is_stripped() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cells"
    for cell in code:
        assert cell.outputs == [], f"cell {cell.get('id')} has stored outputs"
        assert cell.execution_count is None, f"cell {cell.get('id')} has an execution count"


def test_notebook_runs_against_a_fresh_store(
    store_path: Path, venv_kernel: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nbclient import NotebookClient

    chart_dir = tmp_path / "charts"
    workdir = tmp_path / "notebooks"  # the kernel's cwd: nothing relative resolves to the repo
    workdir.mkdir()
    monkeypatch.setenv("INDICATORS_DB", str(store_path))
    monkeypatch.setenv("INDICATORS_CHART_DIR", str(chart_dir))

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # A last cell that reports which interpreter the kernel runs.
    probe = nbformat.v4.new_code_cell("import sys; print(sys.executable)")
    nb.cells.append(probe)
    client = NotebookClient(
        nb,
        kernel_name=venv_kernel,
        timeout=180,
        allow_errors=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        assert cell.execution_count is not None, f"cell {cell.get('id')} did not run"
        errors = [o for o in cell.outputs if o.get("output_type") == "error"]
        assert not errors, f"cell {cell.get('id')} raised: {errors}"

    # The kernel ran this interpreter, so it used the package under test.
    assert _outputs_text(probe).strip() == sys.executable

    sql_cells = [c for c in code if "store.sql(" in c.source and "FROM indicators" in c.source]
    assert sql_cells, "no SQL coverage cell found in the notebook"
    sql_text = _outputs_text(sql_cells[0])
    for indicator_id in SEED_INDICATORS:
        assert indicator_id in sql_text, f"{indicator_id} missing from the SQL cell output"

    png = chart_dir / CHART
    assert png.exists(), f"chart not written: {sorted(chart_dir.glob('*'))}"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000
    chart_cell = next(c for c in code if "chart_indicator(" in c.source)
    assert any("image/png" in o.get("data", {}) for o in chart_cell.outputs)
