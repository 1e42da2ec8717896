"""The page memo's table of reads: every entry its kept values read, kept once for all its shard files.

A page reads entries of the site's links (an article, a hub, a story...), and many pages in many
shards read the same ones: a 20,000-article site's page shards name half a million reads, a fifth as
many different ones. So the memo (memo.py) keeps each read once, in this table, with its digest as
the build that wrote the table found it, and a value names its reads by their places in the table.
A rebuild looks up the digest of each read in the table once, not once per shard naming it.

A place never moves while the table is kept: a read new to it is added at its end, so a shard file
written by an earlier build names the same reads. The table is made again, and every shard written
with it, when most of its reads are no longer named by any value. It keeps the checksum line of each
shard file as written with it: a shard file of another write (one cut short, or that failed) is
not trusted, as its values may have read entries whose digests the table no longer holds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..cache import encode_entry, read_entry, write_encoded
from .noted import Read

log = logging.getLogger(__name__)

TABLE = "reads"
"""The table's file, in the memo's folder beside the shard files."""

# Reads no value names any more, past which the table is made again: as many as those named, and a few.
_SLACK = 64


def checksum_line(data: bytes) -> bytes:
    """Return an encoded entry's checksum line (`cache.encode_entry`), without copying its payload."""
    start = data.index(b"\n") + 1
    return data[start : data.index(b"\n", start)]


class ReadTable:
    """The reads of a memo's kept values, by place, with the digests the last build found, and the checksum
    line of each shard file written with them; empty when the file is missing, damaged (said) or of another
    version."""

    def __init__(self, path: Path, version: str, shards: int) -> None:
        self.path = path
        self.version = version
        self.reads: list[Read] = []
        self.digests: tuple[bytes, ...] = ()
        self.sums: list[bytes] = [b""] * shards
        """The checksum line of each shard file as written with this table (b"": none is trusted)."""
        self.named = 0
        """How many reads values named when last counted: counted again once the table has grown past twice that."""
        self._places: dict[Read, int] | None = None
        kept = read_entry(path, "the kept pages", "rendering them again", logger=log)
        if isinstance(kept, tuple) and len(kept) == 5 and kept[0] == version and len(kept[3]) == shards:
            _, reads, self.digests, sums, self.named = kept
            self.reads, self.sums = list(reads), list(sums)

    def changed(self, digests: Mapping[Read, bytes]) -> set[int]:
        """Return the places of the reads whose digest (in digests, made when looked up) is not the table's."""
        now = tuple(map(digests.__getitem__, self.reads))
        if now == self.digests:
            return set()
        return {place for place, (found, then) in enumerate(zip(now, self.digests, strict=True)) if found != then}

    def place(self, reads: Iterable[Read]) -> tuple[int, ...]:
        """Return the places of reads, adding those new to the table at its end."""
        if self._places is None:
            self._places = {read: place for place, read in enumerate(self.reads)}
        places = self._places
        found = []
        for read in reads:
            place = places.get(read)
            if place is None:
                place = places[read] = len(self.reads)
                self.reads.append(read)
            found.append(place)
        return tuple(found)

    def compact(self, shards: Sequence[dict[str, tuple[Any, ...]]]) -> bool:
        """Keep only the reads the shards' values name (each value's places first), moving their places, when
        most of the table is named by none; return whether it was made again. The places named are counted
        only once the table has grown past twice their count when last counted (a rebuild adds a few)."""
        if len(self.reads) <= 2 * self.named + _SLACK:
            return False
        named = sorted({place for entries in shards for entry in entries.values() for place in entry[0]})
        self.named = len(named)
        if len(self.reads) <= 2 * len(named) + _SLACK:
            return False
        moved = dict(zip(named, range(len(named)), strict=True))
        self.reads, self._places = [self.reads[place] for place in named], None
        for entries in shards:
            for key, (places, *rest) in entries.items():
                entries[key] = (tuple(moved[place] for place in places), *rest)
        return True

    def save(self, digests: Mapping[Read, bytes], written: Mapping[int, bytes]) -> None:
        """Write the table with each read's digest in digests, after the shard files written (their checksum
        lines, by shard): a build cut short before leaves those shards untrusted."""
        for shard, line in written.items():
            self.sums[shard] = line
        now = tuple(map(digests.__getitem__, self.reads))
        write_encoded(self.path, encode_entry((self.version, tuple(self.reads), now, tuple(self.sums), self.named)))
