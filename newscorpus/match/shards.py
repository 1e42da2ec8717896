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


Parts = list[dict[str, object]]
"""The rows of each shard, by key, in shard order."""


def read_sharded(path: Path, version: str, what: str, then: str) -> tuple[object, Parts, Stamps] | None:
    """Return the head's value, the rows of each shard and the stamps kept at path under version; None when
    anything is missing, damaged (said, naming what is ignored and then what is done), or not of one write."""
    head = read_kept(path, version, what, then)
    if not (isinstance(head, tuple) and len(head) == 2 and isinstance(head[1], tuple) and len(head[1]) == SHARDS):
        return None
    value, stamps = head
    parts: Parts = []
    folder = folder_of(path)
    for shard, stamp in enumerate(stamps):
        kept = read_kept(folder / f"{shard:02x}", version, what, then)
        if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == stamp and isinstance(kept[1], dict)):
            log.debug("%s: shard %02x is not of the head's write; %s", path, shard, then)
            return None
        parts.append(kept[1])
    return value, parts, stamps


def write_sharded(path: Path, version: str, value: object, rows: Mapping[str, object]) -> None:
    """Keep value and every row at path under version."""
    parts: Parts = [{} for _ in range(SHARDS)]
    for key, row in rows.items():
        parts[shard_of(key)][key] = row
    _write(path, version, value, parts, {})


def update_sharded(
    path: Path,
    version: str,
    value: object,
    last: tuple[Parts, Stamps],
    fresh: tuple[Mapping[str, object], Collection[str]],
) -> None:
    """Keep value at path under version with the last rows read (`read_sharded`) but for fresh: the rows
    new or changed since, by key, and the keys of the rows gone. Only the shards they touch are written."""
    rows, gone = fresh
    parts, stamps = last
    dirty = {shard_of(key) for key in (*rows, *gone)}
    changed: Parts = [{} for _ in range(SHARDS)]
    for shard in dirty:
        changed[shard] = {key: row for key, row in parts[shard].items() if key not in gone and key not in rows}
    for key, row in rows.items():
        changed[shard_of(key)][key] = row
    _write(path, version, value, changed, {shard: stamps[shard] for shard in range(SHARDS) if shard not in dirty})


def _write(path: Path, version: str, value: object, parts: Parts, kept: dict[int, bytes]) -> None:
    """Write each shard of parts but those kept (by shard: its stamp), then the head with every stamp."""
    stamps = [b""] * SHARDS
    folder = folder_of(path)
    for shard in range(SHARDS):
        if shard in kept:
            stamps[shard] = kept[shard]
            continue
        payload = pickle.dumps(parts[shard], protocol=5)
        stamps[shard] = hashlib.blake2b(payload, digest_size=16).digest()
        write_entry(folder / f"{shard:02x}", (version, (stamps[shard], parts[shard])))
    write_entry(path, (version, (value, tuple(stamps))))  # last: the shards are read only through it
