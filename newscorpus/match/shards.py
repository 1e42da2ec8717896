"""Keep a large table of rows by key in shard files beside a head file, to rewrite only the shards an edit changes.

The n-gram index (reindex.py) keeps tens of megabytes of packed n-grams by article key; writing
them whole after every edit costs more than working out the edit. Rows are spread over a fixed
number of files by a hash of their key; the head file keeps the rest of the table and a stamp of
each shard (a hash of its rows), and is written last. A shard whose stamp is not the head's
(written by a build cut short, or left from another) makes the whole table unread, as a damaged
or missing file does: the caller works it out whole.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import zlib
from collections.abc import Collection, Mapping
from pathlib import Path

from ..cache import read_kept, write_entry

log = logging.getLogger(__name__)

SHARDS = 64
"""Files the rows are spread over: an edit rewrites the one or two holding its rows."""

Stamps = tuple[bytes, ...]
"""Each shard's stamp, in shard order."""


def shard_of(key: str) -> int:
    """Return the shard a row's key belongs to."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS


def folder_of(path: Path) -> Path:
    """Return the folder of the shards of the table whose head file is path."""
    return path.with_name(f"{path.name}-shards")


def read_sharded(path: Path, version: str, what: str, then: str) -> tuple[object, dict[str, object], Stamps] | None:
    """Return the head's value, every row by key and the stamps kept at path under version; None when
    anything is missing, damaged (said, naming what is ignored and then what is done), or not of one write."""
    head = read_kept(path, version, what, then)
    if not (isinstance(head, tuple) and len(head) == 2 and isinstance(head[1], tuple) and len(head[1]) == SHARDS):
        return None
    value, stamps = head
    rows: dict[str, object] = {}
    folder = folder_of(path)
    for shard, stamp in enumerate(stamps):
        kept = read_kept(folder / f"{shard:02x}", version, what, then)
        if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == stamp and isinstance(kept[1], dict)):
            log.debug("%s: shard %02x is not of the head's write; %s", path, shard, then)
            return None
        rows.update(kept[1])
    return value, rows, stamps


def write_sharded(
    path: Path,
    version: str,
    value: object,
    rows: Mapping[str, object],
    changed: tuple[Stamps, Collection[str]] | None = None,
) -> Stamps:
    """Keep value and rows at path under version and return the stamps; with changed (the stamps read with
    the last rows and the keys whose rows are new, different or gone since), only their shards are written."""
    dirty = set(range(SHARDS)) if changed is None else {shard_of(key) for key in changed[1]}
    parts: list[dict[str, object]] = [{} for _ in range(SHARDS)]
    for key, row in rows.items():
        shard = shard_of(key)
        if shard in dirty:
            parts[shard][key] = row
    stamps = [b""] * SHARDS if changed is None else list(changed[0])
    folder = folder_of(path)
    for shard in sorted(dirty):
        payload = pickle.dumps(parts[shard], protocol=5)
        stamps[shard] = hashlib.blake2b(payload, digest_size=16).digest()
        write_entry(folder / f"{shard:02x}", (version, (stamps[shard], parts[shard])))
    write_entry(path, (version, (value, tuple(stamps))))  # last: the shards are read only through it
    return tuple(stamps)
