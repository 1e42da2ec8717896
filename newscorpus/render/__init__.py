"""Render every page and data file of the site as strings in memory, one module per kind of page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from ..config import Config
from ..errors import Problem
from ..model import Article, Page, SiteLinks
from .archives import render_archives
from .articles import article_record, render_article, render_article_index
from .common import DATA_DIR, json_list, json_text, to_json
from .entities import hub_page_count, hub_page_of, hub_record, render_hub_indexes, unlinked_records
from .feeds import render_feed
from .home import problem_record, render_home, render_report
from .memo import DOCUMENTS, FOLDER, Known, PageMemo
from .memo_files import MemoFiles, read_memo_files
from .search import render_search_documents, render_search_page
from .split import Job, pages_beside
from .syndication import group_record, render_group, render_syndication_index

__all__ = [
    "DOCUMENTS",
    "FOLDER",
    "Known",
    "MemoFiles",
    "PageMemo",
    "read_memo_files",
    "render_search_documents",
    "render_site",
    "unlinked_json",
]

# The share of the article, story and hub pages a cold build renders in a second process (split.py):
# this one renders the other pages meanwhile, and gives the memo the pages made beside.
_BESIDE_SHARE = 0.8


def render_site(
    links: SiteLinks,
    problems: Sequence[Problem],
    config: Config,
    memo: PageMemo | None = None,
    *,
    unlinked: Sequence[str] | None = None,
) -> tuple[Page, ...]:
    """Return every generated page and data file, sorted by path.

    unlinked gives data/entities.json's records of the entities without a hub, as JSON text, when they were made
    already (`unlinked_json`: they read the articles and hubs alone, not the stories).

    With a memo, the pages of each article, story and hub, and each article's and hub's record, are taken
    from the previous build when nothing they read has changed (see memo.py). With more than one core,
    a share of the pages is rendered in a second process meanwhile (split.py): the same pages.
    """
    memo = memo or PageMemo(None, config, links)
    articles = sorted(links.articles.values(), key=lambda a: a.id)
    jobs = _page_jobs(links, config, articles)
    here = len(jobs) - int(len(jobs) * _BESIDE_SHARE)
    parallel = config.worker_count > 1 and len(articles) >= config.parallel_min_articles
    with pages_beside(memo, jobs[here:], enabled=parallel) as made_beside:
        pages = [
            render_home(links, problems, config),
            *render_article_index(articles, config, memo),
            *(memo.kept(key, make) for key, make in jobs[:here]),
            *_other_pages(links, problems, config, memo, (articles, unlinked)),
            *made_beside(),
        ]
    return tuple(sorted(pages, key=lambda p: p.path))


def unlinked_json(articles: Sequence[Article], hub_of: Mapping[tuple[str, str], str]) -> list[str]:
    """Return data/entities.json's records of the entities of articles (in id order) without a hub, as JSON text:
    hub_of as `SiteLinks.hub_of`."""
    return list(map(json_text, unlinked_records(articles, hub_of)))


def _page_jobs(links: SiteLinks, config: Config, articles: Sequence[Article]) -> list[Job]:
    """Return the memo's key and the making of each article's, story's and hub's page, in that order."""
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    hubs = [links.hubs[key] for key in sorted(links.hubs)]
    # A page a hub's part: an edit to an article named in a large hub renders again the pages listing it.
    numbered = [(hub.key, n) for hub in hubs for n in range(1, hub_page_count(hub, config) + 1)]
    return [
        *((f"article/{a.id}", partial(_article_page, a.id, config)) for a in articles),
        *((f"group/{group_id}", partial(_group_page, group_id, config)) for group_id in (g.id for g in groups)),
        *((f"hub-page/{n}/{key}", partial(_hub_page, key, n, config)) for key, n in numbered),
    ]


def _article_page(article_id: str, config: Config, seen: SiteLinks) -> Page:
    return render_article(seen.articles[article_id], seen, config)


def _group_page(group_id: str, config: Config, seen: SiteLinks) -> Page:
    return render_group(seen.groups[group_id], seen, config)


def _hub_page(key: str, number: int, config: Config, seen: SiteLinks) -> Page:
    return hub_page_of(seen.hubs[key], seen, config, number)


def _other_pages(
    links: SiteLinks,
    problems: Sequence[Problem],
    config: Config,
    memo: PageMemo,
    listed: tuple[Sequence[Article], Sequence[str] | None],
) -> list[Page]:
    """Return every page but the home page, the article index and the pages of articles, stories and hubs (listed:
    the articles in id order, and `render_site`'s unlinked)."""
    articles, unlinked = listed
    if unlinked is None:
        unlinked = unlinked_json(articles, links.hub_of)
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    hubs = [links.hubs[key] for key in sorted(links.hubs)]

    def record(article_id: str) -> str:
        # Kept as JSON text: one string to keep and read back, not a tree of small objects.
        return memo.kept(
            f"record/{article_id}", lambda seen: json_text(article_record(seen.articles[article_id], seen))
        )

    def hub_json(key: str) -> str:
        return memo.kept(f"hub-record/{key}", lambda seen: json_text(hub_record(seen.hubs[key])))

    def group_json(group_id: str) -> str:
        return memo.kept(f"group-record/{group_id}", lambda seen: json_text(group_record(seen.groups[group_id])))

    return [
        render_syndication_index(groups, links, config),
        *render_hub_indexes(links, config, memo),
        *render_archives(articles, config, memo),
        render_search_page(config),
        render_feed(articles, config),
        render_report(problems),
        Page(f"{DATA_DIR}/articles.json", json_list([record(a.id) for a in articles])),
        Page(
            f"{DATA_DIR}/entities.json",
            json_list([*(hub_json(hub.key) for hub in hubs), *unlinked]),
        ),
        Page(f"{DATA_DIR}/variants.json", json_list([group_json(g.id) for g in groups])),
        Page(f"{DATA_DIR}/problems.json", to_json([problem_record(p) for p in problems])),
    ]
