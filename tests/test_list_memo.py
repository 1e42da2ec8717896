"""List pages (the article index, the archives) kept between builds: kept only while they list the
same articles in the same order, each unchanged, and render as a build from scratch does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newscorpus.config import Config
from newscorpus.file_status import sum_of
from newscorpus.model import Article, Block, Page, SiteLinks
from newscorpus.render import PageMemo
from newscorpus.render.archives import render_archives
from newscorpus.render.articles import render_article_index
from newscorpus.render.memo import kept_list


def article(id: str, title: str = "", published: str | None = "2024-03-01", outlet: str | None = None) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        title=title or f"Headline {id}",
        title_derived=False,
        dateline=None,
        blocks=(Block("paragraph", "Text."),),
        word_count=1,
        reading_minutes=1,
        published=published,
        outlet=outlet,
    )


def links_of(*articles: Article) -> SiteLinks:
    return SiteLinks(group_of={}, groups={}, articles={a.id: a for a in articles}, hub_of={})


def test_a_list_page_is_kept_only_while_its_articles_and_inputs_are_the_same(tmp_path: Path) -> None:
    calls: list[tuple[str, ...]] = []

    def make(part: object) -> str:
        titles = tuple(a.title for a in part)  # type: ignore[attr-defined]
        calls.append(titles)
        return " / ".join(titles)

    def build(inputs: tuple[object, ...], *listed: Article) -> str:
        memo = PageMemo(tmp_path, Config(), links_of(*listed))
        made = kept_list(memo, "archive/x.md", inputs, listed, make)
        memo.save()
        return made

    a, b = article("a"), article("b")
    assert build((1,), a, b) == "Headline a / Headline b"
    assert build((1,), a, b) == "Headline a / Headline b"
    assert len(calls) == 1
    # An edited article, another order, another count or pager: rendered again.
    assert build((1,), a, dataclasses.replace(b, title="New")) == "Headline a / New"
    assert build((1,), dataclasses.replace(b, title="New"), a) == "New / Headline a"
    assert build((2,), dataclasses.replace(b, title="New"), a) == "New / Headline a"
    assert len(calls) == 4
    # Without a memo nothing is kept.
    assert kept_list(None, "archive/x.md", (1,), (a,), make) == "Headline a"
    assert len(calls) == 5


def test_kept_index_and_archives_are_those_a_build_from_scratch_renders(tmp_path: Path) -> None:
    config = dataclasses.replace(Config(), index_page_size=2)
    first = [
        article(i, published=f"2024-03-0{n}", outlet="Herald" if n % 2 else "Post") for n, i in enumerate("abcde", 1)
    ]
    edited = [*first[:2], dataclasses.replace(first[2], title="Changed", published="2024-01-09"), *first[3:]]

    def pages(articles: list[Article], memo: PageMemo | None) -> list[object]:
        return [*render_article_index(articles, config, memo), *render_archives(articles, config, memo)]

    for corpus in (first, edited, edited[1:], first):
        memo = PageMemo(tmp_path, config, links_of(*corpus))
        assert pages(corpus, memo) == pages(corpus, None)
        memo.save()
    assert memo.reused > 0


def test_kept_pages_give_the_write_stage_their_sums_and_other_values_none(tmp_path: Path) -> None:
    a = article("a")

    def build() -> PageMemo:
        memo = PageMemo(tmp_path, Config(), links_of(a))
        memo.kept("page/a", lambda seen: Page("articles/a.md", seen.articles["a"].title))
        memo.kept("pages/a", lambda seen: [Page("x/1.md", "one"), Page("x/2.md", "two")])
        memo.kept("record/a", lambda seen: "a JSON text, not a page")
        memo.save()
        return memo

    for memo in (build(), build()):  # rendered, then kept (a page given with itself: render/bodies.py)
        sums = {
            path: (given.content if isinstance(given, Page) else given, one) for path, (given, one) in memo.sums.items()
        }
        assert sums == {
            "articles/a.md": ("Headline a", sum_of(b"Headline a")),
            "x/1.md": ("one", sum_of(b"one")),
            "x/2.md": ("two", sum_of(b"two")),
        }
    assert memo.reused == 3
