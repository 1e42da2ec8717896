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
