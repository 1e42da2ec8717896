"""Keep the last build's merged articles and the merge's record in a folder of the cache folder.

A rebuild then reads a few files instead of an entry per article, extracts only the sources whose
key changed, and gives them their merged versions from the merge's record (corpus/memo.py)
without running the corpus-wide merge, while nothing the merge read changed. Its files are written
and trusted as the cache's entries are (header, checksum, pickle); one that cannot be read, or
was made by other code or settings, is ignored and the build reads the per-article entries.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..cache import Extraction, fingerprint, memo_version, read_entry, write_entry
from ..config import Config
from ..model import Article
from .corpus.memo import MergeRecord, remerge

log = logging.getLogger(__name__)

FOLDER = "merged"
"""The snapshot's folder in the cache folder."""

_HEAD = "head"
"""The file of the snapshot holding its version, every source's key and the merge's record."""

# Files the merged articles are spread over, by their place in the corpus: a rebuild after one
# edit rewrites one (pickling all 20,000 takes seconds), and reading them all costs little more
# than reading one file.
_SHARDS = 128


@dataclass(frozen=True)
class Snapshot:
    """Every source's merged article or problem, in the corpus's order, with its key and the merge's record."""

    version: str
    keys: tuple[str, ...]
    found: tuple[Extraction, ...]
    record: MergeRecord
    prints: tuple[bytes, ...]
    """Each merged article's `cache.fingerprint` (b"" for a problem): made with it, kept with it."""


def snapshot_version(config: Config) -> str:
    """Return a hash of the code and of the Config values: the merge reads its own thresholds too."""
    return memo_version(config)


def load_snapshot(folder: Path | None, version: str) -> Snapshot | None:
    """Return the snapshot kept in the cache folder for this version, or None."""
    if folder is None:
        return None
    head = read_entry(folder / FOLDER / _HEAD, "the kept merged articles", logger=log)
    if not (isinstance(head, tuple) and len(head) == 3 and head[0] == version):
        log.debug("merge: no merged articles kept for this code and these settings, so names are merged")
        return None
    _, keys, record = head
    found: list[Extraction | None] = [None] * len(keys)
    prints: list[bytes] = [b""] * len(keys)
    for shard in range(_SHARDS):
        kept = read_entry(folder / FOLDER / f"{shard:03d}", "the kept merged articles", logger=log)
        # Each shard holds its sources' keys: one left from another build (a write cut short) is refused.
        if not (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == keys[shard::_SHARDS]):
            log.debug("merge: %s is not the last build's, so names are merged again", folder / FOLDER / f"{shard:03d}")
            return None
        found[shard::_SHARDS] = kept[1]
        prints[shard::_SHARDS] = kept[2]
    return Snapshot(version, keys, tuple(f for f in found if f is not None), record, tuple(prints))


def save_snapshot(folder: Path | None, snapshot: Snapshot, last: Snapshot | None) -> None:
    """Keep the snapshot in the cache folder (none without one), rewriting only the shards whose
    sources changed since last, the snapshot it was made from by `apply_changes` (None: all)."""
    if folder is None:
        return
    same = last is not None and last.version == snapshot.version and len(last.keys) == len(snapshot.keys)
    for shard in range(_SHARDS):
        keys = snapshot.keys[shard::_SHARDS]
        if not same or last is None or last.keys[shard::_SHARDS] != keys:
            kept = (keys, snapshot.found[shard::_SHARDS], snapshot.prints[shard::_SHARDS])
            write_entry(folder / FOLDER / f"{shard:03d}", kept)
    write_entry(folder / FOLDER / _HEAD, (snapshot.version, snapshot.keys, snapshot.record))


def apply_changes(
    snapshot: Snapshot, keys: list[str], fresh: dict[int, Extraction], config: Config
) -> tuple[list[Extraction], MergeRecord] | None:
    """Return every source's merged article or problem, the snapshot's but for the fresh extractions
    (by position) of the sources whose key changed, and the merge's record; None when the merge
    must run again: an article became a problem or the other way, or what the merge read changed."""
    if len(keys) != len(snapshot.keys):
        log.debug(
            "merge: the corpus has %d sources, the last build %d, so names are merged again",
            len(keys),
            len(snapshot.keys),
        )
        return None
    position = {p: n for n, p in enumerate(p for p, f in enumerate(snapshot.found) if isinstance(f, Article))}
    changed: dict[int, tuple[Article, Article]] = {}
    for at, new in fresh.items():
        old = snapshot.found[at]
        if isinstance(old, Article) != isinstance(new, Article):
            log.debug("merge: source %d became an article or stopped being one, so names are merged again", at)
            return None
        if isinstance(old, Article) and isinstance(new, Article):
            changed[position[at]] = (old, new)
    remerged = remerge(snapshot.record, changed, config) if changed else ({}, snapshot.record)
    if remerged is None:
        return None
    merged, record = remerged
    found = list(snapshot.found)
    for at, new in fresh.items():
        found[at] = merged[position[at]] if isinstance(new, Article) else new
    return found, record


def fingerprints(found: Sequence[Extraction], keys: Sequence[str], last: Snapshot | None) -> tuple[bytes, ...]:
    """Return each merged article's `cache.fingerprint` (b"" for a problem): the last snapshot's for the
    sources whose key is the same (their merged article is the snapshot's own), the others made now."""
    same = last is not None and len(last.keys) == len(keys)
    return tuple(
        last.prints[n]
        if same and last is not None and last.keys[n] == key
        else (fingerprint(f) if isinstance(f, Article) else b"")
        for n, (f, key) in enumerate(zip(found, keys, strict=True))
    )
