"""Keep what matching found of each article and pair between builds, to work out again only what an edit can change.

Matching reads, of each article, what extraction made of it before names were merged across the
corpus (its text, headline, dates, credits: never its entities), so an article is known here by
its extraction's cache key. Three things are kept by those keys:

- each article's comparable words (`text.story_words`), headline words and whether it is a file of
  timed entries (`composite.is_timed_file`), read from the article alone;
- each compared pair's verdict. Besides the two articles it reads which of their n-grams the
  corpus holds too often to count on their own (a mark per n-gram, hashed), the headline words
  the corpus calls generic among the two headlines, and, when it weighed names, the number of
  articles and in how many of them each weighed name stands. A kept verdict is used when all of
  those are what this build finds; otherwise the pair is compared again;
- each version's edits against its story's reference (`forensics.compare_versions`), read from
  the two articles alone.

The n-grams and candidate pairs are kept beside them and worked out again for what changed only
(reindex.py), and each variant group by everything it reads (kept_groups.py); grouping itself is
worked out again on every build, so a rebuild's groups are those a build from scratch finds.
Edits are kept packed, each unpacked only when its group is made again. The words, verdicts and edits
are spread over shard files by the key of the article they belong to (a verdict and edits to the first
of their two articles): a rebuild writes again only the shards holding what it made afresh or dropped,
not all 30 MB of a 20,000-article corpus's. A shard is not read under another version of the code or the
Config; a damaged one is said and ignored, its pairs compared again.
"""

from __future__ import annotations

import dataclasses
import logging
import marshal
import pickle
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from ..cache import decode_entry, memo_version, write_entry
from ..config import Config
from ..model import Article, VariantGroup, VersionEdits
from .composite import is_timed_file
from .kept_groups import KeptGroups
from .reindex import FILE as INDEX_FILE
from .reindex import KeptIndex
from .side import Context, Overlap, Side
from .text import Words, story_words, title_words
from .verify import Verdict, compare

log = logging.getLogger(__name__)

FILE = "matched-kept"
"""The folder in the cache folder keeping the last build's words, verdicts and edits, in shard files."""

_SHARDS = 64
"""Files the words, verdicts and edits are spread over: an edit rewrites the few holding its article's."""

Read = tuple[tuple[str, ...], tuple[bool, ...], int, tuple[tuple[int, int], ...], tuple[str, ...], bool]
"""What is kept of an article read: its `Words` (words, quoted, lede, blocks), headline words, whether timed."""
PairKey = tuple[str, str, bytes, bytes]
"""Two articles' keys (in id order) and the hashes of which of their n-grams are common."""
Weights = tuple[int, tuple[tuple[str, int], ...]] | None
"""The number of articles and each weighed word's article count a verdict read; None when it weighed none."""
Kept = tuple[frozenset[str], Weights, tuple[int, int, int, int], bool, bool, bytes | None, bytes | None]
"""A verdict as kept: generic headline words read, weights read, overlap, versions, conflict, marks (or None)."""


class MatchMemo:
    """The last build's words, verdicts and edits by article key; keys of None keep nothing."""

    def __init__(self, folder: Path | None, config: Config, keys: Mapping[str, str] | None) -> None:
        self.keys = dict(keys or {})
        kept = None if folder is None or not self.keys else folder
        self.path = None if kept is None else kept / FILE
        self.version = memo_version(config) if self.path is not None else ""
        self.last, self._last_sizes, self._dirty = _load(self.path, self.version)
        self.min_timed = config.min_timed_entries
        self.words: dict[str, Read] = {}
        self._titles: dict[str, tuple[frozenset[str], bool]] = {}
        """By article id: its headline words and whether timed, as kept (`story_words` fills it)."""
        self._generic: dict[str, frozenset[str]] = {}
        """By article id: the corpus's generic headline words its headline holds (`compare`)."""
        self.verdicts: dict[PairKey, Kept] = {}
        self.edits: dict[tuple[str, str], bytes] = {}
        self.reused = [0, 0, 0]
        self.fresh = 0
        self.index = KeptIndex(None if kept is None else kept / INDEX_FILE, self.version, self._old_words)
        self.groups = KeptGroups(kept, self.version)

    def _old_words(self, key: str) -> tuple[str, ...] | None:
        """Return the words the last build read of the article with this key, None when it kept none."""
        kept = self.last[0].get(key)
        return None if kept is None else kept[0]

    def story_words(self, article: Article) -> Words:
        """Return an article's comparable words, the last build's when its key is the same."""
        key = self.keys.get(article.id)
        if key is None:
            return story_words(article)
        kept = self.last[0].get(key)
        if kept is None:
            found = story_words(article)
            title = tuple(sorted(title_words(article.title)))
            timed = is_timed_file(article, self.min_timed)
            kept = (found.words, found.quoted, found.lede, found.blocks, title, timed)
            self.fresh += 1
            self._dirty.add(_shard(key))
        else:
            found = Words(*kept[:4])
            self.reused[0] += 1
        self.words[key] = kept
        self._titles[article.id] = (frozenset(kept[4]), bool(kept[5]))
        return found

    def title_words(self, article: Article) -> frozenset[str]:
        """Return `text.title_words` of an article's headline, kept with its words (after `story_words`)."""
        kept = self._titles.get(article.id)
        return title_words(article.title) if kept is None else kept[0]

    def is_timed_file(self, article: Article) -> bool:
        """Return `composite.is_timed_file` of an article, kept with its words (after `story_words`)."""
        kept = self._titles.get(article.id)
        return is_timed_file(article, self.min_timed) if kept is None else kept[1]

    def compare(
        self, a: Side, b: Side, config: Config, context: Context, *, common: Callable[[Side], bytes], marks: bool
    ) -> Verdict:
        """Return `verify.compare` of two sides (a's id first), the last build's when nothing it read changed.

        common gives the hash of a side's common n-gram marks; marks says the verdict's marks will be
        needed even when it finds no versions (one of the two is a wire alert).
        """
        assert a.article is not None and b.article is not None
        key_a, key_b = self.keys.get(a.article.id), self.keys.get(b.article.id)
        if key_a is None or key_b is None:
            return compare(a, b, config, context)
        pair = (key_a, key_b, common(a), common(b))
        generic = self._generic_words(a.article.id, a, context) | self._generic_words(b.article.id, b, context)
        kept = self.last[1].get(pair)
        if kept is not None and kept[0] == generic and _same_weights(kept[1], context) and (kept[5] or not marks):
            self.verdicts[pair] = kept
            self.reused[1] += 1
            result, versions, conflict = Overlap(*kept[2]), kept[3], kept[4]
            marks_a, marks_b = bytearray(kept[5] or b""), bytearray(kept[6] or b"")
            return Verdict(result, marks_a, marks_b, versions=versions, conflict=conflict)
        reads: set[str] = set()
        verdict = compare(a, b, config, dataclasses.replace(context, reads=reads))
        weights = (context.articles, tuple((w, context.word_df.get(w, 1)) for w in sorted(reads))) if reads else None
        o = verdict.overlap
        self.fresh += 1
        self._dirty.add(_shard(key_a))
        keep_marks = verdict.versions or marks
        self.verdicts[pair] = (
            generic,
            weights,
            (o.covered_a, o.covered_b, o.size_a, o.size_b),
            verdict.versions,
            verdict.conflict,
            bytes(verdict.marks_a) if keep_marks else None,
            bytes(verdict.marks_b) if keep_marks else None,
        )
        return verdict

    def _generic_words(self, key: str, side: Side, context: Context) -> frozenset[str]:
        """Return the corpus's generic headline words a side's headline holds, found once an article id (a build
        compares under one context)."""
        found = self._generic.get(key)
        if found is None:
            found = self._generic[key] = context.generic & side.title
        return found

    def version_edits(self, reference: Article, version: Article, make: Callable[[], VersionEdits]) -> VersionEdits:
        """Return a version's edits against its reference, the last build's when both keys are the same."""
        key_r, key_v = self.keys.get(reference.id), self.keys.get(version.id)
        if key_r is None or key_v is None:
            return make()
        pair = (key_r, key_v)
        packed = self.last[2].get(pair)
        if packed is None:
            found = make()
            self.edits[pair] = pickle.dumps(found, protocol=5)
            self.fresh += 1
            self._dirty.add(_shard(key_r))
            return found
        self.reused[2] += 1
        self.edits[pair] = packed
        return cast(VersionEdits, pickle.loads(packed))  # the user's own cache, written by this program

    def group(self, key: bytes | None, make: Callable[[], VariantGroup]) -> VariantGroup:
        """Return a variant group, the last build's when its key (`kept_groups.group_key`) is the same.

        The edits of a group taken as kept are kept for the next build too, unread.
        """
        group, kept = self.groups.group(key, make)
        if kept:
            reference = self.keys[group.canonical]
            for member in group.members[1:]:
                pair = (reference, self.keys[member.id])
                packed = self.last[2].get(pair)
                if packed is not None:
                    self.edits[pair] = packed
                    self.reused[2] += 1
        return group

    def save(self) -> None:
        """Keep this build's words, verdicts and edits for the next, when they are not the last build's."""
        if self.path is None:
            return
        self.index.save()
        self.groups.save()
        log.info(
            "match: kept words of %d articles, %d verdicts and %d versions' edits from the last build",
            *self.reused,
        )
        # Everything a shard keeps this time was kept in it last time or made afresh: a shard with nothing made
        # afresh and as many entries would be written again as it is.
        for shard, part in enumerate(_parts(self.words, self.verdicts, self.edits)):
            if shard in self._dirty or _sizes(part) != self._last_sizes[shard]:
                write_entry(self.path / f"{shard:02x}", (self.version, marshal.dumps(_shared_words(part))))


def _same_weights(kept: Weights, context: Context) -> bool:
    """Return True when the corpus weighs every word a kept verdict weighed as it did then."""
    if kept is None:
        return True
    articles, counts = kept
    return articles == context.articles and all(context.word_df.get(w, 1) == n for w, n in counts)


Last = tuple[dict[str, Any], dict[PairKey, Kept], dict[tuple[str, str], bytes]]

Sizes = tuple[int, int, int]
"""How many words, verdicts and edits a shard holds."""


def _shard(key: str) -> int:
    """Return the shard of what belongs to the article of this key."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % _SHARDS


def _sizes(part: Last) -> Sizes:
    """Return how many words, verdicts and edits a shard holds."""
    return len(part[0]), len(part[1]), len(part[2])


def _parts(words: dict[str, Read], verdicts: dict[PairKey, Kept], edits: dict[tuple[str, str], bytes]) -> list[Last]:
    """Return the words, verdicts and edits of each shard, in shard order."""
    parts: list[Last] = [({}, {}, {}) for _ in range(_SHARDS)]
    shards: dict[str, int] = {}
    for key, read in words.items():
        shard = shards[key] = _shard(key)
        parts[shard][0][key] = read
    for pair, verdict in verdicts.items():
        found = shards.get(pair[0])
        parts[_shard(pair[0]) if found is None else found][1][pair] = verdict
    for twain, packed in edits.items():
        found = shards.get(twain[0])
        parts[_shard(twain[0]) if found is None else found][2][twain] = packed
    return parts


def _shared_words(part: Last) -> Last:
    """Return a shard's words, verdicts and edits with each word spelt once, every other use of it the same string.

    marshal writes a string it has written before as a reference to it, and reads it back once: a shard of
    300 articles holds some 45,000 words but 6,000 distinct ones, and a rebuild reads every shard (at 20,000
    articles: 0.15 s less reading them, 28 MB to read instead of 32).
    """
    seen: dict[str, str] = {}
    words = {
        key: (
            tuple(map(seen.setdefault, read[0], read[0])),
            *read[1:4],
            tuple(map(seen.setdefault, read[4], read[4])),
            read[5],
        )
        for key, read in part[0].items()
    }
    return words, part[1], part[2]


def _load(path: Path | None, version: str) -> tuple[Last, list[Sizes], set[int]]:
    """Return the last build's words, verdicts and edits kept in path's shards for this version (else empty
    ones), how many of each every shard holds, and the shards that are damaged (said, and to be written again)."""
    last: Last = ({}, {}, {})
    sizes: list[Sizes] = [(0, 0, 0)] * _SHARDS
    damaged: set[int] = set()
    if path is None:
        return last, sizes, damaged
    for shard in range(_SHARDS):
        file = path / f"{shard:02x}"
        try:
            kept: Any = decode_entry(file.read_bytes())
            stored, packed = kept
            if stored != version:
                continue
            part = marshal.loads(packed)
        except FileNotFoundError:
            continue
        except Exception as err:  # a damaged file can fail in any way; it is never trusted
            log.warning(
                "%s: ignoring the kept matching (%s); matching its pairs again", file, str(err) or type(err).__name__
            )
            damaged.add(shard)
            continue
        last[0].update(part[0])
        last[1].update(part[1])
        last[2].update(part[2])
        sizes[shard] = _sizes(part)
    return last, sizes, damaged
