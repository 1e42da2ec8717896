"""Render a share of a cold build's pages in a second process while this one renders the rest.

After extraction the build runs in one process, and rendering is a third of its time; the
article pages, each a function of the site's links alone, are most of it. With more than one
core, the pages of the last articles are rendered in a forked process (beside.py), the site's
links noting what each page reads, as the page memo's do. Each page comes back with its reads,
and this process gives it to the memo through `PageMemo.kept`, its making reading the same
entries again: the memo keeps the very pages and reads it would have kept had it rendered them
here. Only pages the memo holds none of are rendered beside: a rebuild renders few, and here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial

from ..beside import Later, beside
from ..model import Page, SiteLinks
from .memo import PageMemo
from .noted import WHOLE, Read

Job = tuple[str, Callable[[SiteLinks], Page]]
"""A page's key in the memo and how to make the page from the site's links."""

_Made = tuple[Page, tuple[Read, ...], tuple[str, ...]]
"""A page made beside, with the entries it looked up and the tables it walked, in order."""


@contextmanager
def pages_beside(memo: PageMemo, jobs: Sequence[Job], *, enabled: bool) -> Iterator[Callable[[], list[Page]]]:
    """Start rendering the pages of jobs in a second process when enabled and the memo keeps none of them;
    yield a function returning the pages, in the order of jobs, each given to the memo as if made here."""
    if not enabled or not jobs or any(memo.holds(key) for key, _ in jobs):
        yield lambda: [memo.kept(key, make) for key, make in jobs]
        return
    with beside(partial(_render, memo, jobs), enabled=True) as later:
        yield partial(_collect, memo, jobs, later)


def _render(memo: PageMemo, jobs: Sequence[Job]) -> list[_Made]:
    """Return the page of each job, made from links noting what it reads, with its reads."""
    made: list[_Made] = []
    for _, make in jobs:
        reads: list[Read] = []
        walked: list[str] = []
        page = make(memo.noting(reads, walked))
        made.append((page, tuple(reads), tuple(walked)))
    return made


def _collect(memo: PageMemo, jobs: Sequence[Job], later: Later[list[_Made]]) -> list[Page]:
    """Return the pages made beside, each given to the memo under its job's key."""
    made = later.result()
    return [memo.kept(key, partial(_replay, found)) for (key, _), found in zip(jobs, made, strict=True)]


def _replay(made: _Made, seen: SiteLinks) -> Page:
    """Return the page made beside, having looked up in seen what its making read, in the same order."""
    page, reads, walked = made
    for name, key in reads:
        if name == WHOLE:
            len(seen.substitutions)
        else:
            getattr(seen, name).get(key)
    for name in walked:
        iter(getattr(seen, name))
    return page
