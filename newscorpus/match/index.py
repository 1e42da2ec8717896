"""Candidate pairs from an inverted index of word n-grams, boilerplate n-grams capped out.

Only articles sharing rare n-grams are ever compared, so the cost grows with the number of
articles that share text, not with the square of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .text import Words


@dataclass(frozen=True)
class Shingles:
    """Every article's word n-grams by position, and which n-grams are too common to count."""

    grams: tuple[tuple[int, ...], ...]
    """For each article, the n-gram starting at each word (empty when it has fewer words)."""
    distinct: tuple[frozenset[int], ...]
    """For each article, its n-grams in more than one article but not above the frequency cap."""


def shingle(texts: Sequence[Words], size: int, df_cap: int) -> Shingles:
    """Return the n-grams of every text as integers, exact (no hashing, so no collisions).

    Words get numbers in order of first appearance; the caller passes texts in a fixed order,
    so the numbers, like everything else, are the same on every run.
    """
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(w, len(vocab)) for w in t.words] for t in texts]
    bits = max(1, len(vocab).bit_length())
    grams: list[tuple[int, ...]] = []
    for seq in ids:
        keys = seq[: max(0, len(seq) - size + 1)]
        for k in range(1, size):
            keys = [(key << bits) | word for key, word in zip(keys, seq[k:], strict=False)]
        grams.append(tuple(keys))
    df: dict[int, int] = defaultdict(int)
    for g in grams:
        for key in set(g):
            df[key] += 1
    distinct = tuple(frozenset(k for k in g if 1 < df[k] <= df_cap) for g in grams)
    return Shingles(tuple(grams), distinct)


def candidate_pairs(
    distinct: Sequence[frozenset[int]], min_shared: int, min_share: float
) -> list[tuple[int, int, int]]:
    """Return (i, j, shared n-grams) for pairs i < j sharing enough capped n-grams, sorted."""
    postings: dict[int, list[int]] = defaultdict(list)
    for index, grams in enumerate(distinct):
        for key in grams:
            postings[key].append(index)
    counts: dict[int, int] = defaultdict(int)
    n = len(distinct)
    for docs in postings.values():
        for x, a in enumerate(docs):
            base = a * n
            for b in docs[x + 1 :]:
                counts[base + b] += 1
    sizes = [len(g) for g in distinct]
    out = []
    for key, shared in counts.items():
        i, j = divmod(key, n)
        if shared >= min_shared and shared >= min_share * min(sizes[i], sizes[j]):
            out.append((i, j, shared))
    out.sort()
    return out
