"""Which words two articles share: their n-grams in common, widened to the words they cover.

Rare shared n-grams always count; common ones (stock phrases of a desk) only inside a run long
enough to be a shared sentence. The marks are built as bytes, at C speed, not word by word.
"""

from __future__ import annotations

import re

from .side import Overlap, Side


def covered(side: Side, shared: frozenset[int], common: frozenset[int], size: int, min_run: int) -> bytearray:
    """Return a mark per word: 1 when inside a shared n-gram.

    Rare shared n-grams always count; common ones only inside a run of at least min_run shared
    n-grams in a row (a sentence, not a stock phrase).
    """
    grams = side.grams
    # A byte per n-gram, 1 where it is shared: built and widened at C speed, not word by word.
    starts = bytes(map(shared.__contains__, grams))
    if common and not common.isdisjoint(grams):
        # 1 shared, 2 common: a run of either holding a common one and min_run long counts whole.
        codes = _or_bytes(starts, bytes(map(common.__contains__, grams)), shift=1)
        if b"\x02" in codes:
            widened = bytearray(starts)
            for run in re.finditer(_RUN % min_run, codes):
                if b"\x02" in run.group():
                    widened[run.start() : run.end()] = b"\x01" * (run.end() - run.start())
            starts = bytes(widened)
    return widen(starts, size, len(side.words.words))


# Runs of shared (1) or common (2) n-grams at least so many long, for `covered`.
_RUN = b"[\x01\x02]{%d,}"


def _or_bytes(a: bytes, b: bytes, shift: int = 0) -> bytes:
    """Return the bytes of a or'd with the bytes of b shifted left by shift bits (bytes of 0 and 1)."""
    value = int.from_bytes(a, "big") | (int.from_bytes(b, "big") << shift)
    return value.to_bytes(len(a), "big")


def widen(starts: bytes, size: int, length: int) -> bytearray:
    """Return a mark per word: 1 for the size words from every n-gram marked 1 in starts."""
    if not starts or b"\x01" not in starts:
        return bytearray(length)
    # Each byte moved one word on by a shift of 8 bits: or-ing size shifts marks every word of each n-gram.
    value = int.from_bytes(starts + bytes(length - len(starts)), "big")
    marks = value
    for k in range(1, size):
        marks |= value >> (8 * k)
    return bytearray(marks.to_bytes(length, "big"))


def overlap(
    a: Side, b: Side, size: int, min_run: int = 1, min_common: float = 0.5
) -> tuple[Overlap, bytearray, bytearray]:
    """Return the overlap of two articles and which words of each are shared.

    Common n-grams (see `index.shingle`) count only when their runs make min_common or more of
    the shorter article: two versions of a story reprinted by every outlet share nearly all of
    it, two items of one template share a sentence or two.
    """
    shared = a.distinct & b.distinct
    marks_a = covered(a, shared, frozenset(), size, min_run)
    marks_b = covered(b, shared, frozenset(), size, min_run)
    common = a.common & b.common if a.common and b.common else frozenset()
    if common:
        with_a = covered(a, shared, common, size, min_run)
        with_b = covered(b, shared, common, size, min_run)
        shorter = min(len(a.words.words), len(b.words.words))
        added = min(with_a.count(1) - marks_a.count(1), with_b.count(1) - marks_b.count(1))
        if added >= min_common * shorter:
            marks_a, marks_b = with_a, with_b
    return Overlap(marks_a.count(1), marks_b.count(1), len(a.words.words), len(b.words.words)), marks_a, marks_b
