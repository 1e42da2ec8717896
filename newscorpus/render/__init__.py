"""Render every page and data file of the site as strings in memory, one module per kind of page."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..errors import Problem
from ..model import Page, SiteLinks
from .archives import render_archives
from .articles import article_record, render_article, render_article_index
from .common import DATA_DIR, to_json
from .entities import hub_record, render_hub_indexes, render_hubs, unlinked_records
from .feeds import render_feed
from .home import problem_record, render_home, render_report
from .search import render_search_documents, render_search_page
from .syndication import group_record, render_group, render_syndication_index

__all__ = ["render_search_documents", "render_site"]


def render_site(links: SiteLinks, problems: Sequence[Problem], config: Config) -> tuple[Page, ...]:
    """Return every generated page and data file, sorted by path."""
    articles = sorted(links.articles.values(), key=lambda a: a.id)
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    hubs = [links.hubs[key] for key in sorted(links.hubs)]
    pages = [
        render_home(links, problems, config),
        *render_article_index(articles, config),
        *(render_article(article, links, config) for article in articles),
        render_syndication_index(groups, links, config),
        *(render_group(group, links, config) for group in groups),
        *render_hubs(links, config),
        *render_hub_indexes(links, config),
        *render_archives(articles, config),
        render_search_page(config),
        render_feed(articles, config),
        render_report(problems),
        Page(f"{DATA_DIR}/articles.json", to_json([article_record(a, links) for a in articles])),
        Page(f"{DATA_DIR}/entities.json", to_json([*map(hub_record, hubs), *unlinked_records(articles, links)])),
        Page(f"{DATA_DIR}/variants.json", to_json([group_record(g) for g in groups])),
        Page(f"{DATA_DIR}/problems.json", to_json([problem_record(p) for p in problems])),
    ]
    return tuple(sorted(pages, key=lambda p: p.path))
