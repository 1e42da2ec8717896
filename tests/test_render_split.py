"""Pages rendered in a second process (render/split.py): the same pages, and the memo keeps the same reads."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newscorpus.config import Config
from newscorpus.model import Page, SiteLinks
from newscorpus.render import PageMemo, render_site
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


def _build(folder: Path, *, enabled: bool) -> tuple[list[Page], PageMemo]:
    links = links_of(article("a"), article("b"))
    memo = PageMemo(folder, Config(), links)
    jobs: list[Job] = [(f"article/{i}", lambda seen, i=i: _made(i, seen)) for i in ("a", "b")]
    with pages_beside(memo, [*jobs, ("index", _walking)], enabled=enabled) as made:
        pages = made()
    memo.save()
    return pages, memo


def test_pages_made_beside_are_kept_with_the_reads_of_pages_made_here(tmp_path: Path) -> None:
    _MADE_HERE.clear()
    beside, beside_memo = _build(tmp_path / "beside", enabled=True)
    assert _MADE_HERE == []  # made in the second process
    here, here_memo = _build(tmp_path / "here", enabled=False)
    assert _MADE_HERE == ["a", "b"]
    assert beside == here
    assert beside_memo._fresh == here_memo._fresh
    assert beside_memo._fresh["article/a"] == (("articles", "a"), ("articles", "gone"), ("substitutions", None))
    assert "index" not in beside_memo._fresh  # it walked a table, as a page made here would
    kept = sorted(p.relative_to(tmp_path / "here") for p in (tmp_path / "here").rglob("*") if p.is_file())
    for name in kept:
        assert (tmp_path / "beside" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name


def test_a_memo_keeping_any_of_the_pages_renders_them_here(tmp_path: Path) -> None:
    _build(tmp_path, enabled=False)
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
