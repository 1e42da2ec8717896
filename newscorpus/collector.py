"""Python's cycle collector paused while a stage makes or reads back many small objects.

Matching's n-grams, the memos' entries read back and the links hold no reference cycles; each automatic
collection while they are made would walk all of them again (seconds of a build on 20,000 stories).
Reference counting still frees each object when it is done with.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the block, then restore it as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def kept_to_the_end() -> Iterator[None]:
    """Make what the block reads back or makes without the cycle collector, and leave it out of the collector's
    later walks (`gc.freeze`): the links, a memo's pages, the articles extracted and merged.

    Those are hundreds of thousands of objects kept to the end of the build: each collection would
    walk them again, for cycles they never hold (seconds of a rebuild; the one collection when the
    merge of 3,000 articles turns the collector back on walks all it made, 0.7 s).
    """
    with paused():
        try:
            yield
        finally:
            gc.freeze()


@contextmanager
def handed_back() -> Iterator[None]:
    """Hand what the block left out of the collector's walks back to it when the block ends, unless something
    was left out before the block (then whoever left it out hands it back)."""
    before = gc.get_freeze_count()
    try:
        yield
    finally:
        if not before:
            gc.unfreeze()
