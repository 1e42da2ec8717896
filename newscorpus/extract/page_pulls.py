"""Label a story's pull quotes: a line of its own words printed again, large, between its paragraphs.

A feature sets a quotation or a striking line apart from the text ("I'm number one in the world and I can
understand everyone seeing me as the favourite", then the speaker's name alone under it); the page's text keeps it
as a block among the paragraphs, so the reader would meet the words twice and the name as a subheading. A pull
quote is the story's own words, so it is the page's supplemental text, like a caption: shown apart, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BlockLabel
from .page_features import Features

# A pull quote is at least this many words (a shorter quotation over a section is its heading: "'We had to run'"),
# and its words stand, in one run, in a longer paragraph at most this many blocks away.
_PULL_MIN_WORDS = 8
_PULL_REACH = 15
# A line of the story's words holds function words: a table's row printed again in a longer one ("Net 1,234,000 vs
# 987,000 …") holds this share at most.
_PULL_MIN_STOP = 0.2
# The speaker's name under a pull quote is at most this many words.
_NAME_MAX_WORDS = 4
_OPENERS = "\"“‘'«"
_CLOSERS = "\"”’'»"
_NON_WORD = re.compile(r"\W+")


def _words(text: str) -> str:
    """Return a block's words, lower-cased and joined by single spaces, with spaces at both ends."""
    return f" {_NON_WORD.sub(' ', text).strip().lower()} "


def _pull_shaped(f: Features) -> bool:
    """Return True for a block a pull quote can be: long enough, and no sentence (a quotation alone may end as one)."""
    if f.words < _PULL_MIN_WORDS or f.stop < _PULL_MIN_STOP:
        return False
    text = f.text.strip()
    return not f.sentence or (text[:1] in _OPENERS and text[-1:] in _CLOSERS)


def _name_under(f: Features) -> bool:
    """Return True for a name alone under a pull quote: its speaker ("Justine Henin")."""
    if f.sentence or not 1 < f.words <= _NAME_MAX_WORDS or f.text.strip()[-1:] in ".:;,":
        return False
    return f.person or all(w[:1].isupper() for w in f.text.split())


def label_pull_quotes(features: Sequence[Features], labels: list[BlockLabel]) -> None:
    """Label the story's pull quotes, and the speaker's name under each, supplemental.

    A pull quote is a block of the story, no sentence of its own, whose words stand in one run inside a longer
    paragraph of the story near it; the story's first block is never one (a deck printed again opens it).
    """
    story = [i for i, label in enumerate(labels) if label == "story"]
    texts = {i: _words(features[i].text) for i in story}
    for i in story[1:]:
        if not _pull_shaped(features[i]):
            continue
        words = texts[i]
        if not any(
            j != i and abs(j - i) <= _PULL_REACH and len(texts[j]) > len(words) and words in texts[j] for j in story
        ):
            continue
        labels[i] = "supplemental"
        if i + 1 < len(labels) and labels[i + 1] == "story" and _name_under(features[i + 1]):
            labels[i + 1] = "supplemental"
