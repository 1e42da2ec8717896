"""The page memo's files as read from the cache folder, before the site's links are known (memo.py).

A rebuild reads back a page memo's table of reads and its 256 shard files, a hundred thousand
entries: reading and unpickling them needs neither the site's links nor anything matching makes,
so the build reads them while matching finishes on the other core (pipeline.py), and the memo
then only checks them against this build's links. What is checked (the version each file was
written by, its checksum line against the table's) is checked when the memo takes them, as when
it reads them itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ..cache import NotWhole, decode_entry, memo_version
from ..collector import paused
from ..config import Config
from .reads import TABLE, ReadTable, checksum_line

log = logging.getLogger(__name__)

SHARDS = 256
"""Files the entries are spread over: few enough to read quickly, enough that one edit rewrites a few."""

Shard = tuple[bytes, dict[str, Any]]
"""A shard file's value: the stamp of its body file, its entries."""

ShardFile = tuple[str, Shard, bytes] | None | bool
"""A shard file as read: the version that wrote it, its value and its checksum line; None when there is none;
False when it cannot be read or was written by another version of the program (said when read)."""


@dataclass(frozen=True)
class MemoFiles:
    """A memo's table of reads and shard files, read from its folder under a version."""

    folder: Path
    version: str
    table: ReadTable
    shards: tuple[ShardFile, ...]


def shard_path(folder: Path, shard: int) -> Path:
    """Return the path of a memo's shard file in its folder (the cache folder's memo of a kind)."""
    return folder / f"{shard:02x}"


def read_memo_files(cache: Path, config: Config, kind: str) -> MemoFiles:
    """Return the files of the memo of kind in the cache folder, as kept for config."""
    folder = cache / kind
    version = memo_version(config)
    # Reading back tens of thousands of pages: the cycle collector would walk them again and again.
    with paused():
        table = ReadTable(folder / TABLE, version, SHARDS)
        return MemoFiles(folder, version, table, tuple(read_shard(shard_path(folder, s)) for s in range(SHARDS)))


def read_shard(path: Path) -> ShardFile:
    """Return a shard file as read (see `ShardFile`)."""
    try:
        data = path.read_bytes()
        version, shard = cast(tuple[str, Shard], decode_entry(data))
    except FileNotFoundError:
        return None
    except (NotWhole, OSError) as err:  # a damaged file is never trusted
        log.warning("%s: ignoring the kept pages (%s)", path, str(err) or type(err).__name__)
        return False
    except Exception as err:  # whole, but of classes another version of the program had: as another version
        log.debug("%s: kept by another version (%s)", path, str(err) or type(err).__name__)
        return False
    return version, shard, checksum_line(data)
