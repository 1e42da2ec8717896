"""Loading the corpus folder: which files, ids, decoding and the problems reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.config import Config
from newscorpus.errors import CorpusError
from newscorpus.load import assign_ids, load_corpus, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("000_bf33a608a129df56", "000-bf33a608a129df56"),
        ("Reuters/Port Strike (final)", "reuters-port-strike-final"),
        # Accents fold to ASCII; scripts with no ASCII form leave "article".
        ("Café Müller", "cafe-muller"),
        ("Новости", "article"),
        ("../../etc/passwd", "etc-passwd"),
        ("x" * 300, "x" * 80),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_colliding_paths_get_distinct_stable_ids() -> None:
    ids = assign_ids(["a b.txt", "a-b.txt", "c.txt"])
    assert ids["c.txt"] == "c"
    assert ids["a b.txt"] != ids["a-b.txt"]
    assert ids["a b.txt"].startswith("a-b-")
    assert assign_ids(["a-b.txt", "a b.txt", "c.txt"]) == ids


def test_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(Config(corpus_dir=tmp_path / "nope"))


def test_empty_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder is empty"):
        load_corpus(Config(corpus_dir=tmp_path))


def test_bad_files_are_reported_and_the_rest_loaded(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeffWith a byte order mark.".encode())
    (tmp_path / "cp1252.txt").write_bytes(b"It\x92s not UTF-8.")
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    loaded = load_corpus(Config(corpus_dir=tmp_path))
    assert [s.path for s in loaded.sources] == ["bom.txt", "good.txt"]
    assert loaded.sources[0].text == "With a byte order mark."
    assert [str(p) for p in loaded.problems] == [
        "cp1252.txt: not valid UTF-8 (byte 0x92 at 2) (Hint: save the file as UTF-8)",
        "empty.txt: file is empty (Hint: remove it or add the article text)",
        "notes.docx: unsupported file type '.docx' (Hint: articles are read from .txt files)",
    ]


def test_subfolders_are_read_with_slash_paths(tmp_path: Path) -> None:
    (tmp_path / "afp").mkdir()
    (tmp_path / "afp" / "one.txt").write_text("Story one.", encoding="utf-8")
    loaded = load_corpus(Config(corpus_dir=tmp_path))
    assert [(s.id, s.path) for s in loaded.sources] == [("afp-one", "afp/one.txt")]
