"""Keep the corpus's n-grams and candidate pairs between builds, to work out again only what an edit can change.

A rebuild after a few articles were added, removed or edited finds the n-grams and candidate
pairs a build from scratch finds (`index.shingle`, `index.candidate_pairs`), from the last
build's and the changed articles alone:

- words keep their numbers (new words are numbered on), so an unchanged article's n-grams are
  the last build's. Nothing downstream reads an n-gram's number, only whether two are equal;
- only the changed articles' n-grams, old and new, change how many articles hold an n-gram,
  hence whether it is unique, rare or common. Their holders are found in one pass over the
  corpus; an article holding one whose standing changed is "moved": its rare and common sets
  are worked out again;
- a pair of articles neither changed nor moved shares the rare n-grams it shared: it stays a
  candidate, or not, as it was, unless its count in the bands of common n-grams changed (bands
  are counted afresh on every build, they are few); the pairs of changed and moved articles are
  counted afresh.

Whenever that cannot be done exactly and cheaply, everything is worked out whole: nothing kept,
or kept by another version of the code or Config; another document-frequency cap (the corpus's
size moved it, so any n-gram may change standing); new words no longer fitting the kept
numbers; or more changed and moved articles than a small share of the corpus.

Each article's packed n-grams are kept in shard files by its key (shards.py), the rest in one file:
a rebuild after an edit rewrites the shards of the articles added, gone or moved, not tens of megabytes.
"""

from __future__ import annotations

import dataclasses
import logging
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ..config import Config
from .index import Bar, Shingles, band_counts, df_cap, grams_of, long_runs, passing, rare_counts, shingle, sizes_of
from .shards import Parts, Stamps, read_sharded, update_sharded, write_sharded
from .text import Words

log = logging.getLogger(__name__)

FILE = "matched-index"
"""The file in the cache folder keeping the last build's n-grams and candidate pairs."""

_MOVED_MIN = 64
"""Changed and moved articles worked out alone: at least so many, or a share of the corpus; more and all are."""
_MOVED_SHARE = 0.02


@dataclass(frozen=True)
class Kept:
    """One build's n-grams and candidate pairs, articles known by id and extraction key."""

    order: tuple[tuple[str, str], ...]
    """(id, key) of every article, in id order."""
    vocab: tuple[str, ...]
    bits: int
    cap: int
    grams: dict[str, bytes]
    """By key: the article's n-grams in order, packed as unsigned 64-bit integers (`pack`)."""
    distinct: dict[str, bytes]
    common: dict[str, bytes]
    frequent: frozenset[int]
    word_df: dict[str, int]
    band: dict[tuple[str, str], int]
    """How many common n-grams pair two articles (ids in order) in their bands."""
    candidates: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class Change:
    """What changed since the kept build, by index: articles new or edited, and articles moved by them."""

    added: tuple[int, ...]
    moved: tuple[int, ...]


def pack(grams: Sequence[int] | frozenset[int]) -> bytes:
    """Return n-grams packed as unsigned 64-bit integers (a set in its iteration order)."""
    return array("Q", grams).tobytes()


def unpack(packed: bytes) -> array[int]:
    """Return the n-grams `pack` packed."""
    found = array("Q")
    found.frombytes(packed)
    return found


class KeptIndex:
    """The last build's n-grams and candidate pairs read from path, and this build's to keep there.

    old_words gives, by key, the words of the articles the last build read (to uncount the words
    of those gone).
    """

    def __init__(self, path: Path | None, version: str, old_words: Callable[[str], Sequence[str] | None]) -> None:
        self.path = path
        self.version = version
        self.old_words = old_words
        self.last, self.parts = _load(path, version)
        self.change: Change | None = None
        self.ids: list[str] = []
        self.keys: list[str] = []
        self.shingles: Shingles | None = None
        self.found: list[tuple[int, int, int]] = []
        self.band: Counter[int] = Counter()
        self.size = 0

    def shingle(
        self, ids: Sequence[str], keys: Sequence[str | None], words: Sequence[Words], config: Config
    ) -> Shingles:
        """Return `index.shingle` of the articles (in id order), from the last build's when it can."""
        cap = df_cap(len(words), config.shingle_df_cap, config.shingle_df_share, config.shingle_df_ceiling)
        known = [k for k in keys if k is not None]
        if self.path is None or len(known) != len(keys):
            self.path = None
            return shingle(words, config.shingle_size, cap, config.common_run_words)
        self.ids, self.keys, self.size = list(ids), known, config.shingle_size
        last = self.last
        if last is not None and last.cap == cap and config.shingle_size * last.bits <= 64:
            found = _update(last, self, words, config)
            if found is not None:
                self.shingles, self.change = found
                again, moved = len(found[1].added), len(found[1].moved)
                plural = "" if again == 1 else "s"
                log.info("match: n-grams worked out again for %d article%s, %d moved", again, plural, moved)
                return found[0]
        self.shingles = shingle(words, config.shingle_size, cap, config.common_run_words)
        return self.shingles

    def candidates(self, shingles: Shingles, bar: Bar, neighbours: int) -> list[tuple[int, int, int]]:
        """Return `index.candidate_pairs` of what `shingle` returned, from the last build's when it can."""
        self.band = band_counts(shingles.common, neighbours)
        if self.change is not None and self.last is not None:
            self.found = _update_candidates(self.last, self.change, shingles, self.ids, self.band, bar=bar)
        else:
            counts = rare_counts(shingles.distinct)
            counts.update(self.band)
            self.found = passing(counts, len(shingles.distinct), sizes_of(shingles), bar)
        return self.found

    def save(self) -> None:
        """Keep this build's n-grams and candidates for the next, when they fit the packing."""
        shingles = self.shingles
        if self.path is None or shingles is None or self.size * shingles.bits > 64:
            return
        change, last = self.change, self.last
        if change is not None and not change.added and last is not None and len(last.order) == len(self.ids):
            return  # nothing changed: the file holds this build's already
        head = _head(self, shingles)
        if change is None or last is None or self.parts is None:
            write_sharded(self.path, self.version, head, _rows(shingles, self.keys, range(len(self.keys))))
            return
        rows = _rows(shingles, self.keys, sorted({*change.added, *change.moved}))
        now = set(self.keys)
        gone = [key for _, key in last.order if key not in now]
        update_sharded(self.path, self.version, head, self.parts, (rows, gone))


def _load(path: Path | None, version: str) -> tuple[Kept | None, tuple[Parts, Stamps] | None]:
    """Return what path keeps for this version, and its shards' rows and stamps; None when nothing is kept."""
    found = None if path is None else read_sharded(path, version, "the kept n-grams", "working them out whole")
    if found is None or not isinstance(found[0], Kept):
        return None, None
    head, parts, stamps = found[0], found[1], found[2]
    rows: dict[str, tuple[bytes, bytes, bytes]] = {}
    for part in parts:
        rows.update(cast(dict[str, tuple[bytes, bytes, bytes]], part))
    if rows.keys() != {key for _, key in head.order}:
        return None, None
    grams = {key: row[0] for key, row in rows.items()}
    distinct = {key: row[1] for key, row in rows.items()}
    common = {key: row[2] for key, row in rows.items()}
    return dataclasses.replace(head, grams=grams, distinct=distinct, common=common), (parts, stamps)


def _head(index: KeptIndex, shingles: Shingles) -> Kept:
    """Return what a build keeps of its n-grams and candidates but the packed n-grams (`_rows`, in shards)."""
    n, ids = len(index.ids), index.ids
    return Kept(
        order=tuple(zip(ids, index.keys, strict=True)),
        vocab=shingles.vocab,
        bits=shingles.bits,
        cap=shingles.cap,
        grams={},
        distinct={},
        common={},
        frequent=shingles.frequent,
        word_df=dict(shingles.word_df),
        band={(ids[k // n], ids[k % n]): c for k, c in index.band.items()},
        candidates=tuple((ids[i], ids[j], s) for i, j, s in index.found),
    )


def _rows(shingles: Shingles, keys: Sequence[str], at: Iterable[int]) -> dict[str, tuple[bytes, bytes, bytes]]:
    """Return the packed n-grams, rare and common n-grams of the articles at those places, by key."""
    return {keys[i]: (pack(shingles.grams[i]), pack(shingles.distinct[i]), pack(shingles.common[i])) for i in at}


def _limit(articles: int) -> int:
    """Return how many changed and moved articles are worked out alone in a corpus of so many."""
    return max(_MOVED_MIN, int(articles * _MOVED_SHARE))


def _update(last: Kept, index: KeptIndex, words: Sequence[Words], config: Config) -> tuple[Shingles, Change] | None:
    """Return the shingles of this build from the last build's, and what changed; None when it cannot."""
    before = dict(last.order)
    now = dict(zip(index.ids, index.keys, strict=True))
    added = [i for i, (a, k) in enumerate(zip(index.ids, index.keys, strict=True)) if before.get(a) != k]
    gone = [k for a, k in last.order if now.get(a) != k]
    old_words = [index.old_words(k) for k in gone]
    if len(added) + len(gone) > _limit(len(words)) or any(w is None for w in old_words):
        log.info("match: %d articles new or edited, %d gone: the n-grams are worked out whole", len(added), len(gone))
        return None
    vocab = dict(zip(last.vocab, range(len(last.vocab)), strict=True))
    for i in added:
        for word in words[i].words:
            vocab.setdefault(word, len(vocab))
    if len(vocab) > 1 << last.bits:
        return None
    fresh = {i: grams_of([vocab[w] for w in words[i].words], config.shingle_size, last.bits) for i in added}
    grams = [fresh[i] if i in fresh else tuple(unpack(last.grams[k])) for i, k in enumerate(index.keys)]
    old = [set(unpack(last.grams[k])) for k in gone]
    new = {i: set(grams[i]) for i in added}
    holders, was, now_is = _standing(grams, old, new, last.cap)
    flipped = {g for g in was if was[g] != now_is[g]}
    moved = sorted({i for g in flipped for i in holders.get(g, ())})
    if len(added) + len(moved) > _limit(len(words)):
        log.info("match: %d articles moved by the edits: the n-grams are worked out whole", len(moved))
        return None
    frequent = (last.frequent - flipped) | {g for g in flipped if now_is[g] == 2}
    shingles = _shingles(last, index.keys, grams, (new, moved, flipped, now_is, frequent), config)
    word_df = _word_df(last.word_df, [w for w in old_words if w is not None], [words[i].words for i in added])
    vocab_words = tuple(vocab) if len(vocab) > len(last.vocab) else last.vocab
    shingles = Shingles(
        shingles.grams,
        shingles.distinct,
        shingles.common,
        last.cap,
        word_df,
        frozenset(frequent),
        vocab_words,
        last.bits,
    )
    return shingles, Change(tuple(added), tuple(moved))


def _standing(
    grams: Sequence[tuple[int, ...]], old: Sequence[set[int]], new: Mapping[int, set[int]], cap: int
) -> tuple[dict[int, list[int]], dict[int, int], dict[int, int]]:
    """Return, for every n-gram of the old and new versions of the changed articles, the unchanged
    articles holding it and its standing before and now (0 unique, 1 rare, 2 common)."""
    touched: set[int] = set().union(*old, *new.values())
    holders: dict[int, list[int]] = defaultdict(list)
    for i, found in enumerate(grams):
        if i in new:
            continue
        for key in touched.intersection(found):
            holders[key].append(i)
    before: Counter[int] = Counter()
    for found_old in old:
        before.update(found_old)
    after: Counter[int] = Counter()
    for found_new in new.values():
        after.update(found_new)
    was, now = {}, {}
    for key in touched:
        held = len(holders.get(key, ()))
        was[key] = _rank(held + before[key], cap)
        now[key] = _rank(held + after[key], cap)
    return holders, was, now


def _rank(df: int, cap: int) -> int:
    """Return an n-gram's standing held by df articles: 0 in one (or none), 1 rare, 2 common."""
    return 0 if df <= 1 else 1 if df <= cap else 2


def _shingles(
    last: Kept, keys: Sequence[str], grams: list[tuple[int, ...]], found: tuple[Any, ...], config: Config
) -> Shingles:
    """Return the n-grams, rare and common sets of every article: the last build's but for those changed or moved."""
    new, moved, flipped, now_is, frequent = found
    min_run = max(1, config.common_run_words - config.shingle_size + 1)
    tuples = tuple(grams)
    distinct = [frozenset(unpack(last.distinct[k])) if i not in new else frozenset() for i, k in enumerate(keys)]
    # Most articles hold no common n-gram in a long run: nothing to unpack.
    none = frozenset[int]()
    common = [
        frozenset(unpack(last.common[k])) if i not in new and last.common[k] else none for i, k in enumerate(keys)
    ]
    for i in new:
        distinct[i] = frozenset(g for g in new[i] if now_is[g] == 1)
    for i in moved:
        held = flipped.intersection(tuples[i])
        distinct[i] = (distinct[i] - flipped) | {g for g in held if now_is[g] == 1}
    for i in [*new, *moved]:
        found_grams = tuples[i]
        common[i] = long_runs(found_grams, frequent, min_run) if not frequent.isdisjoint(found_grams) else frozenset()
    return Shingles(tuples, tuple(distinct), tuple(common), last.cap, {}, frozenset(frequent))


def _word_df(last: Mapping[str, int], gone: Sequence[Sequence[str]], added: Sequence[Sequence[str]]) -> dict[str, int]:
    """Return in how many articles each word occurs, from the last build's count and the articles gone and added."""
    counts = dict(last)
    for words in gone:
        for word in set(words):
            left = counts[word] - 1
            if left:
                counts[word] = left
            else:
                del counts[word]
    for words in added:
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _update_candidates(
    last: Kept, change: Change, shingles: Shingles, ids: Sequence[str], band: Counter[int], *, bar: Bar
) -> list[tuple[int, int, int]]:
    """Return the candidate pairs from the last build's, counting afresh the pairs that can have changed."""
    n = len(ids)
    redo = {*change.added, *change.moved}
    distinct = shingles.distinct
    sizes = sizes_of(shingles)
    counts = _pairs_of(redo, distinct)
    for key, shared in band.items():
        if key // n in redo or key % n in redo:
            counts[key] += shared
    found = {key: shared for key, shared in counts.items() if bar.passes(key // n, key % n, shared, sizes)}
    at = {a: i for i, a in enumerate(ids)}
    old_band = {(at[a], at[b]): c for (a, b), c in last.band.items() if a in at and b in at}
    moved_band = {
        k
        for k in {*old_band, *((key // n, key % n) for key in band)}
        if k[0] not in redo and k[1] not in redo and old_band.get(k, 0) != band.get(k[0] * n + k[1], 0)
    }
    for i, j in sorted(moved_band):
        shared = len(distinct[i] & distinct[j]) + band.get(i * n + j, 0)
        if shared and bar.passes(i, j, shared, sizes):
            found[i * n + j] = shared
    for a, b, shared in last.candidates:
        x, y = at.get(a), at.get(b)
        if x is not None and y is not None and x not in redo and y not in redo and (x, y) not in moved_band:
            found[x * n + y] = shared
    return sorted((key // n, key % n, shared) for key, shared in found.items())


def _pairs_of(redo: set[int], distinct: Sequence[frozenset[int]]) -> Counter[int]:
    """Return how many rare n-grams every pair with an article of redo shares (as i * n + j, i < j)."""
    n = len(distinct)
    wanted: set[int] = set().union(*(distinct[i] for i in redo))
    postings: dict[int, list[int]] = defaultdict(list)
    for index, grams in enumerate(distinct):
        if not wanted.isdisjoint(grams):
            for key in wanted.intersection(grams):
                postings[key].append(index)
    keys: list[int] = []
    for docs in postings.values():
        for x in docs:
            if x in redo:
                keys.extend(min(x, y) * n + max(x, y) for y in docs if y != x and (y not in redo or y > x))
    return Counter(keys)
