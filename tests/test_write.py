"""The write stage: generated pages replaced, hand-written pages kept, nothing outside docs/."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.model import Page
from newscorpus.write import MANIFEST, write_site

from .conftest import BuildFn


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


def test_interrupted_swap_is_recovered(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_site([Page("index.md", "first\n")], docs)
    # A build killed between its two renames leaves only the old copy.
    docs.rename(tmp_path / ".docs.old")
    write_site([Page("index.md", "second\n")], docs)
    assert (docs / "index.md").read_text(encoding="utf-8") == "second\n"
    assert not (tmp_path / ".docs.old").exists()


def test_deleted_article_page_disappears(project: Path, build: BuildFn) -> None:
    assert build() == 0
    pages = sorted(p.name for p in (project / "docs" / "articles").iterdir())
    assert "000-bf33a608a129df56.md" in pages
    (project / "corpus" / "000_bf33a608a129df56.txt").unlink()
    assert build() == 0
    assert not (project / "docs" / "articles" / "000-bf33a608a129df56.md").exists()
    assert (project / "docs" / "stylesheets" / "extra.css").exists()
