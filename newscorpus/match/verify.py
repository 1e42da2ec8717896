"""Decide whether two candidate articles are versions of one story, by aligned word runs.

Words count as shared when they sit in a run of at least `shingle_size` words found in the
other article (anywhere: moved paragraphs still align). Containment is measured on each side,
so a trimmed reprint of a long story is a version of it, and a re-topped write-through (new
lede over the old body) still contains the old copy. Checks keep independently written
articles apart even when they share words: quotations do not count as shared copy; template
items must not differ in their figures, the subjects named in their ledes, the dates in their
ledes, or (for short notices) the things their headlines name; and a version covering little of
a longer article must carry its lede (an item in a roundup is not a trim of the roundup). A
headline marked as a correction lifts the figure and subject checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from .text import Words


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
    """One article as verification sees it: words, n-grams by position, capped n-gram set."""

    words: Words
    grams: tuple[int, ...]
    distinct: frozenset[int]
    title: frozenset[str]
    title_given: bool
    correction: bool
    """The headline marks a correction or re-send, which may change figures."""
    vocabulary: frozenset[str]
    """Every word of the text and its headline."""


def covered(side: Side, shared: frozenset[int], size: int) -> tuple[bytearray, int]:
    """Return a mark per word (1 when inside a shared n-gram) and the number marked."""
    marks = bytearray(len(side.words.words))
    for i, key in enumerate(side.grams):
        if key in shared:
            marks[i : i + size] = b"\x01" * size
    return marks, marks.count(1)


def overlap(a: Side, b: Side, size: int) -> tuple[Overlap, bytearray, bytearray]:
    """Return the overlap of two articles and which words of each are shared."""
    shared = a.distinct & b.distinct
    marks_a, ca = covered(a, shared, size)
    marks_b, cb = covered(b, shared, size)
    return Overlap(ca, cb, len(a.words.words), len(b.words.words)), marks_a, marks_b


def are_versions(a: Side, b: Side, config: Config, generic: frozenset[str] = frozenset()) -> Overlap | None:
    """Return the overlap of two articles when they are versions of one story, else None.

    generic holds headline words common across the corpus ("sets", "dividend", "raises"), which
    say nothing about a story's subject.
    """
    size = config.shingle_size
    result, marks_a, marks_b = overlap(a, b, size)
    # The shorter article is the one that may be a trim of the other.
    if (result.size_a, 0) <= (result.size_b, 1):
        small, marks_small, large, marks_large = a, marks_a, b, marks_b
    else:
        small, marks_small, large, marks_large = b, marks_b, a, marks_a
    shared_small = marks_small.count(1)
    coverage_large = marks_large.count(1) / max(1, len(large.words.words))
    checks = (
        # Enough shared copy, on the side that may be a trim of the other.
        shared_small >= config.min_shared_shingles + size - 1,
        shared_small / max(1, len(small.words.words)) >= config.min_containment,
        _narrative_share(small, marks_small) >= config.min_narrative_containment,
        # Not two items from one template.
        a.correction or b.correction or _figures_agree(a.words, b.words, config.min_figure_agreement),
        a.correction or b.correction or not _subjects_differ(a, b, config.min_subject_conflict),
        not _days_differ(a.words, b.words),
        shared_small >= config.short_body_words or not _headlines_differ(a, b, generic),
        # Not an item absorbed by a roundup.
        coverage_large >= config.min_lede_coverage or _carries_lede(large, marks_large),
    )
    return result if all(checks) else None


def _narrative_share(side: Side, marks: bytearray) -> float:
    """Return the share of words outside quotation marks that are shared copy.

    Two agencies quoting one statement share the quotation, not the narrative around it. A text
    that is nearly all quotation is judged on all its words.
    """
    outside = [m for m, q in zip(marks, side.words.quoted, strict=True) if not q]
    if len(outside) < 15:
        return marks.count(1) / max(1, len(marks))
    return sum(outside) / len(outside)


def _figures_agree(a: Words, b: Words, minimum: float) -> bool:
    """Return False when each text has figures the other lacks, in number and in share.

    Rate moves, price changes and daily tables are written from one template and differ only in
    their figures; an update adds figures and may revise one, a correction is exempt (caller).
    """
    fewer = min(len(a.numbers), len(b.numbers))
    if fewer == 0:
        return True
    changed = min(len(a.numbers - b.numbers), len(b.numbers - a.numbers))
    return changed < 2 or changed / fewer < minimum


def _subjects_differ(a: Side, b: Side, minimum: int) -> bool:
    """Return True when each lede names several things the other text never mentions.

    Contract awards and bank rate moves share every sentence but the subject of the lede
    ("Chevron USA is being awarded" / "Pride Refining Co is being awarded"). A version keeps its
    story's names, even when it rewrites the lede.
    """
    only_a = a.words.lede_names - b.vocabulary
    only_b = b.words.lede_names - a.vocabulary
    return len(only_a) >= minimum and len(only_b) >= minimum


def _days_differ(a: Words, b: Words) -> bool:
    """Return True when both ledes give calendar dates and no date is the same.

    Daily tables and recurring notices ("rainfall recorded ... APRIL 7", "prices through April 8")
    repeat every word but the day; a version of one story keeps its lede's date.
    """
    return bool(a.lede_dates) and bool(b.lede_dates) and not a.lede_dates & b.lede_dates


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
