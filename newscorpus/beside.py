"""Run one stage's work in a second process while the build goes on with another.

After extraction the build runs in one process, and on a machine of two cores or more the others
wait. Work that reads only the articles (the entity hubs) can run beside matching, which reads
them too. The process is forked, so it starts with the articles already in memory: nothing is
handed to it, and only its result comes back. Where processes cannot be forked, or the corpus is
small, the work runs in the build's own process when its result is asked for. Either way the
result is the same.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Generic, TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")

_pending: list[Callable[[], object]] = []
"""The work a forked process runs: set by its parent just before the fork, read by the child."""


def _run_pending() -> object:
    return _pending[0]()


class Later(Generic[T]):
    """A result made beside the build, or in its own process when asked for."""

    def __init__(self, work: Callable[[], T], future: Future[object] | None) -> None:
        self._work = work
        self._future = future

    def result(self) -> T:
        """Return the work's result, waiting for the second process when it runs there."""
        if self._future is not None:
            try:
                return cast(T, self._future.result())
            except BrokenProcessPool as err:  # the process died (out of memory, say): do the work here
                log.warning("a second process stopped (%s); its work is done in this one", err)
            finally:
                self._future = None
        return self._work()


@contextmanager
def beside(work: Callable[[], T], *, enabled: bool) -> Iterator[Later[T]]:
    """Start work in a forked process when enabled and the system forks, and yield its `Later`.

    work is a function of what this process holds (a `functools.partial` of module functions): it
    is never pickled, the forked process inherits it; its result is pickled back.
    """
    if not enabled or "fork" not in multiprocessing.get_all_start_methods():
        yield Later(work, None)
        return
    _pending[:] = [work]
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    try:
        # Everything made so far left out of the cycle collector's walks while the process forks: a
        # collection in it would touch every inherited object, and so copy the memory it shares.
        gc.freeze()
        try:
            future = pool.submit(_run_pending)  # the pool forks its process here, with work in _pending
        finally:
            gc.unfreeze()
        _pending.clear()
        yield Later(work, future)
    finally:
        _pending.clear()
        pool.shutdown(wait=True, cancel_futures=True)
