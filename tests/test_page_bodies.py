"""A kept page's content is read from its body file only when asked for; a body that cannot be read renders
the page again."""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus.config import Config
from newscorpus.file_status import sum_of
from newscorpus.model import Page, SiteLinks
from newscorpus.render import PageMemo
from newscorpus.render.bodies import KeptPage, is_text, write_body
from newscorpus.render.memo import _shard
from newscorpus.write import write_site

from .test_list_memo import article

_LINKS = SiteLinks(group_of={}, groups={}, articles={"a": article("a")}, hub_of={})


def _render(renders: list[str], text: str = "# A\n") -> Callable[[SiteLinks], Page]:
    def make(seen: SiteLinks) -> Page:
        renders.append(seen.articles["a"].id)
        return Page("a.md", text)

    return make


def _kept_twice(folder: Path, renders: list[str]) -> PageMemo:
    """Return a memo reading back a page kept by an earlier build."""
    first = PageMemo(folder, Config(), _LINKS)
    first.kept("article/a", _render(renders))
    first.save()
    return PageMemo(folder, Config(), _LINKS)


def _body(folder: Path) -> Path:
    (body,) = (folder / "pages").glob("*.body")
    return body


def test_a_kept_page_is_not_read_until_its_content_is_asked_for(tmp_path: Path) -> None:
    renders: list[str] = []
    again = _kept_twice(tmp_path, renders)
    _body(tmp_path).unlink()  # were it read, the page would render again
    page = again.kept("article/a", _render(renders))
    assert page.path == "a.md" and is_text(page)
    assert renders == ["a"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda body: body.unlink(),
        lambda body: body.write_bytes(body.read_bytes()[:-3]),  # truncated
        lambda body: body.write_bytes(body.read_bytes().replace(b"# A", b"# B")),  # damaged
    ],
    ids=["missing", "truncated", "damaged"],
)
def test_a_body_that_cannot_be_read_renders_the_page_again_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[Path], None]
) -> None:
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    renders: list[str] = []
    again = _kept_twice(tmp_path, renders)
    spoil(_body(tmp_path))
    with caplog.at_level(logging.WARNING, logger="newscorpus.render.bodies"):  # whatever level a CLI run set
        assert again.kept("article/a", _render(renders)).content == "# A\n"
    assert renders == ["a", "a"]
    assert any("rendering them again" in message for message in caplog.messages)


def test_a_body_of_another_write_of_its_shard_is_not_read(tmp_path: Path) -> None:
    renders: list[str] = []
    again = _kept_twice(tmp_path, renders)
    # A body written by a later build cut short before its shard file: of another write.
    write_body(_body(tmp_path).with_suffix(""), again.version, {"article/a": "# Z\n"})
    assert again.kept("article/a", _render(renders)).content == "# A\n"
    assert renders == ["a", "a"]


def test_a_shard_written_again_keeps_its_unread_pages_contents(tmp_path: Path) -> None:
    renders: list[str] = []
    again = _kept_twice(tmp_path, renders)
    again.kept("article/a", _render(renders))
    again._dirty.add(_shard("article/a"))  # as when another page of its shard changed
    again.save()
    third = PageMemo(tmp_path, Config(), _LINKS)
    assert third.kept("article/a", _render(renders)).content == "# A\n"
    assert renders == ["a"]


def test_a_kept_page_equals_hashes_and_pickles_as_the_page() -> None:
    page = Page("a.md", "# A\n")
    kept = KeptPage("a.md", True, lambda: "# A\n")
    assert kept == page and page == kept and hash(kept) == hash(page)
    assert kept != Page("a.md", "# B\n")
    assert type(pickle.loads(pickle.dumps(kept))) is Page


def test_the_write_stage_does_not_read_a_kept_page_whose_file_holds_it(tmp_path: Path) -> None:
    out, record = tmp_path / "docs", tmp_path / "written"
    write_site([Page("a.md", "# A\n")], out, record)
    time.sleep(0.2)  # older than a tick of the file system's clock, so the record keeps it
    write_site([Page("a.md", "# A\n")], out, record)
    asked: list[str] = []

    def content() -> str:
        asked.append("a")
        return "# A\n"

    kept = KeptPage("a.md", True, content)
    size = len(b"# A\n")
    _, digest = sum_of(b"# A\n")
    written = write_site([kept], out, record, {"a.md": (kept, (size, digest))})
    assert asked == [] and written.changed == 0 and written.pages == 1
    # A kept page whose file is gone is read and written.
    (out / "a.md").unlink()
    again = KeptPage("a.md", True, content)
    write_site([again], out, record, {"a.md": (again, (size, digest))})
    assert asked == ["a"] and (out / "a.md").read_text() == "# A\n"
