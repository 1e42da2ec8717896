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
Edits are kept packed, each unpacked only when its group is made again. The file is written when
what it keeps changed; it is not read under another version of the code or the Config.
"""

from __future__ import annotations

import dataclasses
import logging
import marshal
import pickle
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

FILE = "matched"
"""The file in the cache folder keeping the last build's words, verdicts and edits."""

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
        self.path = None if folder is None or not self.keys else folder / FILE
        self.version = memo_version(config) if self.path is not None else ""
        words, verdicts, edits = _load(self.path, self.version)
        self.last = (words, verdicts, edits)
        self.min_timed = config.min_timed_entries
        self.words: dict[str, Read] = {}
        self.verdicts: dict[PairKey, Kept] = {}
        self.edits: dict[tuple[str, str], bytes] = {}
        self.reused = [0, 0, 0]
        self.fresh = 0
        self.index = KeptIndex(
            None if self.path is None else self.path.with_name(INDEX_FILE), self.version, self._old_words
        )
        self.groups = KeptGroups(None if self.path is None else self.path.parent, self.version)

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
        else:
            found = Words(*kept[:4])
            self.reused[0] += 1
        self.words[key] = kept
        return found

    def title_words(self, article: Article) -> frozenset[str]:
        """Return `text.title_words` of an article's headline, kept with its words (after `story_words`)."""
        kept = self._read(article)
        return title_words(article.title) if kept is None else frozenset(kept[4])

    def is_timed_file(self, article: Article) -> bool:
        """Return `composite.is_timed_file` of an article, kept with its words (after `story_words`)."""
        kept = self._read(article)
        return is_timed_file(article, self.min_timed) if kept is None else bool(kept[5])

    def _read(self, article: Article) -> Read | None:
        """Return what this build keeps of an article read (`story_words`), None when it keeps nothing."""
        key = self.keys.get(article.id)
        return None if key is None else self.words.get(key)

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
        generic = context.generic & (a.title | b.title)
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
        # Everything kept this time was kept last time or made afresh: with nothing made afresh and
        # as many entries, the file would be written again as it is.
        sizes = (len(self.words), len(self.verdicts), len(self.edits))
        if not self.fresh and sizes == tuple(len(kept) for kept in self.last):
            return
        write_entry(self.path, (self.version, marshal.dumps((self.words, self.verdicts, self.edits))))


def _same_weights(kept: Weights, context: Context) -> bool:
    """Return True when the corpus weighs every word a kept verdict weighed as it did then."""
    if kept is None:
        return True
    articles, counts = kept
    return articles == context.articles and all(context.word_df.get(w, 1) == n for w, n in counts)


Last = tuple[dict[str, Any], dict[PairKey, Kept], dict[tuple[str, str], bytes]]


def _load(path: Path | None, version: str) -> Last:
    """Return the last build's words, verdicts and edits kept in path for this version, else empty ones."""
    empty: Last = ({}, {}, {})
    if path is None:
        return empty
    try:
        kept: Any = decode_entry(path.read_bytes())
        stored, packed = kept
        if stored != version:
            return empty
        words, verdicts, edits = marshal.loads(packed)
    except FileNotFoundError:
        return empty
    except Exception as err:  # a damaged file can fail in any way; it is never trusted
        log.warning(
            "%s: ignoring the kept matching (%s); matching every pair again", path, str(err) or type(err).__name__
        )
        return empty
    return words, verdicts, edits
