"""The write stage: generated pages replaced, hand-written pages kept, nothing outside docs/."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscorpus import file_status, write
from newscorpus.cache import decode_entry
from newscorpus.file_status import sum_of
from newscorpus.model import Page
from newscorpus.write import MANIFEST, write_site

from .conftest import ROOT, BuildFn, read_tree


def test_hand_written_pages_are_kept_and_stale_pages_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "guides").mkdir(parents=True)
    (docs / "guides" / "about.md").write_text("# About\n", encoding="utf-8")
    write_site([Page("index.md", "home\n"), Page("articles/a.md", "a\n")], docs)
    write_site([Page("index.md", "home 2\n"), Page("articles/b.md", "b\n")], docs)
    assert (docs / "guides" / "about.md").read_text(encoding="utf-8") == "# About\n"
    assert (docs / "index.md").read_text(encoding="utf-8") == "home 2\n"
    assert not (docs / "articles" / "a.md").exists()
    assert (docs / "articles" / "b.md").exists()
    assert (docs / MANIFEST).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_search_index_files_are_written_as_bytes_and_replaced_like_pages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    index = b"\x1f\x8b\x00binary\r\n"  # gzip-like bytes: no newline translation, no decoding
    written = write_site([Page("index.md", "home\n"), Page("pagefind/fragment/en_1.pf_fragment", index)], docs)
    assert (docs / "pagefind" / "fragment" / "en_1.pf_fragment").read_bytes() == index
    assert written.pages == 1  # the summary line counts pages, not the index's files
    write_site([Page("index.md", "home\n"), Page("pagefind/fragment/en_2.pf_fragment", index)], docs)
    assert sorted(p.name for p in (docs / "pagefind" / "fragment").iterdir()) == ["en_2.pf_fragment"]


def test_hand_written_page_at_a_generated_path_wins(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# My own home page\n", encoding="utf-8")
    written = write_site([Page("index.md", "generated\n")], docs)
    assert (docs / "index.md").read_text(encoding="utf-8") == "# My own home page\n"
    assert written.pages == 0
    assert "hand-written page" in written.problems[0].message


@pytest.mark.parametrize("path", ["../evil.md", "/etc/evil.md", "a/../../evil.md", ""])
def test_nothing_is_written_outside_the_docs_dir(tmp_path: Path, path: str) -> None:
    with pytest.raises(ValueError, match="outside the docs dir"):
        write_site([Page(path, "x")], tmp_path / "docs")
    assert not (tmp_path / "evil.md").exists()


@pytest.mark.parametrize(
    ("path", "plain"),
    [
        ("articles/a.md", True),
        ("pagefind/fragment/en_1a.pf_fragment", True),
        ("a..b/c.d.md", True),  # dots inside a name are plain
        ("a/./b.md", False),
        ("a/../b.md", False),
        ("a//b.md", False),
        ("a/", False),
        ("/a.md", False),
        (".", False),
        ("..", False),
        ("", False),
    ],
)
def test_a_path_is_plain_only_when_every_part_is_a_name(path: str, plain: bool) -> None:
    assert write._plain(path) is plain
    assert plain is (not path.startswith("/") and {"", ".", ".."}.isdisjoint(path.split("/")))


def test_unchanged_pages_keep_their_files_and_times(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_site([Page("index.md", "home\n"), Page("articles/a.md", "a\n"), Page("articles/b.md", "b\n")], docs)
    for path in docs.rglob("*"):
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    written = write_site([Page("index.md", "home 2\n"), Page("articles/a.md", "a\n")], docs)
    # Only the changed page was written and the removed one deleted; the unchanged one was left alone.
    assert written.changed == 3  # index.md, articles/b.md and the manifest
    assert (docs / "articles" / "a.md").stat().st_mtime_ns == 1_000_000_000
    assert (docs / "index.md").stat().st_mtime_ns != 1_000_000_000
    assert not (docs / "articles" / "b.md").exists()


def test_folders_emptied_by_removed_pages_are_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_site([Page("index.md", "home\n"), Page("people/p/index.md", "p\n")], docs)
    write_site([Page("index.md", "home\n")], docs)
    # As a build from scratch would leave it: no empty people/ folder.
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")) == [MANIFEST, "index.md"]


def test_interrupted_update_is_finished_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    docs = tmp_path / "docs"
    write_site([Page("index.md", "first\n"), Page("old.md", "old\n")], docs)

    def killed(staging: Path, out_dir: Path) -> None:
        raise KeyboardInterrupt  # stopped right after the journal was written

    monkeypatch.setattr(write, "_apply", killed)
    with pytest.raises(KeyboardInterrupt):
        write_site([Page("index.md", "second\n"), Page("new.md", "new\n")], docs)
    assert (docs / "index.md").read_text(encoding="utf-8") == "first\n"
    monkeypatch.undo()
    # caplog sees the package's records even after a CLI run has given them a handler of its own.
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.WARNING, logger="newscorpus")
    # The next build, even of other pages, first finishes the committed update, then makes its own.
    write_site([Page("index.md", "second\n"), Page("new.md", "new\n")], docs)
    assert "finishing the update of the docs dir left by an interrupted build" in caplog.text
    assert sorted(p.name for p in docs.iterdir()) == [MANIFEST, "index.md", "new.md"]
    assert (docs / "index.md").read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_deleted_article_page_disappears(project: Path, build: BuildFn) -> None:
    assert build() == 0
    pages = sorted(p.name for p in (project / "docs" / "articles").iterdir())
    assert "000-bf33a608a129df56.md" in pages
    (project / "corpus" / "000_bf33a608a129df56.txt").unlink()
    assert build() == 0
    assert not (project / "docs" / "articles" / "000-bf33a608a129df56.md").exists()
    assert (project / "docs" / "stylesheets" / "extra.css").exists()


# A build process that kills itself (SIGKILL: no cleanup, no finally) at a chosen moment of the
# write stage: after `AFTER` changed pages are written to the staging folder, or after `AFTER` of
# them are moved into the docs dir (the journal written).
KILLER = """
import os, signal, sys
from pathlib import Path
import newscorpus.write as write
from newscorpus.cli import main

where, after = sys.argv[1], int(sys.argv[2])
written = 0
moved = -1
real_write_text = Path.write_text
real_replace = Path.replace
real_commit = write._commit

def write_text(self, *args, **kwargs):
    global written
    if where == "writing" and written == after:
        os.kill(os.getpid(), signal.SIGKILL)
    written += 1
    return real_write_text(self, *args, **kwargs)

def commit(*args):
    global moved
    real_commit(*args)
    moved = 0

def replace(self, target):
    global moved
    result = real_replace(self, target)
    if moved >= 0:
        if moved == after:
            os.kill(os.getpid(), signal.SIGKILL)
        moved += 1
    return result

Path.write_text = write_text
if where == "moving":
    write._commit = commit
    Path.replace = replace
sys.exit(main(["--corpus", "corpus", "--out", "docs", "-q"]))
"""


@pytest.mark.parametrize(
    ("where", "after"),
    [
        # Killed before the first page, halfway through, and after the last page is written.
        ("writing", 0),
        ("writing", 3),
        ("writing", 9),
        # Killed after the journal is written, before any page is moved and after two are.
        ("moving", 0),
        ("moving", 2),
    ],
)
def test_build_killed_midway_leaves_the_previous_site(project: Path, build: BuildFn, where: str, after: int) -> None:
    assert build() == 0
    before = read_tree(project / "docs")
    # The next build has one more article, so a half-written site would differ.
    (project / "corpus" / "new.txt").write_text("Port workers went back to work on Friday.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", KILLER, where, str(after)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    if where == "writing":
        assert read_tree(project / "docs") == before
    # The next build recovers: the complete new site, nothing left beside docs/.
    assert build() == 0
    assert "articles/new.md" in read_tree(project / "docs")
    assert sorted(p.name for p in project.iterdir()) == [".cache", "corpus", "docs", "mkdocs.yml", "overrides"]


def test_failure_while_writing_leaves_the_previous_site(
    project: Path, build: BuildFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build() == 0
    before = read_tree(project / "docs")
    (project / "corpus" / "000_bf33a608a129df56.txt").unlink()
    real = write._write_file
    calls = []

    def failing(path: str, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(write, "_write_file", failing)
    with pytest.raises(OSError, match="No space left"):
        build()
    assert read_tree(project / "docs") == before
    monkeypatch.undo()
    assert build() == 0
    assert "articles/000-bf33a608a129df56.md" not in read_tree(project / "docs")


def test_hand_written_pages_among_generated_ones_survive_rebuilds(project: Path, build: BuildFn) -> None:
    assert build() == 0
    notes = project / "docs" / "articles" / "my-notes.md"
    notes.write_text("# My notes\n", encoding="utf-8")
    (project / "corpus" / "001_4a2f7d61227ca627.txt").unlink()
    assert build() == 0
    assert build() == 0
    assert notes.read_text(encoding="utf-8") == "# My notes\n"
    assert not (project / "docs" / "articles" / "001-4a2f7d61227ca627.md").exists()


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list of files the write stage reads to compare, filled as it reads them."""
    reads: list[str] = []
    compare = write._holds

    def counted(path: str, status: os.stat_result, data: bytes) -> bool:
        reads.append(Path(path).name)
        return compare(path, status, data)

    monkeypatch.setattr(write, "_holds", counted)
    return reads


def test_a_record_of_the_files_written_spares_reading_unchanged_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    pages = [Page("index.md", "home\n"), Page("articles/a.md", "a\n")]
    write_site(pages, docs, record)
    time.sleep(0.2)  # older than a tick of the file system's clock, so their times tell any later change
    write_site(pages, docs, record)  # records the files, now settled
    reads = _reads(monkeypatch)
    written = write_site([Page("index.md", "home 2\n"), Page("articles/a.md", "a\n")], docs, record)
    assert reads == []  # known by the record: neither the unchanged page nor the changed one was read
    assert written.changed == 1
    assert (docs / "index.md").read_text(encoding="utf-8") == "home 2\n"


def test_files_a_first_build_wrote_are_recorded_so_the_next_build_reads_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files moved into place in the tick the record is made are not kept (file_status.py); in a real build
    # most are older than that tick, here none would be: take the tick as zero wide.
    monkeypatch.setattr(file_status, "RACY_NS", 0)
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    pages = [Page("index.md", "home\n"), Page("articles/a.md", "a\n")]
    write_site(pages, docs, record)  # every file new
    reads = _reads(monkeypatch)
    assert write_site(pages, docs, record).changed == 0
    assert reads == []


def test_a_file_a_first_build_wrote_then_changed_by_hand_is_still_read_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_status, "RACY_NS", 0)
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    write_site([Page("index.md", "home\n")], docs, record)
    time.sleep(0.01)
    (docs / "index.md").write_text("hand\n", encoding="utf-8")  # same size: only its times changed
    reads = _reads(monkeypatch)
    assert write_site([Page("index.md", "home\n")], docs, record).changed == 1
    assert reads == ["index.md"]
    assert (docs / "index.md").read_text(encoding="utf-8") == "home\n"


def test_a_generated_file_changed_by_hand_is_read_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    write_site([Page("index.md", "home\n")], docs, record)
    time.sleep(0.2)
    write_site([Page("index.md", "home\n")], docs, record)
    (docs / "index.md").write_text("hand\n", encoding="utf-8")  # same size: only its times changed
    reads = _reads(monkeypatch)
    written = write_site([Page("index.md", "home\n")], docs, record)
    assert reads == ["index.md"]
    assert written.changed == 1
    assert (docs / "index.md").read_text(encoding="utf-8") == "home\n"


def test_a_damaged_record_costs_reads_never_a_wrong_page(tmp_path: Path) -> None:
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    write_site([Page("index.md", "home\n")], docs, record)
    time.sleep(0.2)
    write_site([Page("index.md", "home\n")], docs, record)  # records the files, now settled
    assert any(record.iterdir())
    for shard in record.iterdir():
        shard.write_text('{"index.md": [1, 2', encoding="utf-8")
    written = write_site([Page("index.md", "home 2\n")], docs, record)
    assert written.changed == 1
    assert (docs / "index.md").read_text(encoding="utf-8") == "home 2\n"
    kept = [decode_entry(shard.read_bytes()) for shard in record.iterdir()]
    assert all(isinstance(entry, tuple) for entry in kept)  # each damaged shard written again
    assert set().union(*(entry[1].keys() for entry in kept)) <= {"index.md", MANIFEST}


def _hashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the pages the write stage hashes itself."""
    sizes: list[int] = []
    digest = write.sum_of

    def counted(data: bytes) -> tuple[int, str]:
        sizes.append(len(data))
        return digest(data)

    monkeypatch.setattr(write, "sum_of", counted)
    return sizes


def test_a_page_given_with_its_sum_is_not_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    home = Page("index.md", "home\n")
    write_site([home], docs, record)
    time.sleep(0.2)
    write_site([home], docs, record)
    hashed = _hashed(monkeypatch)
    written = write_site([home], docs, record, {"index.md": (home.content, sum_of(b"home\n"))})
    assert hashed == [len(_manifest(docs))]  # only the manifest, whose sum nobody gave
    assert written.changed == 0


def test_a_sum_given_for_other_content_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, record = tmp_path / "docs", tmp_path / "cache" / "written"
    write_site([Page("index.md", "home\n")], docs, record)
    time.sleep(0.2)
    write_site([Page("index.md", "home\n")], docs, record)
    hashed = _hashed(monkeypatch)
    # The sum of the old content, given with it, while the page now holds other bytes of the same size.
    written = write_site([Page("index.md", "hone\n")], docs, record, {"index.md": ("home\n", sum_of(b"home\n"))})
    assert len(hashed) == 2  # the page and the manifest
    assert written.changed == 1
    assert (docs / "index.md").read_text(encoding="utf-8") == "hone\n"


def _manifest(docs: Path) -> bytes:
    return (docs / MANIFEST).read_bytes()


def test_a_write_begun_ahead_and_never_finished_leaves_nothing_beside_the_docs_dir(tmp_path: Path) -> None:
    # The build reads the record of the files written while matching finishes: a build that stops after
    # (a failing stage) leaves no staging folder, and the next write is as if none had begun.
    docs = tmp_path / "docs"
    record = tmp_path / "written"
    write_site([Page("index.md", "home\n")], docs, record)
    beside = set(tmp_path.iterdir())
    write.Staging(docs, record)
    assert set(tmp_path.iterdir()) == beside
    staging = write.Staging(docs, record)
    staging.add([Page("index.md", "home\n")])
    assert staging.finish().changed == 0
    assert set(tmp_path.iterdir()) == beside
    assert (docs / "index.md").read_text(encoding="utf-8") == "home\n"
