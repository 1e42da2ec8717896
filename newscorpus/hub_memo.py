"""Keep the entity hubs between builds, to make again only those an edit can change.

A hub reads, of each article naming its entity, the merged article (its entities, date, quotes):
so does the choice of the entities that get a hub, and their slugs. A rebuild knows an article
unchanged by its hash (`Extracted.prints`), the same as the last build's. It makes again the
hubs of every entity a changed, added or removed article names (before the edit or after), and,
when the hubs or their slugs are not the last build's, those of every entity named beside one
that got, lost or changed its hub (their co-mentions name its key). Every other hub is the last
build's, with its hash, which a build from scratch would make again; a hub made again takes the
sentences of its unchanged articles from the last build's. The whole is made again when the code
or the Config changed.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from itertools import chain
from pathlib import Path

from .cache import fingerprint, memo_version, read_entry, write_entry
from .collector import paused
from .config import Config
from .link import Key, Seen, entity_hubs, hub_keys, linkable, make_hub, mention_sentence, unique_slugs
from .model import Article, EntityHub

log = logging.getLogger(__name__)

FOLDER = "entity-hubs"
"""The folder in the cache folder keeping the last build's hubs and what they read: a head file, and the
hubs in shards by key, so that a rebuild writes again only the shards of the hubs it made again."""
_HEAD = "head"
_SHARDS = 32

Named = tuple[bytes, tuple[Key, ...]]
"""An article's hash and the keys of its `link.linkable` entities, in order."""
Hubs = dict[Key, tuple[EntityHub, bytes]]
"""Each hub with its `cache.fingerprint`, by key."""
Kept = tuple[dict[str, Named], Hubs, tuple[bytes, ...]]
"""What a build keeps: each article's hash and keys, the hubs in the hubs' order, and the mark of the
build that wrote each shard (the head names them: a shard of another build is refused)."""


def kept_hubs(
    articles: Sequence[Article],
    config: Config,
    hashes: Mapping[str, tuple[Article, bytes]],
    *,
    named: dict[str, Named] | None = None,
) -> tuple[tuple[EntityHub, ...], tuple[bytes, ...]]:
    """Return `link.entity_hubs` of articles (in id order) with each hub's `cache.fingerprint`, reusing
    the last build's hubs; hashes gives articles' hashes (`Extracted.prints`). Without a cache folder,
    the hubs alone. named, when given, gets each article's hash and keys as the hubs read them (`Named`)."""
    if config.cache_dir_path is None:
        return entity_hubs(articles, config), ()
    folder = config.cache_dir_path / FOLDER
    version = memo_version(config)
    last = _load(folder, version)
    reads: dict[str, Named] = {}
    for article in articles:
        known = hashes.get(article.id)
        kept = last[0].get(article.id) if last is not None else None
        if known is not None and known[0] is article and kept is not None and kept[0] == known[1]:
            reads[article.id] = kept
        else:  # an article of no hash is never the last build's
            printed = known[1] if known is not None and known[0] is article else b""
            reads[article.id] = (printed, tuple((e.kind, e.name) for e in linkable(article)))
    if named is not None:
        named.update(reads)
    if last is None:  # every hub made, as from scratch
        made = entity_hubs(articles, config)
        hubs = {(hub.kind, hub.name): (hub, fingerprint(hub)) for hub in made}
        log.info("link: %d of %d hubs made again", len(hubs), len(hubs))
    else:
        hubs = _hubs_again(articles, reads, last, config)
    _save(folder, version, reads, hubs, last)
    return tuple(hub for hub, _ in hubs.values()), tuple(printed for _, printed in hubs.values())


def _hubs_again(
    articles: Sequence[Article], reads: Mapping[str, Named], last: Kept, config: Config
) -> dict[Key, tuple[EntityHub, bytes]]:
    """Return every hub with its hash, by key in the hubs' order: the last build's where nothing it reads changed."""
    counts = Counter(chain.from_iterable(keys for _, keys in reads.values()))
    before = {key: hub.key for key, (hub, _) in last[1].items()}  # in the hubs' order
    keys = hub_keys(counts, config)
    slugs = before if list(before) == keys else unique_slugs(keys)
    changed = {i for i, read in reads.items() if not read[0] or last[0].get(i) != read}
    changed.update(i for i in last[0] if i not in reads)
    again = {key for i in changed for read in (reads.get(i), last[0].get(i)) if read is not None for key in read[1]}
    members = _Members(reads, last, changed)
    # Entities that got, lost or changed their hub: the hubs named beside them count them otherwise.
    moved = {key for key in slugs.keys() | before.keys() if before.get(key) != slugs.get(key)}
    again.update(moved)
    again.update(key for moved_key in moved for i in members[moved_key] for key in reads[i][1])
    log.info("link: %d of %d hubs made again", len(again.intersection(slugs)), len(slugs))
    by_id = {article.id: article for article in articles}
    in_article = _InArticle(reads, slugs)
    out = {}
    for key, slug in slugs.items():
        kept = last[1].get(key)
        if key not in again and kept is not None:
            out[key] = kept
            continue
        sentences = _kept_sentences(kept[0], changed) if kept is not None else {}
        seen: list[Seen] = []
        for i in members[key]:
            article = by_id[i]
            found = linkable(article)
            for n, named in enumerate(reads[i][1]):
                if named == key:
                    written = sentences.get(i)
                    entity = found[n]
                    seen.append((article, entity, written.pop(0) if written else mention_sentence(article, entity)))
        hub = make_hub(key, slug, seen, in_article, config)
        out[key] = (hub, fingerprint(hub))
    return out


class _Members(dict[Key, list[str]]):
    """The articles naming each entity, by id, found when asked: those of its last build's hub that did not
    change and the changed ones naming it now; every article's keys looked through for an entity of no hub."""

    def __init__(self, reads: Mapping[str, Named], last: Kept, changed: set[str]) -> None:
        super().__init__()
        self.reads, self.last, self.changed = reads, last, changed
        self.now = sorted(i for i in changed if i in reads)
        self.named: dict[Key, list[str]] | None = None

    def __missing__(self, key: Key) -> list[str]:
        kept = self.last[1].get(key)
        if kept is None:
            if self.named is None:
                self.named = defaultdict(list)
                for i, (_, keys) in self.reads.items():
                    for named in dict.fromkeys(keys):
                        self.named[named].append(i)
            found = sorted(self.named.get(key, ()))
        else:
            ids = {m.article for m in kept[0].mentions if m.article not in self.changed}
            ids.update(i for i in self.now if key in self.reads[i][1])
            found = sorted(ids)
        self[key] = found
        return found


def _kept_sentences(hub: EntityHub, changed: Collection[str]) -> dict[str, list[str]]:
    """Return the sentences of a last build's hub by article, in the order each article names the entity,
    for the articles that did not change since."""
    out: dict[str, list[str]] = defaultdict(list)
    for mention in hub.mentions:
        if mention.article not in changed:
            out[mention.article].append(mention.sentence)
    return out


class _InArticle(dict[str, list[str]]):
    """The hub keys each article names, found when asked."""

    def __init__(self, reads: Mapping[str, Named], slugs: Mapping[Key, str]) -> None:
        super().__init__()
        self.reads = reads
        self.slugs = slugs

    def __missing__(self, article: str) -> list[str]:
        # In the order the article names them: a hub counts its co-mentions, whatever their order.
        found = self[article] = [self.slugs[k] for k in self.reads[article][1] if k in self.slugs]
        return found


def _shard(key: Key) -> int:
    """Return the shard keeping an entity's hub: the same from build to build."""
    return int.from_bytes(hashlib.blake2b(f"{key[0]}\0{key[1]}".encode(), digest_size=4).digest(), "big") % _SHARDS


def _save(folder: Path, version: str, reads: dict[str, Named], hubs: Hubs, last: Kept | None) -> None:
    """Keep the reads and the hubs, writing the shards of the hubs not the last build's (all without one)."""
    if last is None or len(last[2]) != _SHARDS:
        dirty = set(range(_SHARDS))
    else:
        dirty = {_shard(key) for key in hubs.keys() | last[1].keys() if hubs.get(key) is not last[1].get(key)}
        if not dirty and reads == last[0]:
            return
    marks = last[2] if last is not None and not dirty.issuperset(range(_SHARDS)) else (b"",) * _SHARDS
    shards: dict[int, Hubs] = {n: {} for n in sorted(dirty)}
    for key, hub in hubs.items():
        if (n := _shard(key)) in shards:
            shards[n][key] = hub
    # The mark of this build's shards: of the marks before and the hashes of the hubs written.
    mark = hashlib.blake2b(b"".join(marks), digest_size=16)
    for kept in shards.values():
        mark.update(b"".join(printed for _, printed in kept.values()) + b"\0")
    for n, kept in shards.items():
        write_entry(folder / f"{n:03d}", (mark.digest(), kept))
    # The head last: a build cut short leaves a shard its head does not name, and nothing is trusted.
    marked = tuple(mark.digest() if n in dirty else marks[n] for n in range(_SHARDS))
    write_entry(folder / _HEAD, (version, reads, marked))


def _load(folder: Path, version: str) -> Kept | None:
    """Return the last build's articles' hashes and keys, its hubs and its shards' marks, kept in folder for
    this version, or None."""
    # Hundreds of thousands of small objects read back: the cycle collector would walk them again and again.
    with paused():
        head = read_entry(folder / _HEAD, "the kept hubs", logger=log)
        if not (isinstance(head, tuple) and len(head) == 3 and head[0] == version and len(head[2]) == _SHARDS):
            return None
        hubs: Hubs = {}
        for n, mark in enumerate(head[2]):
            shard = read_entry(folder / f"{n:03d}", "the kept hubs", logger=log)
            if not (isinstance(shard, tuple) and len(shard) == 2 and shard[0] == mark):
                log.debug("link: %s is not the last build's, so every hub is made again", folder / f"{n:03d}")
                return None
            hubs.update(shard[1])
        return head[1], dict(sorted(hubs.items(), key=lambda kv: kv[0])), head[2]
