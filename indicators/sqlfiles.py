"""The one loader of the `.sql` files under `sql/` (shipped in the wheel as `indicators/sql`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

#: the schema version `sql/schema.sql` creates; bump it with each file in sql/migrations/
SCHEMA_VERSION = 1

_HERE = Path(__file__).resolve().parent


@cache
def sql_dir() -> Path:
    """`indicators/sql` in an installed wheel, the repository's `sql/` in a checkout."""
    for candidate in (_HERE / "sql", _HERE.parent / "sql"):
        if (candidate / "schema.sql").is_file():
            return candidate
    raise FileNotFoundError("sql/schema.sql not found beside the indicators package")


def sql_text(name: str) -> str:
    """The text of one SQL file, e.g. ``sql_text("views.sql")``."""
    return (sql_dir() / name).read_text(encoding="utf-8")
