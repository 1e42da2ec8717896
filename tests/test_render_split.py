"""Pages rendered in two processes (render/split.py): the same pages, and the memo keeps the same reads."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from newscorpus.config import Config
from newscorpus.model import Page, SiteLinks
from newscorpus.render import PageMemo, render_site, split
from newscorpus.render.split import Job, pages_beside

from .test_list_memo import article, links_of

_MADE_HERE: list[str] = []
"""The pages made in this process: one made in the second process is noted in that process's copy."""


def _made(article_id: str, seen: SiteLinks) -> Page:
    """A page naming its article's title and what it looked up besides."""
    _MADE_HERE.append(article_id)
    title = seen.articles[article_id].title
    missing = seen.articles.get("gone")  # a key not in the table is a read too
    return Page(f"articles/{article_id}.md", f"{title} {missing} {len(seen.substitutions)}")


def _walking(seen: SiteLinks) -> Page:
    return Page("articles/index.md", " ".join(sorted(seen.articles)))  # walks the table: never kept


_IDS = tuple(f"a{n:02d}" for n in range(40))


def _build(
    folder: Path, *, enabled: bool, make: Callable[[str, SiteLinks], Page] = _made
) -> tuple[list[Page], PageMemo]:
    links = links_of(*(article(i) for i in _IDS))
    memo = PageMemo(folder, Config(), links)
    jobs: list[Job] = [(f"article/{i}", lambda seen, i=i: make(i, seen)) for i in _IDS]
    with pages_beside(memo, [*jobs[:20], ("index", _walking), *jobs[20:]], enabled=enabled) as made:
        pages = made()
    memo.save()
    return pages, memo


def _slow_here(parent: int, article_id: str, seen: SiteLinks) -> Page:
    """A page made slowly in the process parent, at once in any other."""
    if os.getpid() == parent:
        time.sleep(0.05)
    return _made(article_id, seen)


def _dying_beside(parent: int, article_id: str, seen: SiteLinks) -> Page:
    """A page whose making stops any process but parent."""
    if os.getpid() != parent:
        os._exit(1)
    return _made(article_id, seen)


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split, "_CHUNK", 3)


def test_pages_made_in_two_processes_are_kept_with_the_reads_and_order_of_pages_made_in_one(tmp_path: Path) -> None:
    _MADE_HERE.clear()
    shared, shared_memo = _build(tmp_path / "beside", enabled=True, make=partial(_slow_here, os.getpid()))
    assert len(_MADE_HERE) < len(_IDS)  # the second process made some
    _MADE_HERE.clear()
    here, here_memo = _build(tmp_path / "here", enabled=False)
    assert list(_IDS) == _MADE_HERE
    assert shared == here
    assert list(shared_memo._fresh.items()) == list(here_memo._fresh.items())
    assert shared_memo._fresh["article/a00"] == (("articles", "a00"), ("articles", "gone"), ("substitutions", None))
    assert "index" not in shared_memo._fresh  # it walked a table, as a page made here would
    kept = sorted(p.relative_to(tmp_path / "here") for p in (tmp_path / "here").rglob("*") if p.is_file())
    for name in kept:
        assert (tmp_path / "beside" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name


def test_the_quicker_process_renders_more_of_the_pages(tmp_path: Path) -> None:
    _MADE_HERE.clear()
    shared, _ = _build(tmp_path / "slow", enabled=True, make=partial(_slow_here, os.getpid()))
    assert len(_MADE_HERE) <= len(_IDS) // 4  # slow here: the second process took most chunks
    assert shared == _build(tmp_path / "here", enabled=False)[0]


def test_the_pages_a_stopped_second_process_did_not_send_are_made_here(tmp_path: Path) -> None:
    _MADE_HERE.clear()
    shared, _ = _build(tmp_path / "stopped", enabled=True, make=partial(_dying_beside, os.getpid()))
    assert sorted(_MADE_HERE) == list(_IDS)  # every page, whichever chunk the second process had taken
    assert shared == _build(tmp_path / "here", enabled=False)[0]


def test_a_memo_keeping_any_of_the_pages_renders_them_here(tmp_path: Path) -> None:
    links = links_of(article("a"), article("b"))
    memo = PageMemo(tmp_path, Config(), links)
    with pages_beside(
        memo, [(f"article/{i}", lambda seen, i=i: _made(i, seen)) for i in ("a", "b")], enabled=False
    ) as made:
        made()
    memo.save()
    links = links_of(article("a"), article("b", title="Edited"))
    memo = PageMemo(tmp_path, Config(), links)  # a's page kept, b's made again
    _MADE_HERE.clear()
    jobs: list[Job] = [(f"article/{i}", lambda seen, i=i: _made(i, seen)) for i in ("a", "b")]
    with pages_beside(memo, jobs, enabled=True) as made:
        made()
    assert (memo.reused, memo.rendered) == (1, 1)
    assert _MADE_HERE == ["b"]  # a rebuild renders its few pages here


def test_a_site_rendered_with_a_second_process_is_the_site_rendered_in_one(tmp_path: Path) -> None:
    links = links_of(*(article(f"a{n}", title=f"Story {n}") for n in range(6)))
    one = render_site(links, (), Config(workers=1), PageMemo(tmp_path / "one", Config(), links))
    two = Config(workers=2, parallel_min_articles=1)
    assert render_site(links, (), two, PageMemo(tmp_path / "two", two, links)) == one
    assert render_site(dataclasses.replace(links), (), two) == one
