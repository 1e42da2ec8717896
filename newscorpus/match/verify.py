"""Decide whether two candidate articles are versions of one story, by aligned word runs.

Words count as shared when they sit in a run of at least `shingle_size` words found in the
other article (anywhere: moved paragraphs still align); words of common n-grams count only in
runs long enough to be a shared sentence. Containment is measured on each side, so a trimmed
reprint of a long story is a version of it, and a re-topped write-through (new lede over the old
body) still contains the old copy. Checks keep independently written articles apart even when
they share words: quotations (marked as such on either side) are not shared copy; items from
one template must not differ in the figures inside their aligned text, nor, when their ledes are
aligned, in the subjects or the dates those ledes name, nor, when dated for different days, in
the figures of one sentence both say, nor (short notices) in the things their headlines name, nor
in both a figure and a name;
and what either article adds to the shared text must be about the same things as the rest of
the story (a roundup's other items, a digest's other story, name other things). A headline
marked as a correction lifts the figure, day and subject checks.

Beside it: `side` (an article as verification reads it), `shared` (which words two articles
share), `checks` (the template, subject, date and topic checks), `figure_values` (figures as values).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..config import Config
from .checks import (
    carries_lede,
    coherent,
    days_apart,
    days_differ,
    figures_differ,
    headlines_differ,
    notices_differ,
    replaced_figure,
    subjects_differ,
)
from .shared import overlap, widen
from .side import Context, Overlap, Side


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
    return decide(a, b, config, context)[0]


def decide(
    a: Side, b: Side, config: Config, context: Context | None = None, *, explain: bool = False
) -> tuple[Verdict, str]:
    """Return `compare`'s verdict and the step that decided it: "little copy", "narrative share", "conflict: " and
    the template check that failed (every one that fails, with explain), "lede, coverage, topic" or "versions"."""
    context = context or Context()
    size = config.shingle_size
    result, marks_a, marks_b = overlap(a, b, size, max(1, config.common_run_words - size + 1), config.min_common_share)
    # The shorter article is the one that may be a trim of the other.
    a_small = (result.size_a, 0) <= (result.size_b, 1)
    small, marks_small, large, marks_large = (a, marks_a, b, marks_b) if a_small else (b, marks_b, a, marks_a)
    shared_small = marks_small.count(1)
    containment = shared_small / max(1, len(small.words.words))
    if shared_small < config.min_shared_shingles + size - 1 or containment < config.min_copy_containment:
        return Verdict(result, marks_a, marks_b, versions=False), "little copy"
    plain = _plain_marks(small, marks_small, large, (a.distinct & b.distinct) | (a.common & b.common), size)
    narrative = _narrative_share(small, marks_small, plain)
    # Enough shared copy: a large share of the article that may be a trim of the other, or
    # whole paragraphs of narrative however small a share (a write-through that kept a few
    # paragraphs of an earlier version under a long new top).
    later = days_apart(a.published, b.published) > config.max_update_days
    long_copy, kept = _copy_runs(marks_small, plain, small.words.quoted, config.common_run_words, later=later)
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
    # A version of a story told mostly in quotations shares a large share of itself, whole paragraphs of
    # it word for word, yet little narrative: enough when its kept paragraphs are long copy.
    quoted_copy = containment >= config.min_containment and kept >= config.min_copy_words
    if not (
        (containment >= config.min_containment and narrative >= config.min_narrative_containment)
        or (
            (long_copy >= config.min_copy_words or same_top or quoted_copy) and narrative >= config.min_copy_containment
        )
    ):
        return Verdict(result, marks_a, marks_b, versions=False), "narrative share"
    found = (marks_a, marks_b)
    failed = _template_conflicts(
        a, b, result, marks=found, aligned=aligned, shared_small=shared_small, config=config, context=context
    )
    first = next(failed, None)
    if first is not None:
        checks = [first, *failed] if explain else [first]
        return Verdict(result, marks_a, marks_b, versions=False, conflict=True), "conflict: " + ", ".join(checks)
    # Not an item absorbed by a roundup: a version covering little of the longer article carries
    # its lede (trims cut from the bottom), or whole paragraphs of it stand in a longer article
    # whose rest is about the same things (a re-topped page, a live file's other entries).
    versions = (
        marks_large.count(1) >= config.min_lede_coverage * len(large.words.words)
        or carries_lede(large, marks_large)
        or (kept >= config.min_copy_words and coherent(large, marks_large, small, context, config))
    )
    return Verdict(result, marks_a, marks_b, versions=versions), "versions" if versions else "lede, coverage, topic"


def _template_conflicts(
    a: Side,
    b: Side,
    result: Overlap,
    *,
    marks: tuple[bytearray, bytearray],
    aligned: bool,
    shared_small: int,
    config: Config,
    context: Context,
) -> Iterator[str]:
    """Yield, one by one as they are asked for, the checks by which two articles sharing copy are two items from
    one template, not versions of one story: none for versions."""
    exempt = a.correction or b.correction
    marks_a, marks_b = marks
    # Items of one template share nearly all their words, ledes included; a re-topped page or a
    # composite shares a part of itself, and the names its own lede gives are no conflict. A
    # write-through sets a new lede over the body it keeps: a first paragraph sharing next to
    # nothing over a body kept nearly whole is that new top, whose names are news, not another
    # item's subject. Two items of one template have ledes that are one sentence with other names
    # and figures in its slots; a new top is another sentence.
    retopped = (_new_top(a, marks_a, config) or _new_top(b, marks_b, config)) and (
        _lede_likeness(a, b) < config.min_lede_counterpart
    )
    # Two short notices share too few words for their ledes to align: their subjects are compared whatever the share.
    short = shared_small < config.short_body_words
    alike = (
        aligned or short or (not retopped and min(result.containment_a, result.containment_b) >= config.min_containment)
    )
    if not exempt and figures_differ(a, b, config):
        yield "figures"
    if not exempt and alike and subjects_differ(a, b, config.min_subject_conflict):
        yield "subjects"
    if aligned and days_differ(a.lede_dates, b.lede_dates):
        yield "lede days"
    if not exempt and days_differ(a.dated, b.dated) and replaced_figure(a, b, config.min_sentence_match):
        yield "replaced figure"
    if short and headlines_differ(a, b, context.generic):
        yield "headlines"
    if not exempt and short and notices_differ(a, b, config):
        yield "notices"


def _opening_share(side: Side, marks: bytearray) -> float:
    """Return the share of an article's first two paragraphs that is shared copy."""
    blocks = side.words.blocks
    end = blocks[2][1] if len(blocks) > 2 else len(marks)
    return marks[:end].count(1) / max(1, end)


def _lede_likeness(a: Side, b: Side) -> float:
    """Return how alike two first paragraphs are as sentences, names and figures read as slots (0 to 1)."""
    return SequenceMatcher(None, _lede_shape(a), _lede_shape(b), autojunk=False).ratio()


def _lede_shape(side: Side) -> list[str]:
    """Return the words of an article's first paragraph, each run of names and figures one slot."""
    shape: list[str] = []
    lede = side.words.lede
    for word, name in zip(side.words.words[:lede], side.names[:lede], strict=True):
        token = "" if name or not word.isalpha() else word
        if token or not shape or shape[-1]:
            shape.append(token)
    return shape


def _new_top(side: Side, marks: bytearray, config: Config) -> bool:
    """Return True when an article's first paragraph is a sentence next to unshared over a body mostly shared."""
    lede = side.words.lede
    if lede < config.min_new_lede_words or lede >= len(marks):
        return False
    rest = marks[lede:].count(1) / (len(marks) - lede)
    return sum(marks[:lede]) < config.max_new_lede_share * lede and rest >= config.min_kept_body_share


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
    return widen(bytes(map(plain.__contains__, small.grams)), size, len(marks))


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


def _copy_runs(
    marks: bytearray, plain: bytearray, quoted: tuple[bool, ...], longest: int, *, later: bool
) -> tuple[int, int]:
    """Return the shared narrative words in runs of sentences (`_long_runs`) and the words of kept paragraphs
    (`_kept_paragraphs`); none when the articles are days apart.

    Kept paragraphs count whole, quotations inside them too: a write-through keeping quoted paragraphs
    word for word keeps copy, where two write-ups sharing a quotation share little narrative around it.
    Days later, paragraphs kept from an earlier story are its background in a new one.
    """
    if later:
        return 0, 0
    return _long_runs(marks, plain, quoted, longest), _kept_paragraphs(marks, plain, quoted, longest)


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


def _kept_paragraphs(marks: bytearray, plain: bytearray, quoted: tuple[bool, ...], longest: int) -> int:
    """Return how many shared words stand in runs holding at least `longest` shared narrative words.

    Unlike `_long_runs`, a quotation inside a shared run does not cut it: a paragraph kept word for
    word counts whole, its quotation included, when enough of it is narrative shared as well.
    """
    total = run = narrative = 0
    for m, p, q in zip((*marks, 0), (*plain, 0), (*quoted, False), strict=True):
        if m:
            run += 1
            narrative += bool(p and not q)
            continue
        if narrative >= longest:
            total += run
        run = narrative = 0
    return total
