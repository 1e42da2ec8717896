"""The checks that keep independently written articles apart even when they share words.

Items of one template (rate moves, daily tables, contract awards, dividend notices) share nearly
every sentence; they differ in the figures between the shared words, the subjects or dates their
ledes name, or the things their headlines name. A roundup shares an item with a story, and its
other items name other things.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..config import Config
from .figure_values import Figure, figure_values, same_figure, within
from .shared import covered
from .side import Context, Side
from .text import CALENDAR_NAMES, block_spans


def figures_differ(a: Side, b: Side, config: Config) -> bool:
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
    marks_a, marks_b = _template_marks(a, b, config)
    return _figures_changed(a, b, (marks_a, marks_b), config)


def _template_marks(a: Side, b: Side, config: Config) -> tuple[bytearray, bytearray]:
    """Return each text's marks of the words it shares with the other, every shared n-gram counting, however
    common: a template's words are what is shared."""
    both = a.gram_set & b.gram_set
    return covered(a, both, frozenset(), config.shingle_size, 1), covered(b, both, frozenset(), config.shingle_size, 1)


def _figures_changed(a: Side, b: Side, marks: tuple[bytearray, bytearray], config: Config) -> tuple[set[str], set[str]]:
    """Return the figures of each text's shared paragraphs (by marks) that the other text does not have."""
    return _aligned_figures(a, marks[0], config) - b.figures, _aligned_figures(b, marks[1], config) - a.figures


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


def subjects_differ(a: Side, b: Side, minimum: int) -> bool:
    """Return True when each lede names several things the other text never mentions.

    Contract awards and bank rate moves share every sentence but the subject of the lede
    ("Chevron USA is being awarded" / "Pride Refining Co is being awarded"). A version keeps its
    story's names, even when it rewrites the lede.
    """
    only_a = a.lede_names - b.vocabulary
    only_b = b.lede_names - a.vocabulary
    return len(only_a) >= minimum and len(only_b) >= minimum


def replaced_figure(a: Side, b: Side, minimum: float) -> bool:
    """Return True when a sentence of one text stands in the other with other figures.

    A daily table or notice on another day says the same sentences with the day's figures
    ("GUAXUPE 33.0 MILLIMETRES" one day, "GUAXUPE NIL" the next, "seven grain ships loading"
    then "six"); a version cut on another day drops sentences or clauses, figures and all ("by
    7.25 pct to 15.8 mln bpd" cut to "by 7.25 pct"), and keeps the rest as it was. Sentences are
    each other's counterparts when each is the other's closest, the shorter sharing `minimum` of
    its words (figures aside) with the other; a figure is replaced when neither sentence's figures
    are the other's, some left out. A compound modifier the other text writes too ("the 13-nation
    OPEC" in one sentence, "the 13-nation organisation" in another) was moved, not replaced.
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
        ours_kept = _unmoved(figures, a.sentence_compounds[k], b.compounds)
        theirs_kept = _unmoved(other_figures, b.sentence_compounds[other], a.compounds)
        if not within(ours_kept, theirs_kept) and not within(theirs_kept, ours_kept):
            return True
    return False


def _unmoved(figures: tuple[Figure, ...], compounds: tuple[str, ...], elsewhere: frozenset[str]) -> list[Figure]:
    """Return a sentence's figures without those of its compound modifiers the other text writes ("13-nation")."""
    left = list(figures)
    for compound in compounds:
        if compound not in elsewhere:
            continue
        value = figure_values((compound.split("-")[0],))[0]
        found = next((k for k, figure in enumerate(left) if same_figure(figure, value)), None)
        if found is not None:
            del left[found]
    return left


def _closest(words: frozenset[str], sentences: Sequence[tuple[tuple[Figure, ...], frozenset[str]]]) -> int | None:
    """Return the index of the sentence sharing most words with words (the first of ties), None if none."""
    best, most = None, 0
    for k, (_, other) in enumerate(sentences):
        both = len(words & other)
        if both > most:
            best, most = k, both
    return best


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
    counts only beside a figure replaced (`replaced_figure`).
    """
    return bool(a) and bool(b) and not a & b


def notices_differ(a: Side, b: Side, config: Config) -> bool:
    """Return True when two short notices differ both in a figure and in a name inside their shared text.

    A fund's monthly dividend notice shares every word with another fund's but the rate and the
    fund's name ("Mthly div 7.1 cts ... NOTE: Franklin High-Yield ..." beside "6.6 cts ... Franklin
    Minnesota ..."); a re-send of one notice that corrects a figure keeps its names, and one that
    corrects a name's typo keeps that name one keystroke away.
    """
    marks_a, marks_b = _template_marks(a, b, config)
    only_a, only_b = _figures_changed(a, b, (marks_a, marks_b), config)
    return bool(only_a and only_b and _own_names(a, marks_a, b) and _own_names(b, marks_b, a))


def _own_names(side: Side, marks: bytearray, other: Side) -> set[str]:
    """Return the names one article writes inside paragraphs mostly shared with the other, and the other never
    does, nor one keystroke away. A paragraph's first word is a label ("Revs", "Sales") as often as a name,
    a month or a day is when, not who ("September 1" and "Sept. 1"), and a paragraph one added (a note naming
    the company) is no slot of the template."""
    words = side.words.words
    names: set[str] = set()
    for _, start, end in block_spans(side.words):
        if 2 * marks[start:end].count(1) >= end - start:
            names.update(w for w, n in zip(words[start + 1 : end], side.names[start + 1 : end], strict=True) if n)
    names = {w for w in names - other.vocabulary - CALENDAR_NAMES if w.isalpha()}
    return {w for w in names if not _misspelt(w, other.vocabulary)}


def headlines_differ(a: Side, b: Side, generic: frozenset[str]) -> bool:
    """Return True when each given headline names something the other article never mentions.

    For short notices the headline is the only place the subject is named ("FRANKLIN PUERTO RICO
    SETS PAYOUT" over a body shared word for word with another fund's notice). Words common in
    the corpus's headlines are left out: a re-send may say "declares" where the first said "sets";
    so is a word one keystroke from a word of the other headline: a re-send may correct a typo.
    """
    if not (a.title_given and b.title_given):
        return False
    only_a = {w for w in a.title - b.vocabulary - generic if len(w) > 1 and not _misspelt(w, b.title)}
    only_b = {w for w in b.title - a.vocabulary - generic if len(w) > 1 and not _misspelt(w, a.title)}
    return bool(only_a) and bool(only_b)


# A word this long or longer one keystroke from a word of the other headline is that word keyed
# again ("SVEECO" for "VEECO"); shorter words one letter apart are often two words ("cut", "cup").
_MIN_TYPO_LETTERS = 5


def _misspelt(word: str, others: frozenset[str]) -> bool:
    """Return True when a word is another of `others` with one letter added, dropped, changed or
    two swapped: a re-send correcting a typo in the headline names the same thing."""
    if len(word) < _MIN_TYPO_LETTERS:
        return False
    return any(abs(len(word) - len(other)) <= 1 and _one_keystroke(word, other) for other in others)


def _one_keystroke(a: str, b: str) -> bool:
    """Return True when two different words are one edit apart (insertion, deletion, substitution, swap)."""
    if a == b or min(len(a), len(b)) < _MIN_TYPO_LETTERS - 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    if len(a) == len(b):
        return a[1:] == b[1:] or (len(a) >= 2 and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[1:] == shorter


def carries_lede(large: Side, marks: bytearray) -> bool:
    """Return True when at least half the longer article's first paragraph is shared."""
    lede = large.words.lede
    return lede > 0 and sum(marks[:lede]) / lede >= 0.5


def coherent(side: Side, marks: bytearray, other: Side, context: Context, config: Config) -> bool:
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
