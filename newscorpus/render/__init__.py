"""Render every page and data file of the site as strings in memory, one module per kind of page."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..errors import Problem
from ..model import Page, SiteLinks
from .articles import article_record, render_article, render_article_index
from .common import DATA_DIR, to_json
from .home import problem_record, render_home, render_report
from .syndication import group_record, render_group, render_syndication_index


def render_site(links: SiteLinks, problems: Sequence[Problem], config: Config) -> tuple[Page, ...]:
    """Return every generated page and data file, sorted by path."""
    articles = sorted(links.articles.values(), key=lambda a: a.id)
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    pages = [
        render_home(articles, groups, problems, config),
        *render_article_index(articles, config),
        *(render_article(article, links) for article in articles),
        render_syndication_index(groups, links),
        *(render_group(group, links) for group in groups),
        render_report(problems),
        Page(f"{DATA_DIR}/articles.json", to_json([article_record(a, links) for a in articles])),
        Page(f"{DATA_DIR}/variants.json", to_json([group_record(g) for g in groups])),
        Page(f"{DATA_DIR}/problems.json", to_json([problem_record(p) for p in problems])),
    ]
    return tuple(sorted(pages, key=lambda p: p.path))
