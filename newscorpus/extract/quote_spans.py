"""Where quotations open and close: curly, straight and British single marks, across paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import SPEECH_VERBS
from .text import sentence_spans

# Opening and closing marks: curly double quotes, and straight double quotes paired in order.
_OPEN, _CLOSE = "“", "”"


@dataclass(frozen=True)
class Span:
    """One quotation: its words and where its marks stand."""

    text: str
    """The words inside the marks; paragraphs of one quotation joined by a space."""
    paragraph: int
    open_at: int
    """Offset of the opening mark in paragraph."""
    close_paragraph: int
    close_at: int
    """Offset just after the closing mark in close_paragraph; -1 when never closed."""


def find_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Return the quotations in order; an unclosed one goes on where the next paragraph reopens it."""
    spans: list[Span] = []
    pending: tuple[int, int, list[str], str] | None = None
    for index, paragraph in enumerate(paragraphs):
        pos = 0
        if pending is not None:
            reopeners = (_OPEN_SINGLE,) if pending[3] == _OPEN_SINGLE else (_OPEN, '"')
            if paragraph[:1] in reopeners:
                pos = 1
            else:
                # The quotation was never closed and does not go on: keep what it held.
                spans.append(Span(" ".join(pending[2]), pending[0], pending[1], index - 1, -1))
                pending = None
        while pos < len(paragraph):
            if pending is None:
                opened = _next_open(paragraph, pos)
                if opened < 0:
                    break
                pending = (index, opened, [], paragraph[opened])
                pos = opened + 1
            close = _next_close(paragraph, pos, pending[3])
            if close < 0:
                pending[2].append(paragraph[pos:].strip())
                break
            pending[2].append(paragraph[pos:close].strip())
            spans.append(Span(" ".join(p for p in pending[2] if p), pending[0], pending[1], index, close + 1))
            pending = None
            pos = close + 1
    if pending is not None:
        spans.append(Span(" ".join(pending[2]), pending[0], pending[1], len(paragraphs) - 1, -1))
    return spans


def _next_open(text: str, pos: int) -> int:
    """Return the offset of the next opening mark, or -1."""
    hits = [i for i in (text.find(_OPEN, pos), text.find('"', pos), _next_single_open(text, pos)) if i >= 0]
    return min(hits) if hits else -1


def _next_close(text: str, pos: int, opener: str) -> int:
    """Return the offset of the mark closing a quotation opened with opener, or -1."""
    if opener == _OPEN_SINGLE:
        return _next_single_close(text, pos)
    return text.find(_CLOSE if opener == _OPEN else '"', pos)


# British copy quotes with single curly marks (‘…’), whose closing mark is also the apostrophe
# ("don’t", "rebels’ gains", "’87"). An opening ‘ stands at a word's start before a letter; a
# closing ’ never stands between two letters. Straight single marks (') stay apostrophes: too
# ambiguous ("the farmers' union", 'no') to pair.
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"
_SINGLE_OPEN_AT = re.compile(r"(?:^|(?<=[\s(\[—–“-]))‘(?=[^\W\d_])")
# A strong close: punctuation just inside it ("…,’ said"), or punctuation or the paragraph's end
# just after it ("…’." / "…’"). A weak close: a letter inside, a space after ("‘a total success’
# on Monday"), which a plural possessive ("rebels’ successes") also looks like, so a weak close
# counts only when no strong one follows before the next opening mark.
_STRONG_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…—–-])’|’(?=[,.;:!?…)\]—–]|\s*$)")
_WEAK_SINGLE_CLOSE = re.compile(r"(?<=\w)’(?=\s)")


def _next_single_open(text: str, pos: int) -> int:
    """Return the offset of the next opening single mark, or -1."""
    match = _SINGLE_OPEN_AT.search(text, pos)
    return match.start() if match else -1


def _next_single_close(text: str, pos: int) -> int:
    """Return the offset of the mark closing a single-mark quotation opened before pos, or -1."""
    limit = _next_single_open(text, pos)
    limit = len(text) if limit < 0 else limit
    strong = _STRONG_SINGLE_CLOSE.search(text, pos, limit)
    if strong:
        weak = _WEAK_SINGLE_CLOSE.search(text, pos, strong.start())
        # "‘a total success’ on Monday, said Hale, ‘and more to come.’": the weak close stands
        # before words of attribution, so it is the close; a possessive is followed by a noun.
        if weak and _SPEAKS_AFTER_CLOSE.match(text, weak.end()):
            return weak.start()
        return strong.start()
    weak = _WEAK_SINGLE_CLOSE.search(text, pos, limit)
    return weak.start() if weak else -1


# Words after a closing mark that begin an attribution or the sentence's next clause.
_SPEAKS_AFTER_CLOSE = re.compile(rf"\s+(?:(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{SPEECH_VERBS})\b|(?:{SPEECH_VERBS})\b)")


def sentence_start(paragraph: str, offset: int) -> int:
    """Return where the sentence holding offset starts."""
    spans = sentence_spans(paragraph)
    at = bisect.bisect_right([start for start, _ in spans], offset) - 1
    return spans[at][0] if at >= 0 else 0


def sentence_end(paragraph: str, offset: int) -> int:
    """Return where the sentence holding offset ends."""
    spans = sentence_spans(paragraph)
    ends = [end for _, end in spans]
    at = bisect.bisect_left(ends, offset)
    return ends[at] if at < len(ends) else len(paragraph)
