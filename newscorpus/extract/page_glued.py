"""A teaser's headline run into its lede's dateline: "Deportees return home from US NEW DELHI: Their dream …"."""

from __future__ import annotations

import re

from .dateline import looks_like_dateline

# A word in capitals that may open a dateline after a headline run into it ("… from US NEW DELHI: …").
_CAPITALS = re.compile(r"(?<=\s)[A-Z][A-Z.'’-]+(?=[\s,:(])")
# The dateline's place in capitals, its region, and a colon or a wire's name in brackets: "NEW DELHI:", "WASHINGTON
# (Reuters)", "TULSA, Okla. (AP)". A dash alone closes many runs of capitals inside a paragraph ("the U.S. -- and").
_DATELINE_MARK = re.compile(r"[A-Z][A-Z.'’ -]*?(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?::|\s?\([^()]{1,40}\))\s")
# The headline before the dateline is at least this many words and at most this many characters; the lede after it,
# at least this many words.
_HEAD_MIN_WORDS = 3
_HEAD_MAX_CHARS = 160
_LEDE_MIN_WORDS = 8


def glued_dateline(text: str) -> bool:
    """Return True for a headline run into a lede that opens with its dateline: a ticker or a list of other stories
    ("With shattered dreams, deportees return home from US NEW DELHI: Their American dream shattered …").

    A story's paragraph opens with its dateline; one set after a line of words not ending as a sentence does is
    another story's, its headline glued on by a scraper that dropped the break.
    """
    for match in _CAPITALS.finditer(text, 0, _HEAD_MAX_CHARS):
        head = text[: match.start()].split()
        # The headline is written in words of small letters, and ends as no sentence does; the dateline's place
        # opens the run of capitals ("DRIVER OF THE DAY: Max Verstappen …" is a label).
        if len(head) < _HEAD_MIN_WORDS or head[-1].endswith((".", ",", ":", ";")) or head[-1].isupper():
            continue
        rest = text[match.start() :]
        if not any(c.islower() for c in " ".join(head)) or not _DATELINE_MARK.match(rest):
            continue
        if len(rest.split()) > _LEDE_MIN_WORDS and looks_like_dateline(rest):
            return True
    return False
