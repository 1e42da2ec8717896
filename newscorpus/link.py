"""Cross-link articles and variant groups once, for every page to use."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, SiteLinks, Substitution, VariantGroup


def link_articles(
    articles: Sequence[Article], groups: Sequence[VariantGroup], substitutions: Sequence[Substitution] = ()
) -> SiteLinks:
    """Return the lookups the pages need: articles by id, each article's group, groups by id."""
    group_of = {member.id: group.id for group in groups for member in group.members}
    return SiteLinks(
        group_of=group_of,
        groups={group.id: group for group in groups},
        articles={article.id: article for article in articles},
        substitutions=tuple(substitutions),
    )
