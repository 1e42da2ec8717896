"""Keep a table between builds in shard files by a hash of its keys, so a rebuild rewrites only the shards that changed.

The load memo, the block keys and the record of the files written each keep an entry for every file
or text of the corpus or the site: tens of megabytes for a large one, which a rebuild after one edit
would write whole again for the few entries that changed. Their entries stand alone (each says what
one file or text gave, known by its status or its hash), so each shard is read and trusted on its
own: one that is missing, of another version or damaged (said) keeps nothing, and is written again.
"""

from __future__ import annotations

import zlib
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Generic, TypeVar

from .cache import read_kept, write_entry

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

SHARDS = 32
"""Files a table is spread over: an edit rewrites the one or two holding its entries."""


def shard_of(key: object) -> int:
    """Return the shard of a key: a string, bytes, or a tuple of them (hashed by its repr)."""
    if isinstance(key, bytes):
        data = key
    elif isinstance(key, str):
        data = key.encode("utf-8", "surrogatepass")
    else:
        data = repr(key).encode("utf-8", "surrogatepass")
    return zlib.crc32(data) % SHARDS


class KeptTable(Generic[K, V]):
    """A table kept in the shard files of a folder under a version; a folder of None keeps nothing."""

    def __init__(self, folder: Path | None, version: str, what: str, then: str) -> None:
        self.folder = folder
        self.version = version
        self._parts: list[dict[K, V]] = [{} for _ in range(SHARDS)]
        self.last: dict[K, V] = {}
        """Every entry the shards keep, in one table."""
        self._stale: set[int] = set()
        """The shards whose file keeps nothing for this version (damaged, of another version): written again."""
        if folder is None:
            return
        for shard in range(SHARDS):
            path = folder / f"{shard:02x}"
            kept = read_kept(path, version, what, then)
            if isinstance(kept, dict):
                self._parts[shard] = kept
                self.last.update(kept)
            elif path.exists():
                self._stale.add(shard)

    def save(self, table: Mapping[K, V]) -> None:
        """Keep table, writing the shards whose entries are not those kept."""
        if self.folder is None:
            return
        parts: list[dict[K, V]] = [{} for _ in range(SHARDS)]
        for key, value in table.items():
            parts[shard_of(key)][key] = value
        for shard, (part, kept) in enumerate(zip(parts, self._parts, strict=True)):
            if part != kept or shard in self._stale:
                write_entry(self.folder / f"{shard:02x}", (self.version, part))
                self._parts[shard] = part
        self._stale.clear()
