"""Keep each article's related articles between builds, to find again only those an edit can change.

An article's related articles read, of every article, the keys of the entities it names (those
it names for certain, and all of them), its publication day and its story's group, and the
number of articles. A rebuild compares those of each article with the last build's and finds
again the related articles of every article that could score differently: one whose own changed,
one that names an entity some article started or stopped naming for certain, one that names an
entity a changed article names, and the members of a changed article's groups. The others are
the last build's, which a build from scratch would find again. The whole is found again when
the articles are not the same ones, or the code or the Config changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from .cache import fingerprint, memo_version, read_entry, write_entry
from .collector import paused
from .config import Config
from .link import entities_of, published_date, related_articles
from .model import Article, RelatedArticle, SiteLinks

log = logging.getLogger(__name__)

FILE = "related"
"""The file in the cache folder keeping the last build's related articles and what they read."""

Key = tuple[str, str]
Read = tuple[tuple[Key, ...], tuple[Key, ...], dt.date | None, str | None]
"""What the related articles read of one article: all its entities' keys, those named for certain,
its publication day, its story's group."""
Related = dict[str, tuple[RelatedArticle, ...]]
Printed = dict[str, tuple[tuple[RelatedArticle, ...], bytes]]
Kept = tuple[dict[str, Read], Related, dict[str, bytes], dict[str, bytes]]
"""What a build keeps: each article's read, related articles and their prints, and the article's hash."""
"""Each article's related articles and their `cache.fingerprint`, by article id."""


def with_kept_related(links: SiteLinks, config: Config) -> SiteLinks:
    """Return links with each article's related articles, as `link.with_related`, reusing the last build's."""
    return kept_related(links, config)[0]


def read_related(config: Config) -> Kept | None:
    """Return what the last build kept of the related articles (for `kept_related`), None when nothing is kept:
    read while the build waits for something else (matching)."""
    return _load(_path(config), memo_version(config))


def kept_related(
    links: SiteLinks,
    config: Config,
    hashes: Mapping[str, tuple[Article, bytes]] | None = None,
    *,
    kept: tuple[Kept | None] | None = None,
) -> tuple[SiteLinks, Printed]:
    """Return links with each article's related articles (see `with_kept_related`) and, when they are kept,
    each article's related articles with their `cache.fingerprint`, kept with them between builds.

    hashes gives articles' `cache.fingerprint` (`Extracted.prints`): what is read of an article whose hash
    is the last build's is the last build's, but for its story's group. kept holds `read_related`'s answer
    when it was read already.
    """
    articles = list(links.articles.values())
    path = _path(config)
    version = memo_version(config)
    last = _load(path, version) if kept is None else kept[0]
    known = {a.id: h[1] for a in articles if (h := (hashes or {}).get(a.id)) is not None and h[0] is a}
    reads = _reads_of(articles, links.group_of, known, last)
    certain = {i: read[1] for i, read in reads.items()}  # each article's `link.linkable` entities, found once
    if last is None or list(last[0]) != list(reads):
        related = related_articles(articles, links.group_of, config, certain=certain)
        prints = {i: fingerprint(found) for i, found in related.items()} if path is not None else {}
        changed = True
    else:
        again = _to_find_again(last[0], reads)
        log.info("link: related articles of %d of %d articles found again", len(again), len(articles))
        fresh = related_articles(articles, links.group_of, config, only=again, certain=certain)
        related = {a.id: fresh[a.id] if a.id in again else last[1][a.id] for a in articles}
        prints = dict(last[2])
        for i in sorted(again):
            if fresh[i] != last[1][i]:
                prints[i] = fingerprint(fresh[i])
        # Only the articles found again can read or relate otherwise than in the last build.
        changed = any(fresh[i] != last[1][i] or reads[i] != last[0][i] for i in again)
    if path is not None and changed:
        write_entry(path, (version, reads, related, prints, known))
    return dataclasses.replace(links, related=related), {i: (related[i], prints[i]) for i in prints}


def _reads_of(
    articles: Sequence[Article], group_of: Mapping[str, str], known: Mapping[str, bytes], last: Kept | None
) -> dict[str, Read]:
    """Return what the related articles read of each article: the last build's for an article whose hash
    (in known) is the one kept with it, with its story's group as it is now."""
    if last is None:
        return {a.id: _read_of(a, group_of) for a in articles}
    reads = {}
    for article in articles:
        i = article.id
        kept = last[0].get(i) if i in known and last[3].get(i) == known[i] else None
        if kept is None:
            reads[i] = _read_of(article, group_of)
        else:
            group = group_of.get(i)
            reads[i] = kept if kept[3] == group else (kept[0], kept[1], kept[2], group)
    return reads


def _read_of(article: Article, group_of: Mapping[str, str]) -> Read:
    """Return what the related articles read of an article."""
    named = entities_of(article)
    every = tuple((e.kind, e.name) for e in named)
    certain = tuple((e.kind, e.name) for e in named if not e.candidates)  # as `link.linkable`
    return every, certain, published_date(article), group_of.get(article.id)


def _to_find_again(last: Mapping[str, Read], reads: Mapping[str, Read]) -> set[str]:
    """Return the articles whose related articles may differ from the last build's (same articles, in order).

    With the articles in the same order, the articles naming an entity for certain are the last
    build's unless a changed article started or stopped naming it: so the entities to look at are
    those the changed articles name for certain, before and after.
    """
    changed = [i for i, read in reads.items() if last[i] != read]
    again = set(changed)
    keys: set[Key] = set()
    groups: set[str] = set()
    for i in changed:
        keys.update(last[i][1], reads[i][1])
        groups.update(g for g in (last[i][3], reads[i][3]) if g is not None)
    again.update(i for i, read in reads.items() if read[3] in groups or not keys.isdisjoint(read[0]))
    return again


def _path(config: Config) -> Path | None:
    return None if config.cache_dir_path is None else config.cache_dir_path / FILE


def _load(path: Path | None, version: str) -> Kept | None:
    """Return the last build's reads, related articles and their prints, and the articles' hashes, kept in path
    for this version, or None."""
    if path is None:
        return None
    # Tens of thousands of small objects read back: the cycle collector would walk them again and again.
    with paused():
        kept = read_entry(path, "the kept related articles", logger=log)
    if isinstance(kept, tuple) and len(kept) == 5 and kept[0] == version:
        return kept[1], kept[2], kept[3], kept[4]
    return None
