"""Render a cold build's pages in two processes at once, each taking the next pages as it is free.

After extraction the build runs in one process, and rendering is a third of its time; the
article pages, each a function of the site's links alone, are most of it. With more than one
core, a forked process (beside.py) and this one take chunks of the pages in turn from one
counter they share, so the work splits by how fast each goes, whatever else the machine runs:
a fixed share left one of them idle while the other finished. Each page is made from the
site's links noting what it reads, as the page memo's do, and the second process sends each
chunk back as it is done. This process gives every page to the memo in order through
`PageMemo.kept`, its making reading the same entries again (so the memo keeps the very pages
and reads, in the same order, whichever process made them), between chunks of its own. Only
pages the memo holds none of are rendered so: a rebuild renders few, and here alone. Should
the second process stop, this one renders the chunks it did not send.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from typing import cast

from ..beside import beside, forks
from ..model import Page, SiteLinks
from .memo import PageMemo
from .noted import WHOLE, Read

Job = tuple[str, Callable[[SiteLinks], Page]]
"""A page's key in the memo and how to make the page from the site's links."""

_Made = tuple[Page, tuple[Read, ...], tuple[str, ...]]
"""A page made from noting links, with the entries it looked up and the tables it walked, in order."""

# Pages taken at a time: enough that taking them and sending them back costs little beside making them,
# few enough that neither process waits long for the other's last chunk.
_CHUNK = 32


@contextmanager
def pages_beside(memo: PageMemo, jobs: Sequence[Job], *, enabled: bool) -> Iterator[Callable[[], list[Page]]]:
    """Start rendering the pages of jobs in a second process when enabled and the memo keeps none of them;
    yield a function returning the pages, in the order of jobs, this process rendering its share of them
    when called (call it last: the second process takes what this one has not yet taken)."""
    if not enabled or not jobs or not forks() or any(memo.holds(key) for key, _ in jobs):
        yield lambda: [memo.kept(key, make) for key, make in jobs]
        return
    chunks = [jobs[start : start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
    context = multiprocessing.get_context("fork")
    taken = cast("Synchronized[int]", context.Value("l", 0))
    reader, writer = context.Pipe(duplex=False)
    try:
        with beside(partial(_render_beside, memo, chunks, taken, writer), enabled=True):
            writer.close()  # the second process holds the other end: when it stops, reading finds the pipe closed
            yield partial(_Shared(memo, chunks, taken, reader).pages)
    finally:
        writer.close()
        reader.close()


def _take(taken: Synchronized[int], count: int) -> int | None:
    """Return the next chunk's number, taken from the counter both processes share; None when all are taken."""
    with taken.get_lock():
        number = taken.value
        if number >= count:
            return None
        taken.value = number + 1
    return number


def _render(memo: PageMemo, jobs: Sequence[Job]) -> list[_Made]:
    """Return the page of each job, made from links noting what it reads, with its reads."""
    made: list[_Made] = []
    for _, make in jobs:
        reads: list[Read] = []
        walked: list[str] = []
        page = make(memo.noting(reads, walked))
        made.append((page, tuple(reads), tuple(walked)))
    return made


def _render_beside(
    memo: PageMemo, chunks: Sequence[Sequence[Job]], taken: Synchronized[int], writer: Connection
) -> None:
    """Render chunks as they are taken and send each back with its number, in the second process."""
    try:
        while (number := _take(taken, len(chunks))) is not None:
            writer.send((number, _render(memo, chunks[number])))
    finally:
        writer.close()


class _Shared:
    """This process's side of the rendering shared with a second process."""

    def __init__(
        self, memo: PageMemo, chunks: Sequence[Sequence[Job]], taken: Synchronized[int], reader: Connection
    ) -> None:
        self._memo, self._chunks, self._taken, self._reader = memo, chunks, taken, reader
        self._made: dict[int, list[_Made]] = {}
        self._gone = False
        """Whether the second process closed its end: it sends nothing more."""

    def pages(self) -> list[Page]:
        """Return every page in the order of the jobs, each given to the memo in that order: a chunk as soon
        as it and those before it are made; meanwhile the second process's chunks read as they come, and
        chunks taken and made here."""
        pages: list[Page] = []
        made, chunks = self._made, self._chunks
        for number, chunk in enumerate(chunks):
            while number not in made:
                self._work(number)
            found = made.pop(number)
            pages += (self._memo.kept(key, partial(_replay, page)) for (key, _), page in zip(chunk, found, strict=True))
        return pages

    def _work(self, waited: int) -> None:
        """Do one piece of work towards the chunk numbered waited: read a chunk the second process sent, take
        and make one here, or wait for the second process's (made here when it stopped before sending it)."""
        if not self._gone and self._reader.poll():
            self._receive()
        elif (number := _take(self._taken, len(self._chunks))) is not None:
            self._made[number] = _render(self._memo, self._chunks[number])
        elif self._gone:
            self._made[waited] = _render(self._memo, self._chunks[waited])
        else:
            self._receive()

    def _receive(self) -> None:
        """Read the next chunk the second process sent; note that it is gone when it closed its end."""
        try:
            number, found = self._reader.recv()
        except (EOFError, OSError):
            self._gone = True
            return
        self._made[number] = found


def _replay(made: _Made, seen: SiteLinks) -> Page:
    """Return the page made, having looked up in seen what its making read, in the same order."""
    page, reads, walked = made
    for name, key in reads:
        if name == WHOLE:
            len(seen.substitutions)
        else:
            getattr(seen, name).get(key)
    for name in walked:
        iter(getattr(seen, name))
    return page
