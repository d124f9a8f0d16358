"""Load articles from disk: ``.txt``, ``.md`` (optional YAML front matter), ``.html``, ``.jsonl``.

Each file becomes one or more `Document`s.  A file that cannot be read raises
`InputError` naming the file (and line, for JSONL) and the problem; the caller decides
whether to go on with the other files.  Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from indicators.claims import Document
from indicators.errors import InputError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
#: one article larger than this is almost certainly not an article (a dump, a binary)
MAX_ARTICLE_BYTES = 20_000_000
_SIZE_RULE = "one article may be at most 20 MB (split it, or use .jsonl with one article a line)"
METADATA_KEYS = ("title", "publisher", "url", "published", "synthetic")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_RE = (
    "|".join(m.capitalize() for m in _MONTHS)
    + "|"
    + "|".join(m[:3].capitalize() + r"\.?" for m in _MONTHS)
)
_FULL_DATES = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b"
)


@dataclass(frozen=True)
class LoadFailure:
    """A file (or JSONL line) that could not be loaded, and why."""

    error: InputError


def content_id(text: str) -> str:
    """The document id: sha256 of the stored text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | LoadFailure]:
    """Expand paths into article files, in sorted order within each folder.

    A missing path yields a `LoadFailure`; a folder yields its supported files
    (README files in a folder describe it and are not articles).
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in SUFFIXES
                    and child.stem.lower() != "readme"
                ):
                    yield child
        elif path.is_file():
            yield path
        elif path.exists():
            yield LoadFailure(InputError(path, "not a regular file"))
        else:
            yield LoadFailure(InputError(path, "no such file or directory"))


def load_file(path: Path) -> Iterator[Document]:
    """Read one article file into documents (one, or one a line for JSONL).

    The whole file is checked before this returns, so a broken line raises here and
    no document of a bad file is ever yielded; JSONL is then streamed a line at a time,
    so a file of 100,000 articles never sits in memory at once.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            path,
            f"unsupported file type {suffix or '(none)'!r}; expected one of " + ", ".join(SUFFIXES),
        )
    if suffix == ".jsonl":
        if sum(1 for _ in _jsonl_documents(path)) == 0:  # the checking pass: every line
            raise InputError(path, "no articles in file")
        return _jsonl_documents(path)
    _check_size(path)
    raw = _read_text(path)
    if suffix in (".html", ".htm"):
        text, meta = _html_text(raw)
    elif suffix in (".md", ".markdown"):
        text, meta = _split_front_matter(path, raw)
    else:
        text, meta = raw, {}
    return iter([_document(path, text, meta)])


def infer_published(text: str) -> date | None:
    """The latest full calendar date the text mentions, or None."""
    latest: date | None = None
    for m in _FULL_DATES.finditer(text):
        try:
            if m["iso"]:
                found = date.fromisoformat(m["iso"])
            else:
                month = (m["m1"] or m["m2"]).rstrip(".").lower()[:3]
                found = date(
                    int(m["y1"] or m["y2"]),
                    [x[:3] for x in _MONTHS].index(month) + 1,
                    int(m["d1"] or m["d2"]),
                )
        except ValueError:  # "February 30, 2025" is not a date
            continue
        if latest is None or found > latest:
            latest = found
    return latest


# ----------------------------------------------------------------------------- internals


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(path, "contains NUL bytes; not a text file")
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def _split_front_matter(path: Path, raw: str) -> tuple[str, dict[str, Any]]:
    if not raw.startswith("---"):
        return raw, {}
    m = _FRONT_MATTER.match(raw)
    if m is None:
        raise InputError(path, "front matter opened with '---' is never closed", line=1)
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(path, f"broken front matter: {problem}", line=line) from None
    if not isinstance(meta, dict):
        raise InputError(path, "broken front matter: expected 'key: value' lines", line=2)
    return raw[m.end() :], meta


def _html_text(raw: str) -> tuple[str, dict[str, Any]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    meta: dict[str, Any] = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or ""
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        if key in ("og:site_name", "publisher", "author") and "publisher" not in meta:
            meta["publisher"] = content.strip()
        elif key in ("article:published_time", "date", "pubdate") and "published" not in meta:
            meta["published"] = content.strip()[:10]
        elif key == "og:url":
            meta["url"] = content.strip()
        elif key == "og:title":
            meta["title"] = content.strip()
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    blocks = soup.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "td"])
    if blocks:
        paragraphs = [" ".join(b.get_text(" ").split()) for b in blocks]
    else:
        paragraphs = [" ".join(chunk.split()) for chunk in soup.get_text("\n").split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p), meta


def _jsonl_documents(path: Path) -> Iterator[Document]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                    number,
                ) from None
            if not line.strip():
                continue
            if len(raw) > MAX_ARTICLE_BYTES:
                raise InputError(path, f"line is {len(raw) / 1e6:.1f} MB; {_SIZE_RULE}", number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"broken JSON: {exc.msg}", line=number) from None
            if not isinstance(record, dict):
                raise InputError(path, "expected a JSON object with a 'text' key", line=number)
            text = record.pop("text", None)
            if not isinstance(text, str) or not text.strip():
                raise InputError(path, "missing or empty 'text'", line=number)
            if "\x00" in text:
                raise InputError(path, "text contains NUL characters", line=number)
            yield _document(
                path, text.replace("\r\n", "\n").replace("\r", "\n"), record, line=number
            )


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_ARTICLE_BYTES:
        raise InputError(path, f"file is {size / 1e6:.1f} MB; {_SIZE_RULE}")


def _document(path: Path, text: str, meta: dict[str, Any], line: int | None = None) -> Document:
    unknown = sorted(set(meta) - set(METADATA_KEYS))
    if unknown:
        raise InputError(
            path, f"unknown metadata key {unknown[0]!r}; expected {', '.join(METADATA_KEYS)}", line
        )
    text = text.strip("\n")
    if not text.strip():
        raise InputError(path, "no text after the front matter", line)
    published = _parse_published(path, meta.get("published"), line)
    inferred = published is None
    if inferred:
        published = infer_published(text)
    synthetic = meta.get("synthetic", False)
    if not isinstance(synthetic, bool):
        raise InputError(path, f"'synthetic' must be true or false, not {synthetic!r}", line)
    fields: dict[str, str | None] = {}
    for key in ("title", "publisher", "url"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise InputError(path, f"{key!r} must be text, not {type(value).__name__}", line)
        fields[key] = None if value is None else str(value).strip() or None
    return Document(
        doc_id=content_id(text),
        text=text,
        title=fields["title"],
        publisher=fields["publisher"],
        url=fields["url"],
        published_on=published,
        published_inferred=inferred and published is not None,
        synthetic=synthetic,
        source_path=str(path) if line is None else f"{path}:{line}",
    )


def _parse_published(path: Path, value: object, line: int | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(
            path, f"'published' must be a date like 2025-12-17, not {value!r}", line
        ) from None
