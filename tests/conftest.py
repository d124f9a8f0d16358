"""Shared fixtures: the repository's sample data and stores built from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indicators.catalog import load_catalog
from indicators.store import Store

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "data" / "articles"
CATALOG = REPO / "data" / "catalog.yaml"
SEED = ARTICLES / "000_7224571df33810ab.md"


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a temporary folder, with the repository's catalogue."""
    with Store(tmp_path / "fresh.duckdb", catalog=CATALOG) as store:
        yield store


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding every sample article (built once per test session)."""
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(path, catalog=load_catalog(CATALOG)) as store:
        report = store.ingest([ARTICLES])
        assert report.ok, report.errors
    return path


@pytest.fixture
def sample_store(sample_db: Path) -> Iterator[Store]:
    """The sample store, opened read-only."""
    with Store(sample_db, read_only=True) as store:
        yield store
