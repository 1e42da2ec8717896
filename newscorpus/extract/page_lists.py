"""Find the list a headline-shaped block above a story stands in: links to other stories, or the story's summary.

A page may set lists between its headline and its story, or above both: "Most Popular" or "More
stories like this one" and the headlines of other stories, each with its date or section; "Story
Highlights" and a few short lines summing the story up. Their entries are headline-shaped and may
share the story's words, yet none is its headline: the heading opening the list says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from . import page_cues as cues
from .page_features import CLOSERS, HEADING_MAX_WORDS, Features

# A heading that opens a story's summary in short lines: "Story Highlights", "Key points". ("In brief"
# heads a ticker of other stories' briefs as often: left out.)
SUMMARY_HEADING = re.compile(r"^\W*(?:story highlights|key points|at a glance)\W*$", re.I)
# An entry of a list is at most this many words (a long headline of a link), and ends with no full stop.
_ENTRY_MAX_WORDS = 30
# A label in a list (a section's name over each entry, "AUTO NEWS", or a list's tabs, "Last 7 Days")
# is at most this many words; more than this many of them in a row are a menu, not a list's labels.
_LABEL_MAX_WORDS = 3
_LABELS_IN_ROW = 3
# A link closing a list ("More Latest News", "[ more ]", "More stories »"): the block under it is in no list above it.
_LIST_CLOSER = re.compile(r"^\W*more\b(?:\s+[\w'’&-]+){0,3}\W*$", re.I)
# A list's heading stands at most this many blocks above an entry of it.
_LIST_REACH = 40
# A list of dated links prints each entry as a title over its date, a section's label between entries or none
# (one step of two or three blocks); this many entries alike at one step make such a list.
_DATED_STEPS = (2, 3)
_DATED_ENTRIES = 3


@dataclass(frozen=True)
class ListAbove:
    """The list a block stands in: what its heading opens, and the blocks between the heading and it."""

    kind: Literal["links", "summary"]
    between: tuple[int, ...]


def list_above(features: Sequence[Features], i: int) -> ListAbove | None:
    """Return the list block i stands in, opened by a heading of links or of summary lines above it, or None.

    Walking up from block i over other entries, their dates and labels reaches the list's heading
    ("Most Popular", "Also by this author", "Story Highlights"); a paragraph, a long block or a menu's
    run of short items on the way says block i is not in that list.
    """
    if i > 0 and _LIST_CLOSER.match(features[i - 1].text):
        return None
    labels = 0
    for k in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
        f = features[k]
        kind = _list_heading(f)
        if kind is not None:
            return ListAbove(kind, tuple(range(k + 1, i)))
        if f.stamp or f.byline:
            labels = 0
            continue
        if f.words <= _LABEL_MAX_WORDS:
            labels += 1
            if labels > _LABELS_IN_ROW:
                return None
            continue
        labels = 0
        if f.words > _ENTRY_MAX_WORDS or f.text.rstrip(CLOSERS).endswith("."):
            return None
    return None


def _list_heading(f: Features) -> Literal["links", "summary"] | None:
    """Return what a heading opens, links to other stories or a story's summary lines, or None for no heading."""
    if f.words > HEADING_MAX_WORDS:
        return None
    if SUMMARY_HEADING.match(f.text):
        return "summary"
    return "links" if cues.RELATED_HEADING.match(f.text) else None


def dated_entry(features: Sequence[Features], i: int, end: int, title: Callable[[Features], bool]) -> bool:
    """Return True for block i as an entry of a list of dated links above block end, headed or not.

    Each entry is a title over its date, entries at one step, a section's label between them or none ("LA 2016:
    Turbocharged Nissan Sentra Nismo unleashed", "November 16, 2016", "FEATURES", "Elite Exaltas: the Nissan
    nicknames", "December 18, 2015", ...). Its titles may share many of the story's words, and stand over a date
    as its headline does; three or more alike at one step are links, a headline is printed once.
    """

    def entry(k: int) -> bool:
        return k >= 0 and k + 1 < end and features[k + 1].stamp and title(features[k])

    if not entry(i):
        return False
    for step in _DATED_STEPS:
        run = 1
        for direction in (step, -step):
            k = i + direction
            while entry(k):
                run += 1
                k += direction
        if run >= _DATED_ENTRIES:
            return True
    return False


# A menu: a run of at least this many blocks of at most this many words each.
_MENU_ENTRIES = 5
_MENU_ENTRY_WORDS = 4


def menu_above(features: Sequence[Features], start: int) -> int:
    """Return the index of the last entry of the nearest menu over block start, or -1 when none stands there.

    A menu lists each of its sections once ("Section 1", "Section 2" …): a run of short entries of words, no sentence
    and none of the site's flagged furniture among them, none printed twice over the story (a share panel prints its
    buttons again and again).
    """
    printed = Counter(f.text for f in features[:start])
    for end in range(start - 1, _MENU_ENTRIES - 2, -1):
        run = features[end - _MENU_ENTRIES + 1 : end + 1]
        if all(f.words <= _MENU_ENTRY_WORDS and not (f.sentence or f.flagged) and printed[f.text] == 1 for f in run):
            return end
    return -1
