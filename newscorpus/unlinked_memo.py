"""Keep data/entities.json's records of the names without a hub between builds, to make again only those an edit
can change.

A record reads, of each article naming its entity for certain (`link.linkable`), the article's id and the
entity's aliases and mentions, and whether a hub has that kind and name. A rebuild knows an article unchanged
by its hash (`Extracted.prints`), the one kept with the records, and what every article names by the keys the
hubs read (`hub_memo.Named`). It makes again the records of every name a changed, added or removed article
names or named, and of every name that got or lost a hub; every other record is the last build's, which a
build from scratch would make again. The whole is made again when the code or the Config changed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from .cache import memo_version, read_entry, write_entry
from .collector import paused
from .config import Config
from .hub_memo import Named
from .model import Article
from .render.common import json_text
from .render.entities import unlinked_records

log = logging.getLogger(__name__)

Name = tuple[str, str]
"""An entity's kind and name, as `SiteLinks.hub_of` keys it."""

FILE = "unlinked"
"""The file in the cache folder keeping the last build's records of the names without a hub."""

Kept = tuple[dict[str, bytes], frozenset[Name], dict[Name, str], dict[str, tuple[Name, ...]]]
"""What a build keeps: each article's hash, the names with a hub, each record as JSON text by name, and the
names without a hub each article names."""


def kept_unlinked(
    articles: Sequence[Article], hub_of: Mapping[Name, str], config: Config, named: Mapping[str, Named] | None
) -> list[str]:
    """Return `render.unlinked_json` of articles (in id order), reusing the last build's records; named gives each
    article's hash and the keys of its `link.linkable` entities, by id (`hub_memo.kept_hubs`), none to keep nothing."""
    path = None if config.cache_dir_path is None or named is None else config.cache_dir_path / FILE
    if path is None or named is None:
        return list(map(json_text, unlinked_records(articles, hub_of)))
    version = memo_version(config)
    last = _load(path, version)
    hubbed = frozenset(hub_of)
    if last is None:
        affected = None
        records: dict[Name, str] = {}
        named_by: dict[str, tuple[Name, ...]] = {}
    else:
        hashes, was_hubbed, records, named_by = last
        changed = {i for i, (printed, _) in named.items() if not printed or hashes.get(i) != printed}
        changed.update(i for i in hashes if i not in named)
        affected = set(hubbed ^ was_hubbed)
        for i in changed:
            affected.update(named_by.get(i, ()))
            affected.update(key for key in named.get(i, (b"", ()))[1] if key not in hub_of)
        if not affected and not changed:
            return list(records.values())
    records, named_by = _again(articles, hub_of, named, affected, (records, named_by))
    log.info("link: %s records of names without a hub made again", "all" if affected is None else len(affected))
    hashes = {i: printed for i, (printed, _) in named.items()}
    write_entry(path, (version, (hashes, hubbed, records, named_by)))
    return list(records.values())


def _again(
    articles: Sequence[Article],
    hub_of: Mapping[Name, str],
    named: Mapping[str, Named],
    affected: set[Name] | None,
    kept: tuple[dict[Name, str], dict[str, tuple[Name, ...]]],
) -> tuple[dict[Name, str], dict[str, tuple[Name, ...]]]:
    """Return the records by name, in order, and the names without a hub by article: those of the affected names
    (None: every name) made from the articles naming them, the others kept."""
    if affected is None:
        members = list(articles)
    else:
        members = [a for a in articles if a.id in named and not affected.isdisjoint(named[a.id][1])]
    made = {(str(r["kind"]), str(r["name"])): json_text(r) for r in unlinked_records(members, hub_of)}
    records = dict(kept[0])
    if affected is not None:
        for key in affected:
            records.pop(key, None)
    records.update((key, text) for key, text in made.items() if affected is None or key in affected)
    named_by = {i: names for i, names in kept[1].items() if i in named}
    for article in members:
        names = tuple(key for key in named[article.id][1] if key not in hub_of)
        if names:
            named_by[article.id] = names
        else:
            named_by.pop(article.id, None)
    return dict(sorted(records.items())), named_by


def _load(path: Path, version: str) -> Kept | None:
    """Return what the last build kept in path for this version, or None."""
    with paused():  # tens of thousands of small objects read back
        kept = read_entry(path, "the kept records of names without a hub", logger=log)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == version and len(kept[1]) == 4:
        return kept[1]  # type: ignore[no-any-return]
    return None
