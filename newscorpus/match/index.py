"""Candidate pairs from an inverted index of word n-grams, common n-grams kept for long runs only.

Only articles sharing text are ever compared, so the cost grows with the number of articles
that share text, not with the square of the corpus. An n-gram in more articles than the
corpus's cap is common: a stock phrase ("said in a statement"), furniture, or the text of a
story reprinted more widely than the cap. It is never evidence on its own; a run of common
n-grams long enough to be a shared sentence is (stock phrases are short), and such runs give
candidates too, so a story reprinted by every outlet of the corpus still groups.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat

from .text import Words


@dataclass(frozen=True)
class Shingles:
    """Every article's word n-grams by position, split into rare ones and common ones."""

    grams: tuple[tuple[int, ...], ...]
    """For each article, the n-gram starting at each word (empty when it has fewer words)."""
    distinct: tuple[frozenset[int], ...]
    """For each article, its n-grams found in other articles but in no more than the cap."""
    common: tuple[frozenset[int], ...]
    """For each article, its n-grams in more articles than the cap, inside a run long enough to count."""
    cap: int
    """The corpus's document-frequency cap: n-grams in more articles than this are common."""
    word_df: dict[str, int]
    """In how many articles each word occurs."""
    frequent: frozenset[int] = frozenset()
    """The n-grams in more articles than the cap."""
    vocab: tuple[str, ...] = ()
    """The words by their numbers: an n-gram packs its words' numbers, bits bits each."""
    bits: int = 0


def df_cap(articles: int, floor: int, share: float, ceiling: int) -> int:
    """Return the document-frequency cap for a corpus: a share of its articles, within bounds."""
    return max(floor, min(ceiling, math.ceil(share * articles)))


def shingle(texts: Sequence[Words], size: int, cap: int, run_words: int) -> Shingles:
    """Return the n-grams of every text as integers, exact (no hashing, so no collisions).

    Words get numbers in order of first appearance; the caller passes texts in a fixed order,
    so the numbers, like everything else, are the same on every run. A common n-gram is kept
    for an article only inside a run of consecutive common n-grams covering run_words words.
    """
    # Numbers by first appearance, the dictionary built and read at C speed.
    vocab = {word: number for number, word in enumerate(dict.fromkeys(chain.from_iterable(t.words for t in texts)))}
    ids = [list(map(vocab.__getitem__, t.words)) for t in texts]
    counts: Counter[int] = Counter()
    for seq in ids:
        counts.update(set(seq))
    names = list(vocab)
    word_df = {names[i]: n for i, n in counts.items()}
    bits = max(1, len(vocab).bit_length())
    grams = [grams_of(seq, size, bits) for seq in ids]
    df: Counter[int] = Counter()
    for g in grams:
        df.update(set(g))
    # Two sets built once, then intersected with each article's n-grams at C speed.
    frequent = {key for key, n in df.items() if n > cap}
    rare = {key for key, n in df.items() if n > 1} - frequent
    distinct = tuple(frozenset(rare.intersection(g)) for g in grams)
    min_run = max(1, run_words - size + 1)
    common = tuple(long_runs(g, frequent, min_run) if not frequent.isdisjoint(g) else frozenset() for g in grams)
    return Shingles(tuple(grams), distinct, common, cap, word_df, frozenset(frequent), tuple(names), bits)


def grams_of(seq: Sequence[int], size: int, bits: int) -> tuple[int, ...]:
    """Return the n-grams of a sequence of word numbers, each packed into one integer.

    Each word in turn is shifted in over the words before it; `map` with the operators does it at
    C speed (a loop over the words cost a third of a rebuild's matching).
    """
    keys: Iterable[int] = seq[: max(0, len(seq) - size + 1)]
    for k in range(1, size):
        keys = map(operator.or_, map(operator.lshift, keys, repeat(bits)), seq[k:])
    return tuple(keys)


def long_runs(grams: Sequence[int], frequent: set[int], min_run: int) -> frozenset[int]:
    """Return the common n-grams of an article that stand in runs of at least min_run of them."""
    flags = bytes(map(frequent.__contains__, grams))
    kept: set[int] = set()
    for run in re.finditer(b"\x01{%d,}" % min_run, flags):
        kept.update(grams[run.start() : run.end()])
    return frozenset(kept)


# Pairs gathered before they are counted (see `_count_pairs`): a few tens of megabytes at most.
_COUNT_BATCH = 1_000_000


def _count_pairs(counts: Counter[int], postings: Iterable[list[int]], n: int, following: int | None) -> None:
    """Add to counts every pair of articles on one posting (as i * n + j), or each with the next `following` only.

    The pairs are gathered in a list and counted a million at a time: one count call per posting
    would cost more than the counting.
    """
    keys: list[int] = []
    for docs in postings:
        if len(docs) == 2:
            keys.append(docs[0] * n + docs[1])
            continue
        for x, a in enumerate(docs):
            keys.extend(map((a * n).__add__, docs[x + 1 : None if following is None else x + 1 + following]))
        if len(keys) >= _COUNT_BATCH:
            counts.update(keys)
            keys.clear()
    counts.update(keys)


@dataclass(frozen=True)
class Bar:
    """What two articles must share to be compared: see `candidate_pairs`."""

    min_shared: int
    min_share: float
    few: frozenset[int] = frozenset()
    min_few: int = 0

    def passes(self, i: int, j: int, shared: int, sizes: Sequence[int]) -> bool:
        """Return True when articles i and j, sharing so many n-grams, are to be compared."""
        if shared >= self.min_shared and shared >= self.min_share * min(sizes[i], sizes[j]):
            return True
        return bool(self.few) and shared >= self.min_few and (i in self.few or j in self.few)


def sizes_of(shingles: Shingles) -> list[int]:
    """Return each article's count of n-grams that can pair it: rare ones and common ones in runs."""
    return [len(d) + len(c) for d, c in zip(shingles.distinct, shingles.common, strict=True)]


def rare_counts(distinct: Sequence[frozenset[int]]) -> Counter[int]:
    """Return how many rare n-grams each two articles share, as i * n + j (i < j) to count."""
    return _pair_counts(distinct, None)


def band_counts(common: Sequence[frozenset[int]], neighbours: int) -> Counter[int]:
    """Return how many common n-grams pair each two articles, each holder with the next `neighbours` only."""
    return _pair_counts(common, neighbours)


def _pair_counts(grams_of: Sequence[frozenset[int]], neighbours: int | None) -> Counter[int]:
    """Return how many of the given n-grams each two articles share (each holder with the next
    `neighbours` holders only, unless None), as i * n + j (i < j) to count."""
    postings: dict[int, list[int]] = defaultdict(list)
    for index, grams in enumerate(grams_of):
        for key in grams:
            postings[key].append(index)
    counts: Counter[int] = Counter()
    _count_pairs(counts, postings.values(), len(grams_of), neighbours)
    return counts


def candidate_pairs(
    shingles: Shingles,
    min_shared: int,
    min_share: float,
    few: Collection[int] = (),
    min_few: int = 0,
    *,
    neighbours: int = 5,
) -> list[tuple[int, int, int]]:
    """Return (i, j, shared n-grams) for pairs i < j sharing enough n-grams, sorted.

    Rare n-grams pair every two articles holding them. A common n-gram in a long run pairs each
    article holding it with the next `neighbours` that do (its posting can be as long as the
    corpus): the versions of a widely reprinted story are then linked in a band, and grouping joins
    them; a band several wide is not cut by one version that fails against its neighbour (a page
    whose copy was read with some of the page around it).
    A pair with an article of `few` (too short to share min_shared n-grams: a wire alert) needs
    only min_few.
    """
    counts = rare_counts(shingles.distinct)
    counts.update(band_counts(shingles.common, neighbours))
    return passing(
        counts, len(shingles.distinct), sizes_of(shingles), Bar(min_shared, min_share, frozenset(few), min_few)
    )


def passing(counts: Counter[int], n: int, sizes: Sequence[int], bar: Bar) -> list[tuple[int, int, int]]:
    """Return (i, j, shared) of the counted pairs (i * n + j) that pass the bar, sorted."""
    out = []
    for key, shared in counts.items():
        i, j = divmod(key, n)
        if bar.passes(i, j, shared, sizes):
            out.append((i, j, shared))
    out.sort()
    return out
