"""One error family for everything a user can get wrong.

Hierarchy::

    IndicatorsError                 base; the CLI prints its message on one line, exits 1
    ├── FileError (ValueError)      a problem at path[:line] in a file
    │   ├── InputError              an article or claims file that cannot be read
    │   └── CatalogError            data/catalog.yaml is invalid
    ├── StoreError                  the DuckDB store refused an operation
    │   └── ReadOnlyQueryError      a write statement sent to the read-only `sql` command
    └── NotFoundError (KeyError)    an indicator or claim id that does not exist

Each subclass keeps the fields that went wrong (path, line, value) and builds its
message from them, so tests can check exact messages.
"""

from __future__ import annotations

from pathlib import Path


class IndicatorsError(Exception):
    """Base of every error a user can cause."""

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else type(self).__name__


class FileError(IndicatorsError, ValueError):
    """A problem at a place in a file: ``path[:line]: problem``."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None) -> None:
        super().__init__(path, problem, line)
        self.path = str(path)
        self.problem = problem
        self.line = line

    @property
    def message(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"


class InputError(FileError):
    """A file that cannot be read as an article or a claims table."""


class CatalogError(FileError):
    """The indicator catalogue is invalid."""


class StoreError(IndicatorsError):
    """The store could not do what was asked."""


class ReadOnlyQueryError(StoreError):
    """A statement that would change the store was sent to a read-only query."""

    def __init__(self, statement: str) -> None:
        super().__init__(statement)
        self.statement = statement

    @property
    def message(self) -> str:
        head = " ".join(self.statement.split())[:60]
        return f"refused: the store is opened read-only for queries, and {head!r} would change it"


class NotFoundError(IndicatorsError, KeyError):
    """An id that names nothing in the store or catalogue."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    @property
    def message(self) -> str:
        return f"no {self.kind} {self.key!r}"

    def __str__(self) -> str:  # KeyError would quote the args tuple
        return self.message
