"""Loading articles: formats, metadata, inferred dates, and one clear error per bad file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from indicators.documents import content_id, infer_published, iter_files, load_file
from indicators.errors import InputError


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_is_read_whole_and_its_id_is_the_text_hash(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Exports rose 4% on March 3, 2025.\r\n")
    [doc] = load_file(path)
    assert doc.text == "Exports rose 4% on March 3, 2025."
    assert doc.doc_id == content_id(doc.text)
    assert doc.published_on == date(2025, 3, 3)
    assert doc.published_inferred is True


def test_markdown_front_matter_gives_metadata_and_is_not_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: Grain\npublisher: Wire\nurl: https://example.org/x\n"
        "published: 2024-05-06\nsynthetic: true\n---\nBody text.\n",
    )
    [doc] = load_file(path)
    assert (doc.title, doc.publisher, doc.url) == ("Grain", "Wire", "https://example.org/x")
    assert doc.published_on == date(2024, 5, 6)
    assert doc.published_inferred is False
    assert doc.synthetic is True
    assert doc.text == "Body text."


def test_html_text_comes_from_a_parser_with_paragraphs_kept(tmp_path: Path) -> None:
    html = (
        "<html><head><title>T</title><meta property='og:site_name' content='Pub'>"
        "<meta property='article:published_time' content='2025-01-02T10:00:00Z'>"
        "<script>var x = 5000;</script></head><body><p>First &amp; <b>bold</b>.</p>"
        "<p>Second 12 tanks.</p></body></html>"
    )
    [doc] = load_file(write(tmp_path, "a.html", html))
    assert doc.text == "First & bold .\n\nSecond 12 tanks."
    assert (doc.title, doc.publisher, doc.published_on) == ("T", "Pub", date(2025, 1, 2))


def test_jsonl_gives_one_document_a_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "One.", "publisher": "P", "published": "2025-02-03"}),
        "",
        json.dumps({"text": "Two.", "title": "t"}),
    ]
    docs = list(load_file(write(tmp_path, "a.jsonl", "\n".join(lines))))
    assert [d.text for d in docs] == ["One.", "Two."]
    assert docs[0].published_on == date(2025, 2, 3)
    assert docs[1].source_path is not None and docs[1].source_path.endswith("a.jsonl:3")


def test_inferred_date_is_the_latest_full_date_mentioned() -> None:
    text = "On 4 May 2024 and on December 17, 2025 and 2025-06-01, but not on February 30, 2026."
    assert infer_published(text) == date(2025, 12, 17)
    assert infer_published("In 2025 output rose.") is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", b"caf\xe9 prices", "bad.txt: not UTF-8 text (byte 0xe9 at offset 3)"),
        ("empty.txt", "  \n\n", "empty.txt: empty file"),
        (
            "open.md",
            "---\ntitle: x\nno closing\n",
            "open.md:1: front matter opened with '---' is never closed",
        ),
        (
            "yaml.md",
            "---\ntitle: [unclosed\n---\nBody\n",
            "yaml.md:3: broken front matter: expected ',' or ']', but got '<stream end>'",
        ),
        (
            "key.md",
            "---\nauthor: me\n---\nBody\n",
            "key.md: unknown metadata key 'author'; expected title, publisher, url, published, synthetic",
        ),
        (
            "date.md",
            "---\npublished: soon\n---\nBody\n",
            "date.md: 'published' must be a date like 2025-12-17, not 'soon'",
        ),
        (
            "broken.jsonl",
            '{"text": "ok"}\n{"text": \n',
            "broken.jsonl:2: broken JSON: Expecting value",
        ),
        ("notext.jsonl", '{"title": "x"}\n', "notext.jsonl:1: missing or empty 'text'"),
        (
            "latin.jsonl",
            b'{"text": "ok"}\n{"text": "caf\xe9"}\n',
            "latin.jsonl:2: not UTF-8 text (byte 0xe9 at column 14)",
        ),
        ("blank.jsonl", "\n\n", "blank.jsonl: no articles in file"),
        (
            "a.pdf",
            "%PDF",
            "a.pdf: unsupported file type '.pdf'; expected one of .txt, .md, .markdown, .html, .htm, .jsonl",
        ),
    ],
)
def test_a_bad_file_raises_one_line_naming_file_and_problem(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        load_file(path)
    assert str(info.value) == f"{tmp_path}/{message}"
    assert "\n" not in str(info.value)


def test_folders_expand_to_supported_files_and_missing_paths_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "x")
    write(tmp_path, "a.md", "x")
    write(tmp_path, "README.md", "about this folder")
    write(tmp_path, "notes.csv", "x")
    found = list(iter_files([tmp_path, tmp_path / "missing.txt"]))
    assert found[:2] == [tmp_path / "a.md", tmp_path / "b.txt"]
    assert str(found[2].error) == f"{tmp_path}/missing.txt: no such file or directory"  # type: ignore[union-attr]


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indicators.documents.MAX_ARTICLE_BYTES", 10)
    path = write(tmp_path, "big.txt", "x" * 11)
    with pytest.raises(InputError) as info:
        load_file(path)
    assert str(info.value) == (
        f"{path}: file is 0.0 MB; one article may be at most 20 MB "
        "(split it, or use .jsonl with one article a line)"
    )


def test_a_jsonl_file_is_checked_whole_before_any_document_is_returned(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Article {i}: 5 tanks."}) for i in range(50)] + ["{oops"]
    path = write(tmp_path, "many.jsonl", "\n".join(lines))
    with pytest.raises(InputError, match=r"many\.jsonl:51: broken JSON"):
        load_file(path)
