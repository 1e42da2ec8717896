"""A rebuild reads only the corpus files that changed: the others give what they gave the last build."""

from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path

import pytest

from newscorpus import load
from newscorpus.config import Config
from newscorpus.load import LoadMemo, load_corpus
from newscorpus.load.memo import FILE


@pytest.fixture(autouse=True)
def logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Let caplog see the package's messages, which a CLI run earlier in the session keeps to its own handler
    at its own level."""
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.INFO, logger="newscorpus")


STORY = "Dock workers at the port returned to work on Thursday after a new wage deal ended the strike."


def _corpus(tmp_path: Path) -> Config:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "b.txt").write_text(STORY.replace("Dock", "Rail"), encoding="utf-8")
    time.sleep(0.2)  # older than a tick of the file system's clock, so their times tell any later change
    return Config(corpus_dir=corpus, out_dir=tmp_path / "docs", cache_dir=tmp_path / "cache")


def _texts(config: Config) -> dict[str, str]:
    return {s.path: s.text for s in load_corpus(config, LoadMemo(config.cache_dir_path, config)).sources}


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list of corpus files read, filled as they are read."""
    reads: list[str] = []
    read = load._read

    def counted(path: Path, config: Config) -> object:
        reads.append(path.name)
        return read(path, config)

    monkeypatch.setattr(load, "_read", counted)
    return reads


def test_unchanged_files_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _corpus(tmp_path)
    first = _texts(config)
    reads = _reads(monkeypatch)
    assert _texts(config) == first
    assert reads == []


def test_an_edited_file_is_read_again_even_at_the_same_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _corpus(tmp_path)
    _texts(config)
    (config.corpus_dir / "a.txt").write_text(STORY.replace("Dock", "Pier"), encoding="utf-8")
    reads = _reads(monkeypatch)
    assert _texts(config)["a.txt"].startswith("Pier workers")
    assert reads == ["a.txt"]


def test_a_file_changed_just_before_it_was_read_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _corpus(tmp_path)
    (config.corpus_dir / "a.txt").write_text(STORY.replace("Dock", "Pier"), encoding="utf-8")
    _texts(config)  # a.txt changed within the clock's tick: a change after this read might not show
    reads = _reads(monkeypatch)
    _texts(config)
    assert reads == ["a.txt"]


def test_another_setting_of_reading_reads_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _corpus(tmp_path)
    _texts(config)
    reads = _reads(monkeypatch)
    _texts(dataclasses.replace(config, fallback_encoding="latin-1"))
    assert reads == ["a.txt", "b.txt"]


def test_a_setting_of_how_the_build_runs_reads_no_file_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Negative: --strict and the number of workers change nothing a file gives.
    config = _corpus(tmp_path)
    _texts(config)
    reads = _reads(monkeypatch)
    _texts(dataclasses.replace(config, strict=True, workers=1))
    assert reads == []


def test_a_damaged_memo_is_warned_about_and_every_file_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    config = _corpus(tmp_path)
    first = _texts(config)
    assert config.cache_dir_path is not None
    for kept in (config.cache_dir_path / FILE).iterdir():
        kept.write_bytes(kept.read_bytes()[:-20])
    reads = _reads(monkeypatch)
    with caplog.at_level(logging.WARNING):
        assert _texts(config) == first
    assert reads == ["a.txt", "b.txt"]
    assert "reading its files" in caplog.text


def test_how_a_file_was_read_is_said_again_when_it_is_not_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = _corpus(tmp_path)
    (config.corpus_dir / "c.txt").write_bytes("Caf\xe9 owners in the old town said trade was slow.".encode("cp1252"))
    time.sleep(0.2)
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.INFO):
            _texts(config)
        assert "c.txt: not UTF-8" in caplog.text


def test_without_a_memo_nothing_is_kept(tmp_path: Path) -> None:
    config = _corpus(tmp_path)
    load_corpus(config)
    assert not (tmp_path / "cache").exists()
