"""Keep what each corpus file gave between builds, so a rebuild reads only the files that changed.

A file is known by its path and status: size, modification and change times, inode. A file whose
status is the one it had when the last build read it gave what it gave then, so it is not read
or decoded again: a rebuild of a large corpus stats its files instead of reading them all, which
need not be in memory any more. Any change to a file (an edit, a copy over it, `touch`) changes its
status, and it is read again. A file changed in the moments before it was read is not kept
(`file_status.settled`).

What is kept is read back only under the same code and Config; the notes a file's reading logged
(an encoding, a repair) are said again when it is not read.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..cache import memo_version
from ..config import Config
from ..file_status import Status, settled, status_of
from ..kept_table import KeptTable
from .common import FileRead

log = logging.getLogger(__name__)

FILE = "loaded-kept"
"""The folder in the cache folder keeping what each corpus file gave the last build, in shards by path
(kept_table.py: a rebuild writes again only the shards of the files it read)."""

Kept = tuple[Status, FileRead, tuple[str, ...]]
"""What one file gave, with its status when read and the notes its reading logged."""


class LoadMemo:
    """What each corpus file gave the last build, by path; a folder of None keeps nothing."""

    def __init__(self, folder: Path | None, config: Config) -> None:
        self.path = None if folder is None else folder / FILE
        self.version = memo_version(config) if self.path is not None else ""
        self.table: KeptTable[str, Kept] = KeptTable(
            self.path, self.version, "what was kept of the corpus", then="reading its files"
        )
        self.last = self.table.last
        self.kept: dict[str, Kept] = {}
        self.reused = 0

    def read(self, path: str, rel: str, read: Callable[[], tuple[FileRead, tuple[str, ...]]]) -> FileRead:
        """Return what the file at path gives: the last build's when its status is the same, else read()'s."""
        if self.path is None:
            return _said(rel, read())
        looked = time.time_ns()
        mark = status_of(os.stat(path))  # noqa: PTH116  (a string path, see load_corpus)
        last = self.last.get(rel)
        if last is not None and last[0] == mark:
            self.kept[rel] = last
            self.reused += 1
            return _said(rel, last[1:])
        found = read()
        if settled(mark, looked):
            self.kept[rel] = (mark, *found)
        return _said(rel, found)

    def save(self) -> None:
        """Keep what this build's files gave, when it differs from what is kept."""
        if self.path is None or self.kept == self.last:
            return
        log.info("corpus files: %d read, %d known from the last build", len(self.kept) - self.reused, self.reused)
        self.table.save(self.kept)


def _said(rel: str, found: tuple[FileRead, tuple[str, ...]]) -> FileRead:
    """Log the notes a file's reading made and return what it gave."""
    read, notes = found
    for note in notes:
        log.info("%s: %s", rel, note)
    return read
