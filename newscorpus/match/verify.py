"""Decide whether two candidate articles are versions of one story, by aligned word runs.

Words count as shared when they sit in a run of at least `shingle_size` words found in the
other article (anywhere: moved paragraphs still align); words of common n-grams count only in
runs long enough to be a shared sentence. Containment is measured on each side, so a trimmed
reprint of a long story is a version of it, and a re-topped write-through (new lede over the old
body) still contains the old copy. Checks keep independently written articles apart even when
they share words: quotations (marked as such on either side) are not shared copy; items from
one template must not differ in the figures inside their aligned text, nor, when their ledes are
aligned, in the subjects or the dates those ledes name, nor, when dated for different days, in
the figures of one sentence both say, nor (short notices) in the things their headlines name;
and what either article adds to the shared text must be about the same things as the rest of
the story (a roundup's other items, a digest's other story, name other things). A headline
marked as a correction lifts the figure, day and subject checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import compress

from ..config import Config
from ..model import Article
from .text import NUMBER_WORDS, Words, lede_dates, name_flags, name_words, sentence_words

# A figure: its value and the unit it is written to (0.1 for "2.2", 100,000 for "1.2 mln", 0 for
# an exact fraction), or the text of a run read as no number.
Figure = tuple[float, float] | str


@dataclass(frozen=True)
class Overlap:
    """How much of two articles is shared copy, measured on each side."""

    covered_a: int
    covered_b: int
    size_a: int
    size_b: int

    @property
    def containment_a(self) -> float:
        """Return the share of a's words found in b."""
        return self.covered_a / max(1, self.size_a)

    @property
    def containment_b(self) -> float:
        """Return the share of b's words found in a."""
        return self.covered_b / max(1, self.size_b)

    @property
    def similarity(self) -> float:
        """Return shared words over the words of both (Jaccard); never above either containment."""
        shared = min(self.covered_a, self.covered_b)
        return shared / max(1, self.size_a + self.size_b - shared)


@dataclass(frozen=True)
class Side:
    """One article as verification sees it: words, n-grams by position, rare and common n-gram sets."""

    words: Words
    grams: tuple[int, ...]
    distinct: frozenset[int]
    title: frozenset[str]
    title_given: bool
    correction: bool
    """The headline marks a correction or re-send, which may change figures."""
    vocabulary: frozenset[str]
    """Every word of the text and its headline."""
    common: frozenset[int] = frozenset()
    """Its common n-grams standing in runs long enough to be copy (see `index.shingle`)."""
    article: Article | None = field(default=None, compare=False, repr=False)
    """The article itself, read only to find which words are names."""

    @cached_property
    def names(self) -> bytearray:
        """Return a mark per word: 1 where it is a name (capitalised in its block)."""
        if self.article is None:
            return bytearray(len(self.words.words))
        return name_flags(self.article, self.words)

    @cached_property
    def gram_set(self) -> frozenset[int]:
        """Return every n-gram of the article, however common."""
        return frozenset(self.grams)

    @cached_property
    def figures(self) -> frozenset[str]:
        """Return every figure of the text: a run of digit words joined ("1.5", "6.1.4" for 6-1/4)."""
        return frozenset(_figure_runs(self.words.words))

    @cached_property
    def quoted_grams(self) -> frozenset[int]:
        """Return the n-grams of the article holding a quoted word, wherever one stands."""
        grams, quoted = self.grams, bytes(self.words.quoted)
        if not grams or 1 not in quoted:
            return frozenset()
        size = len(quoted) - len(grams) + 1
        flags = 0
        for k in range(size):
            flags |= int.from_bytes(quoted[k : k + len(grams)], "big")
        return frozenset(compress(grams, flags.to_bytes(len(grams), "big")))

    @cached_property
    def figure_spans(self) -> tuple[tuple[int, int, tuple[tuple[int, int, str], ...]], ...]:
        """Return each block as (first word, end, its figures as (first word, end, figure)).

        A figure is a run of digit words joined by dots ("6-1/4" is "6.1.4"), number words as digits.
        """
        words = self.words.words
        ends = [start for _, start in self.words.blocks[1:]] + [len(words)]
        spans = []
        for (_, start), end in zip(self.words.blocks, ends, strict=True):
            runs = []
            first = -1
            for position in range(start, end + 1):
                word = words[position] if position < end else ""
                if word[:1].isdigit() or word in NUMBER_WORDS:
                    first = position if first < 0 else first
                    continue
                if first >= 0:
                    figure = ".".join(NUMBER_WORDS.get(w, w) for w in words[first:position])
                    runs.append((first, position, figure))
                    first = -1
            spans.append((start, end, tuple(runs)))
        return tuple(spans)

    @cached_property
    def sentences(self) -> tuple[tuple[tuple[Figure, ...], frozenset[str]], ...]:
        """Return each sentence of the kept blocks as (its figures' values in order, its other words)."""
        if self.article is None:
            return ()
        out = []
        for index, _ in self.words.blocks:
            for words in sentence_words(self.article.blocks[index].text):
                out.append((_figure_values(words), frozenset(w for w in words if not _is_value_word(w))))
        return tuple(out)

    @cached_property
    def lede_names(self) -> frozenset[str]:
        """Return the names the first paragraph gives: its subject."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        return name_words(self.article.blocks[self.words.blocks[0][0]].text)

    @property
    def published(self) -> str | None:
        """Return the article's publication date, None when unknown."""
        return self.article.published if self.article is not None else None

    @cached_property
    def lede_dates(self) -> frozenset[str]:
        """Return the calendar dates the first paragraph gives, as "apr 7"."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        return lede_dates(self.article.blocks[self.words.blocks[0][0]].text)

    @cached_property
    def dated(self) -> frozenset[str]:
        """Return the calendar dates the first paragraph and its dateline give: the day it is filed for."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        lede = self.article.blocks[self.words.blocks[0][0]].text
        return self.lede_dates | lede_dates(_dateline_of(self.article, lede))

    @cached_property
    def name_set(self) -> frozenset[str]:
        """Return every name word of the article."""
        return frozenset(w for w, flag in zip(self.words.words, self.names, strict=True) if flag)


@dataclass(frozen=True)
class Context:
    """What verification knows of the whole corpus."""

    articles: int = 2
    word_df: Mapping[str, int] = field(default_factory=dict)
    """In how many articles each word occurs."""
    generic: frozenset[str] = frozenset()
    """Headline words common across the corpus ("sets", "dividend", "raises"): no story's subject."""

    def weight(self, word: str) -> float:
        """Return how much a word says about a story's subject: rarer words say more."""
        return math.log(1 + self.articles / max(1, self.word_df.get(word, 1)))


_ONES = b"\x01" * 64


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
    return _widen(starts, size, len(side.words.words))


# Runs of shared (1) or common (2) n-grams at least so many long, for `covered`.
_RUN = b"[\x01\x02]{%d,}"


def _or_bytes(a: bytes, b: bytes, shift: int = 0) -> bytes:
    """Return the bytes of a or'd with the bytes of b shifted left by shift bits (bytes of 0 and 1)."""
    value = int.from_bytes(a, "big") | (int.from_bytes(b, "big") << shift)
    return value.to_bytes(len(a), "big")


def _widen(starts: bytes, size: int, length: int) -> bytearray:
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


@dataclass(frozen=True)
class Verdict:
    """Two articles compared: their overlap, which words of each are shared, and the decision."""

    overlap: Overlap
    marks_a: bytearray
    marks_b: bytearray
    versions: bool
    conflict: bool = False
    """They share copy but differ where items of one template differ (figures, subjects, dates,
    headlines): never one story, not even through other versions."""


def are_versions(a: Side, b: Side, config: Config, context: Context | None = None) -> Overlap | None:
    """Return the overlap of two articles when they are versions of one story, else None."""
    verdict = compare(a, b, config, context)
    return verdict.overlap if verdict.versions else None


def compare(a: Side, b: Side, config: Config, context: Context | None = None) -> Verdict:
    """Return whether two articles are versions of one story, with their overlap and shared words."""
    context = context or Context()
    size = config.shingle_size
    result, marks_a, marks_b = overlap(a, b, size, max(1, config.common_run_words - size + 1), config.min_common_share)
    # The shorter article is the one that may be a trim of the other.
    if (result.size_a, 0) <= (result.size_b, 1):
        small, marks_small, large, marks_large = a, marks_a, b, marks_b
    else:
        small, marks_small, large, marks_large = b, marks_b, a, marks_a
    shared_small = marks_small.count(1)
    containment = shared_small / max(1, len(small.words.words))
    shared = (a.distinct & b.distinct) | (a.common & b.common)
    if shared_small < config.min_shared_shingles + size - 1 or containment < config.min_copy_containment:
        return Verdict(result, marks_a, marks_b, versions=False)
    plain = _plain_marks(small, marks_small, large, shared, size)
    narrative = _narrative_share(small, marks_small, plain)
    # Enough shared copy: a large share of the article that may be a trim of the other, or
    # whole paragraphs of narrative however small a share (a write-through that kept a few
    # paragraphs of an earlier version under a long new top).
    long_copy = _long_runs(marks_small, plain, small.words.quoted, config.common_run_words)
    later = days_apart(a.published, b.published) > config.max_update_days
    if later:
        # Days later, paragraphs kept from an earlier story are its background in a new one.
        long_copy = 0
    aligned = _aligned(a, marks_a, config.min_lede_alignment) and _aligned(b, marks_b, config.min_lede_alignment)
    # A short first bulletin and the write-through that kept its lede and the next paragraph
    # (an AP crash bulletin of 92 words under a 280-word update: 42% of it, too few words for
    # `min_copy_words`): both open with one lede, and the bulletin's first two paragraphs are
    # nearly all shared; two write-ups of one release share a lede's facts, not its paragraphs.
    same_top = (
        aligned
        and not later
        and len(small.words.words) <= config.max_bulletin_words
        and _opening_share(small, marks_small) >= config.min_bulletin_top_share
    )
    if not (
        (containment >= config.min_containment and narrative >= config.min_narrative_containment)
        or ((long_copy >= config.min_copy_words or same_top) and narrative >= config.min_copy_containment)
    ):
        return Verdict(result, marks_a, marks_b, versions=False)
    exempt = a.correction or b.correction
    # Items of one template share nearly all their words, ledes included; a re-topped page or a
    # composite shares a part of itself, and the names its own lede gives are no conflict.
    alike = aligned or min(result.containment_a, result.containment_b) >= config.min_containment
    template = (
        # Not two items from one template.
        (exempt or not _figures_differ(a, b, config))
        and (exempt or not alike or not _subjects_differ(a, b, config.min_subject_conflict))
        and (not aligned or not days_differ(a.lede_dates, b.lede_dates))
        and (exempt or not days_differ(a.dated, b.dated) or not _replaced_figure(a, b, config.min_sentence_match))
        and (shared_small >= config.short_body_words or not _headlines_differ(a, b, context.generic))
    )
    if not template:
        return Verdict(result, marks_a, marks_b, versions=False, conflict=True)
    # Not an item absorbed by a roundup: a version covering little of the longer article carries
    # its lede (trims cut from the bottom), or whole paragraphs of it stand in a longer article
    # whose rest is about the same things (a re-topped page, a live file's other entries).
    versions = (
        marks_large.count(1) >= config.min_lede_coverage * len(large.words.words)
        or _carries_lede(large, marks_large)
        or (long_copy >= config.min_copy_words and _coherent(large, marks_large, small, context, config))
    )
    return Verdict(result, marks_a, marks_b, versions=versions)


def _dateline_of(article: Article, lede: str) -> str:
    """Return what the page prints before the lede in its block: the dateline ("SAO PAULO, APRIL 7 -")."""
    for block in article.page:
        if block.label == "story" and lede and block.text.endswith(lede):
            return block.text[: len(block.text) - len(lede)]
    return ""


def _opening_share(side: Side, marks: bytearray) -> float:
    """Return the share of an article's first two paragraphs that is shared copy."""
    blocks = side.words.blocks
    end = blocks[2][1] if len(blocks) > 2 else len(marks)
    return marks[:end].count(1) / max(1, end)


def _aligned(side: Side, marks: bytearray, minimum: float) -> bool:
    """Return True when most of an article's first paragraph is shared copy."""
    lede = side.words.lede
    return lede > 0 and sum(marks[:lede]) >= minimum * lede


def _plain_marks(small: Side, marks: bytearray, large: Side, shared: frozenset[int], size: int) -> bytearray:
    """Return a mark per word of the smaller article: 1 where its shared n-grams are not quoted in the other.

    A statement one page quotes and the other runs as a block of its own (an embedded tweet, a
    press release) is a quotation on both.
    """
    plain = shared - large.quoted_grams
    return _widen(bytes(map(plain.__contains__, small.grams)), size, len(marks))


def _narrative_share(small: Side, marks: bytearray, plain: bytearray) -> float:
    """Return the share of the smaller article's words outside quotation marks that are shared copy.

    Two agencies quoting one statement share the quotation, not the narrative around it, so
    shared words quoted on either side (`_plain_marks`) do not count. A text that is nearly all
    quotation is judged on all its words.
    """
    quoted = small.words.quoted
    outside = len(quoted) - sum(quoted)
    if outside < 15:
        return marks.count(1) / max(1, len(marks))
    return sum(1 for m, p, q in zip(marks, plain, quoted, strict=True) if m and p and not q) / outside


def _long_runs(marks: bytearray, plain: bytearray, quoted: tuple[bool, ...], longest: int) -> int:
    """Return how many shared narrative words stand in runs of at least `longest` words (sentences)."""
    total = run = 0
    for m, p, q in zip((*marks, 0), (*plain, 0), (*quoted, True), strict=True):
        if m and p and not q:
            run += 1
            continue
        if run >= longest:
            total += run
        run = 0
    return total


def _figures_differ(a: Side, b: Side, config: Config) -> bool:
    """Return True when each text has figures the other lacks, outside the paragraphs either added.

    Rate moves, price changes and daily tables are written from one template and differ only in
    the figures between their shared words; an update revises a figure there at most, and adds
    its new figures in paragraphs of its own, which do not count.
    """
    only_a, only_b = _changed_figures(a, b, config)
    changed = min(len(only_a), len(only_b))
    fewer = min(len(a.figures), len(b.figures))
    return changed >= 2 and changed >= config.min_figure_agreement * max(1, fewer)


def _changed_figures(a: Side, b: Side, config: Config) -> tuple[set[str], set[str]]:
    """Return the figures of each text's shared paragraphs that the other text does not have.

    Compared as written: one desk's "1.2 mln" for another's "1,173,000" is two desks keying one
    release, not one copy.
    """
    # Every shared n-gram counts here, however common: a template's words are what is shared.
    both = a.gram_set & b.gram_set
    marks_a = covered(a, both, frozenset(), config.shingle_size, 1)
    marks_b = covered(b, both, frozenset(), config.shingle_size, 1)
    return _aligned_figures(a, marks_a, config) - b.figures, _aligned_figures(b, marks_b, config) - a.figures


def _aligned_figures(side: Side, marks: bytearray, config: Config) -> set[str]:
    """Return the figures of an article not shared whole, leaving out the paragraphs it added.

    A figure counts when any of its words is unshared ("6-3/16" against "6-5/16" shares the 6
    and the 16). A paragraph sharing (nearly) nothing with the other article is prose one of them
    added (a new top, an appended story): its figures are new, not changed. A short one counts
    whatever it shares (a table row of figures shares none).
    """
    figures: set[str] = set()
    for start, end, runs in side.figure_spans:
        if not runs:
            continue
        shared = marks[start:end].count(1)
        if end - start >= config.figure_block_words and shared < config.figure_shared_share * (end - start):
            continue
        figures.update(figure for first, last, figure in runs if 0 in marks[first:last])
    return figures


def _is_figure_word(word: str) -> bool:
    """Return True for a word that is (part of) a figure: digits, or a number word."""
    return word[:1].isdigit() or word in NUMBER_WORDS


def _figure_runs(words: Sequence[str]) -> list[str]:
    """Return the figures among words: consecutive digit words joined by dots ("1 5" -> "1.5"),
    number words written as digits ("three" -> "3")."""
    runs: list[str] = []
    run: list[str] = []
    for word in (*words, ""):
        if word[:1].isdigit():
            run.append(word)
        elif word in NUMBER_WORDS:
            run.append(NUMBER_WORDS[word])
        elif run:
            runs.append(".".join(run))
            run = []
    return runs


def _subjects_differ(a: Side, b: Side, minimum: int) -> bool:
    """Return True when each lede names several things the other text never mentions.

    Contract awards and bank rate moves share every sentence but the subject of the lede
    ("Chevron USA is being awarded" / "Pride Refining Co is being awarded"). A version keeps its
    story's names, even when it rewrites the lede.
    """
    only_a = a.lede_names - b.vocabulary
    only_b = b.lede_names - a.vocabulary
    return len(only_a) >= minimum and len(only_b) >= minimum


def _replaced_figure(a: Side, b: Side, minimum: float) -> bool:
    """Return True when a sentence of one text stands in the other with other figures.

    A daily table or notice on another day says the same sentences with the day's figures
    ("GUAXUPE 33.0 MILLIMETRES" one day, "GUAXUPE NIL" the next, "seven grain ships loading"
    then "six"); a version cut on another day drops sentences or clauses, figures and all ("by
    7.25 pct to 15.8 mln bpd" cut to "by 7.25 pct"), and keeps the rest as it was. Sentences are
    each other's counterparts when each is the other's closest, the shorter sharing `minimum` of
    its words (figures aside) with the other; a figure is replaced when neither sentence's figures
    are the other's, some left out.
    """
    ours, theirs = a.sentences, b.sentences
    closest_ours = [_closest(words, theirs) for _, words in ours]
    closest_theirs = [_closest(words, ours) for _, words in theirs]
    for k, (figures, words) in enumerate(ours):
        other = closest_ours[k]
        if other is None or closest_theirs[other] != k or not (figures or theirs[other][0]):
            continue
        other_figures, other_words = theirs[other]
        if len(words & other_words) < minimum * min(len(words), len(other_words)):
            continue
        if not _within(figures, other_figures) and not _within(other_figures, figures):
            return True
    return False


def _closest(words: frozenset[str], sentences: Sequence[tuple[tuple[Figure, ...], frozenset[str]]]) -> int | None:
    """Return the index of the sentence sharing most words with words (the first of ties), None if none."""
    best, most = None, 0
    for k, (_, other) in enumerate(sentences):
        both = len(words & other)
        if both > most:
            best, most = k, both
    return best


def _within(part: Sequence[Figure], whole: Sequence[Figure]) -> bool:
    """Return True when every figure of part is one of whole's, each used once, in any order, as rounded."""
    left = list(whole)
    for item in part:
        match = next((k for k, other in enumerate(left) if _same_figure(item, other)), None)
        if match is None:
            return False
        del left[match]
    return True


def _same_figure(a: Figure, b: Figure) -> bool:
    """Return True when two figures are one value, the coarser perhaps the finer rounded.

    "1,173,000" and "1.2 mln" are one figure, as are "2.2 cts" and "two cts"; a fraction is
    exact ("6-3/16" and "6-1/4" are two rates), as is text that reads as no number.
    """
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    (x, unit_x), (y, unit_y) = a, b
    if math.isclose(x, y):
        return True
    coarse, fine, unit = (y, x, unit_y) if unit_y >= unit_x else (x, y, unit_x)
    return unit > 0 and math.isclose(round(fine / unit) * unit, coarse)


# Scale words a figure is written with, as `fold_for_matching` spells them.
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Words a table writes for the figure 0 where another day has one ("GUAXUPE NIL", then "GUAXUPE 33.0").
_ZERO_WORDS = frozenset({"nil", "zero"})


def _is_value_word(word: str) -> bool:
    """Return True for a word that writes (part of) a value: a figure word, or nil."""
    return _is_figure_word(word) or word in _ZERO_WORDS


def _figure_values(words: Sequence[str]) -> tuple[Figure, ...]:
    """Return the figures of a sentence's words as values: "1 173 000" is 1173000, "6 3 16" 6.1875,
    "1 2 million" 1200000, "nil" 0; a run read no way is kept as text."""
    values: list[Figure] = []
    run: list[str] = []
    for word in (*words, ""):
        if _is_value_word(word):
            run.append(word)
            continue
        if run:
            values.append(_scaled(_value(run), word))
            run = []
    return tuple(values)


def _value(run: Sequence[str]) -> Figure:
    """Return the value of a run of figure words and the unit it is written to.

    Number words and nil are written to 1 ("two" may be 2.2 rounded); digits as `_digits_value`.
    """
    if any(word in _ZERO_WORDS or word in NUMBER_WORDS for word in run):
        digits = [NUMBER_WORDS.get(word, "0" if word in _ZERO_WORDS else word) for word in run]
        return (float(digits[0]), 1.0) if len(digits) == 1 else ".".join(digits)
    return _digits_value(run)


def _digits_value(run: Sequence[str]) -> Figure:
    """Return the value of a run of digit groups: exact unless it has decimals ("2.2" is written to
    0.1); "1 173 000" is thousands, "6 3 16" six and three sixteenths, exact."""
    if not all(group.isdigit() for group in run):
        return ".".join(run)
    if len(run) == 1 or all(len(group) == 3 for group in run[1:]):
        return float("".join(run)), 0.0
    if len(run) == 2:
        return float(f"{run[0]}.{run[1]}"), 10.0 ** -len(run[1])
    if len(run) == 3 and 0 < int(run[1]) < int(run[2]) <= 64:
        return int(run[0]) + int(run[1]) / int(run[2]), 0.0
    return ".".join(run)


def _scaled(value: Figure, word: str) -> Figure:
    """Return a figure's value times the scale word after it: "1.2 million" is 1200000 written to 100,000."""
    if isinstance(value, str) or word not in _SCALES:
        return value
    number, unit = value
    return number * _SCALES[word], (unit or 1.0) * _SCALES[word]


def days_apart(a: str | None, b: str | None) -> int:
    """Return how many days apart two ISO dates are; 0 when either is unknown or unreadable."""
    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def days_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return True when both articles give calendar dates and no date is the same.

    Daily tables and recurring notices ("rainfall recorded ... APRIL 7", "prices through April 8")
    repeat every word but the day; a version of one story keeps its lede's date. A re-send filed
    on another day re-dates its dateline and keeps its text, figures included: the dateline's day
    counts only beside a figure replaced (`_replaced_figure`).
    """
    return bool(a) and bool(b) and not a & b


def _headlines_differ(a: Side, b: Side, generic: frozenset[str]) -> bool:
    """Return True when each given headline names something the other article never mentions.

    For short notices the headline is the only place the subject is named ("FRANKLIN PUERTO RICO
    SETS PAYOUT" over a body shared word for word with another fund's notice). Words common in
    the corpus's headlines are left out: a re-send may say "declares" where the first said "sets".
    """
    if not (a.title_given and b.title_given):
        return False
    only_a = {w for w in a.title - b.vocabulary - generic if len(w) > 1}
    only_b = {w for w in b.title - a.vocabulary - generic if len(w) > 1}
    return bool(only_a) and bool(only_b)


def _carries_lede(large: Side, marks: bytearray) -> bool:
    """Return True when at least half the longer article's first paragraph is shared."""
    lede = large.words.lede
    return lede > 0 and sum(marks[:lede]) / lede >= 0.5


def _coherent(side: Side, marks: bytearray, other: Side, context: Context, config: Config) -> bool:
    """Return True when what an article adds to the shared text is about the same things.

    A re-topped page's own paragraphs and a live file's other entries name the story's people
    and places again; a roundup's other items name other companies, other people. Judged on
    the names of the unshared part, rarer names weighing more: the share of them the other
    article names, or the share of the shared part's names they repeat, whichever is more.
    """
    words = side.words.words
    rest = {w for w, flag, mark in zip(words, side.names, marks, strict=True) if flag and not mark}
    if len(rest) < config.topic_min_names:
        return True
    held = {w for w, flag, mark in zip(words, side.names, marks, strict=True) if flag and mark}
    weight = context.weight
    named_there = sum(weight(w) for w in rest & other.name_set) / sum(weight(w) for w in rest)
    repeated = sum(weight(w) for w in held & rest) / max(1e-9, sum(weight(w) for w in held))
    return max(named_there, repeated) >= config.min_topic_share
