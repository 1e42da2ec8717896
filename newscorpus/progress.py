"""A one-line progress display for long builds, on a terminal only: never in logs, pipes or CI."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sized
from typing import TextIO, TypeVar

T = TypeVar("T")

# Redraw at most this often: a 20,000-article build should not spend its time printing.
_INTERVAL = 0.2


class Progress:
    """Show the current stage and, for long loops, how far it has come; silent when not enabled."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._last = 0.0
        self._width = 0

    @classmethod
    def for_terminal(cls, stream: TextIO) -> Progress:
        """Return a progress display on stream when it is a terminal, else a silent one."""
        return cls(stream if stream.isatty() else None)

    def stage(self, name: str) -> None:
        """Show that a stage has started."""
        self._draw(f"{name}…", force=True)

    def track(self, items: Iterable[T], name: str, total: int | None = None) -> Iterator[T]:
        """Yield items, showing how many of them are done (of total, or of len(items) when it has one)."""
        if total is None and isinstance(items, Sized):
            total = len(items)
        of = f"/{total:,}" if total is not None else ""
        for done, item in enumerate(items, start=1):
            self._draw(f"{name} {done:,}{of}", force=done == 1)
            yield item

    def close(self) -> None:
        """Clear the line, so the summary line that follows stands alone."""
        if self._stream is not None and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def _draw(self, text: str, *, force: bool) -> None:
        if self._stream is None:
            return
        now = time.monotonic()
        if not force and now - self._last < _INTERVAL:
            return
        self._last = now
        line = text.ljust(self._width)
        self._stream.write("\r" + line)
        self._stream.flush()
        self._width = len(text)
