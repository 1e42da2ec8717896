"""What tells a file unchanged since a build last looked at it, without reading it.

A file's status (size, modification and change times, inode) changes whenever its content does,
except for a change made in the same tick of the file system's clock as the time it was looked at
(the "racy" files of git's index). So a status is trusted only for a file whose times were settled
a moment before: the load memo (load/memo.py) and the record of written files (write.py) keep
nothing of a file changed in the tenth of a second before they looked, and read it next time.
"""

from __future__ import annotations

import hashlib
import os

Status = tuple[int, int, int, int]
"""A file's size, modification and change times (ns) and inode."""

RACY_NS = 100_000_000
"""A tenth of a second: wider than any file system's clock tick."""


def status_of(status: os.stat_result) -> Status:
    """Return a file's status as the memos keep it."""
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def settled(status: Status, looked_ns: int) -> bool:
    """Return True when a file's times were set before the clock tick of looked_ns (time.time_ns())."""
    return max(status[1], status[2]) <= looked_ns - RACY_NS


Sum = tuple[int, str]
"""A generated file's size in bytes and the digest of its bytes (`sum_of`)."""


def sum_of(data: bytes) -> Sum:
    """Return the size and digest of a generated file's bytes, as the record of written files keeps them."""
    return len(data), hashlib.sha256(data).hexdigest()[:32]  # in hardware: 3x blake2b


KnownSum = tuple[object, Sum]
"""A page's content (or the page itself, when kept by the page memo: render/bodies.py) and the size and digest
of its file's bytes: given to the write stage by whoever knows them already, for that very object."""
