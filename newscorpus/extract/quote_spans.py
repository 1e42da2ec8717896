"""Where quotations open and close: curly, straight and British single marks, across paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import SPEECH_VERBS
from .text import sentence_spans

# Opening and closing marks: curly double quotes, and straight double quotes paired in order;
# British single marks (see below).
_OPEN, _CLOSE = "“", "”"
_OPEN_SINGLE = "‘"


@dataclass(frozen=True)
class Span:
    """One quotation: its words paragraph by paragraph, and where its marks stand."""

    parts: tuple[tuple[int, str], ...]
    """(paragraph, words) for each paragraph the quotation runs over, in order."""
    paragraph: int
    open_at: int
    """Offset of the opening mark in paragraph."""
    close_paragraph: int
    close_at: int
    """Offset just after the closing mark in close_paragraph; -1 when never closed."""

    @property
    def text(self) -> str:
        """Return the quotation's words, paragraphs joined by a space."""
        return " ".join(words for _, words in self.parts if words)


@dataclass
class _Open:
    """A quotation opened and not yet closed."""

    paragraph: int
    open_at: int
    mark: str
    parts: list[tuple[int, str]]

    def span(self, close_paragraph: int, close_at: int) -> Span:
        parts = tuple((index, words) for index, words in self.parts if words)
        return Span(parts, self.paragraph, self.open_at, close_paragraph, close_at)


def find_spans(paragraphs: Sequence[str], marks: Sequence[str] | None = None) -> list[Span]:
    """Return the quotations in order; an unclosed one goes on where the next paragraph reopens it.

    marks, when given, are the paragraphs with their quotation marks made plain (`plain_marks`):
    the marks are looked for there and the words taken from paragraphs.
    """
    marks = paragraphs if marks is None else marks
    spans: list[Span] = []
    pending: _Open | None = None
    for index, paragraph in enumerate(marks):
        pos = 0
        if pending is not None:
            if paragraph[:1] in _REOPENERS[pending.mark]:
                pos = 1
            else:
                # The quotation was never closed and does not go on: keep what it held.
                spans.append(pending.span(index - 1, -1))
                pending = None
        while pos < len(paragraph):
            if pending is None:
                opened = _next_open(paragraph, pos)
                if opened < 0:
                    break
                pending = _Open(index, opened, paragraph[opened], [])
                pos = opened + 1
            close = _next_close(paragraph, pos, pending.mark)
            end = len(paragraph) if close < 0 else close
            pending.parts.append((index, _words(paragraphs[index], paragraph, pos, end)))
            if close < 0:
                break
            spans.append(pending.span(index, close + 1))
            pending = None
            # '"We've had success with Dell, EMC's Treide said, "and we plan to go on."': a straight
            # mark shaped to open, taken as the close of a quotation that never closed, opens the next.
            pos = close if _opens_word(paragraph, close) else close + 1
    if pending is not None:
        spans.append(pending.span(len(paragraphs) - 1, -1))
    return spans


def _words(original: str, marks: str, start: int, end: int) -> str:
    """Return the words between two offsets as written, without the padding `plain_marks` put in."""
    if original is marks:
        return original[start:end].strip()
    kept = (o for o, m in zip(original[start:end], marks[start:end], strict=True) if not (m == " " and o in "`'\""))
    return "".join(kept).strip()


def plain_marks(paragraphs: Sequence[str]) -> list[str]:
    """Return the paragraphs with quotation marks written in other ways made curly, offsets unchanged.

    Some wire feeds quote ``like this'' (two backquotes, two apostrophes); tabloids quote 'like
    this' with straight single marks, which are read as marks only on a page that has no double
    mark and opens a quotation with one before an attribution ("'…,' police said"). A page saved
    in a lost encoding carries "?" for every curly mark (`lost_marks`), and some pages double
    their straight marks (""This effect …,"").
    """
    lost = any(map(_LOST_APOSTROPHE.search, paragraphs)) or any(map(_LOST_CLOSE.search, paragraphs))
    out = [_plain(p, lost) for p in paragraphs]
    singles = sum(len(_SINGLE_QUOTED.findall(p)) for p in out if "'" in p)
    if not singles:
        return out
    # A page quoting with single marks may still hold a double mark or two (a title, a nickname):
    # its quotations before attributions are mostly in single marks.
    doubles = sum(p.count("“") + p.count('"') // 2 for p in out)
    if doubles and (singles < _MIN_SINGLE_QUOTATIONS or singles <= doubles):
        return out
    return [_STRAIGHT_OPEN.sub("‘", p).replace("'", "’") for p in out]


def _plain(paragraph: str, lost: bool) -> str:
    """Return one paragraph with backquotes, doubled straight marks and lost "?" marks made plain."""
    if "``" in paragraph:
        paragraph = paragraph.replace("``", "“ ").replace("''", " ”")
    elif "''" in paragraph and paragraph.count('"') == len(_TWO_APOSTROPHES_CLOSE.findall(paragraph)):
        # "Today,'' he said. "It's a second life.'': a straight mark opens, two apostrophes close (old AP copy).
        paragraph = _TWO_APOSTROPHES_CLOSE.sub(' "', paragraph)
    if '""' in paragraph:
        paragraph = _DOUBLED.sub('" ', paragraph)
    if "?" in paragraph and (lost or _QUESTION_CLOSE.search(paragraph)):
        paragraph = lost_marks(paragraph, lost=lost)
    return _single_for_double(paragraph)


# A single mark after a comma, before an attribution: '"I have a belief …,' he said. "The team …"'.
_SINGLE_BEFORE_SAID = re.compile(
    r",'(?=\s+(?:he|she|they|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})\s+(?:said|says|added|told|explained)\b)"
)


def _single_for_double(paragraph: str) -> str:
    """Return a paragraph whose quotation a straight mark opened and a single mark closed, a slip, closed by a
    straight mark: an odd count of straight marks, one open before the single mark, no single mark opening since."""
    if paragraph.count('"') % 2 == 0:
        return paragraph
    for found in _SINGLE_BEFORE_SAID.finditer(paragraph):
        before = paragraph[: found.start()]
        inside = before[before.rfind('"') + 1 :]
        if before.count('"') % 2 == 1 and not re.search(r"(?:^|\s)'(?=\w)", inside):
            return paragraph[: found.start() + 1] + '"' + paragraph[found.end() :]
    return paragraph


# Two apostrophes closing a quotation a straight mark opened: after a word, a stop or a single mark, before a space.
_TWO_APOSTROPHES_CLOSE = re.compile(r"(?<=[\w,.!?'’])''(?=\s|$)")
# Two straight marks keyed for one at a word's edge: ""This lensing effect …,"" (an L3S-GN1 page).
_DOUBLED = re.compile(r'""(?=[^\W_])|(?<=[^\W_]|[,.!?])""')
# What shows a page saved in a lost encoding: an apostrophe turned "?" inside a contraction
# ("She?s", "don?t") or a "?" closing a quotation after its comma or stop ("…,? he said").
# (Both open on the "?" itself, the letter or stop before it looked at after: the engine skips to a "?" at once.)
_LOST_APOSTROPHE = re.compile(r"\?(?<=[A-Za-z]\?)(?=(?:s|t|re|ll|ve|d|m)\b)")
_LOST_CLOSE = re.compile(r"\?(?<=[,.!]\?)(?:\s|$)")
# A "?" after a comma or stop and before a space closes a quotation whose mark was lost, on any
# page ("“We are really proud …,? Universal's chairman said"): no question is written so.
_QUESTION_CLOSE = _LOST_CLOSE
# Where a "?" may open a quotation: at a word's start, before a letter ("?15m" is a lost pound sign).
_OPENS_AFTER = " \t([—–-"


def lost_marks(paragraph: str, *, lost: bool = True) -> str:
    """Return a paragraph whose "?" marks standing for lost curly marks are made curly, offsets unchanged.

    "?They are going to give us their best shot,? Peterson said.": a "?" before a word opens, one
    after a comma or stop closes, one between letters is an apostrophe ("isn?t"); a "?" after a
    letter is a question mark ("?Is it frustrating? A little bit at times,?"), or a close at the
    paragraph's end. On a page with no other sign of a lost encoding (lost False) only a close
    after a comma or stop is read.
    """
    chars = list(paragraph)
    open_ = False
    for at, char in enumerate(paragraph):
        if char != "?":
            continue
        before = paragraph[at - 1] if at else " "
        after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
        closes = before in ",.!?…" and (after.isspace() or after in ",;:)") and (open_ or before != "?")
        ends = lost and open_ and before.isalpha() and at + 1 == len(paragraph.rstrip())
        if lost and before.isalpha() and after.isalpha():
            chars[at] = "’"
        elif lost and before in _OPENS_AFTER and after.isalpha():
            chars[at], open_ = "“", True
        elif closes or ends:
            chars[at], open_ = "”", False
    return "".join(chars)


# A quotation in straight single marks closed before its attribution: "'… of dollars,' Slidell police said".
_SINGLE_QUOTED = re.compile(
    r"(?:^|\s)'[^\W\d_](?:[^']|(?<=\w)'(?=\w)){0,400}?[,.!?]'\s+(?:[A-Z][\w.-]*\s+){0,4}[a-z]*\s*"
    r"(?:said|says|told|added)\b"
)
# Fewest single-mark quotations before attributions for a page holding double marks to quote with single ones.
_MIN_SINGLE_QUOTATIONS = 2
# A straight single mark opening a quotation: at the paragraph's start or after a space or bracket, before a letter.
# An elision ('til, 'em, 'cause) opens nothing.
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[^\W\d_])(?!(?:til|em|cause|bout|twas|tis|n)\b)")


# Marks that open a paragraph going on with a quotation opened by each mark.
_REOPENERS = {
    _OPEN: (_OPEN, '"', _CLOSE),
    '"': (_OPEN, '"', _CLOSE),
    _CLOSE: (_OPEN, '"', _CLOSE),
    _OPEN_SINGLE: (_OPEN_SINGLE,),
}
# Web pages mix their marks: a quotation opened with a curly mark and closed with a straight one
# (“…"), or opened with a closing curly mark (”…”) where a site's typography turned it round.
_CLOSERS = {_OPEN: (_CLOSE, '"'), '"': ('"', _CLOSE), _CLOSE: (_CLOSE, '"')}
# A closing curly mark used as an opening one: at the paragraph's start or after a space, before a word.
_CLOSE_AS_OPEN = re.compile(r"(?:^|(?<=\s))”(?=\w)")


def _next_open(text: str, pos: int) -> int:
    """Return the offset of the next opening mark, or -1."""
    # Each pattern's match holds its mark: a text without the mark after pos is not searched.
    turned = _CLOSE_AS_OPEN.search(text, pos) if text.find(_CLOSE, pos) >= 0 else None
    found = (
        text.find(_OPEN, pos),
        _find(text, '"', pos),
        _next_single_open(text, pos),
        turned.start() if turned else -1,
    )
    hits = [i for i in found if i >= 0]
    return min(hits) if hits else -1


def _next_close(text: str, pos: int, opener: str) -> int:
    """Return the offset of the mark closing a quotation opened with opener, or -1."""
    if opener == _OPEN_SINGLE:
        return _next_single_close(text, pos)
    hits = [i for i in (_find(text, mark, pos) for mark in _CLOSERS[opener]) if i >= 0]
    close = min(hits) if hits else -1
    while opener == '"' and close >= 0 and _nested_open(text, close):
        # "We have only decided to shift … This is "the mother of all attacks" that will rock …,"
        # it said: a quotation inside the quotation; the outer one closes after the inner one.
        inner = _find(text, '"', close + 1)
        close = min((i for i in (_find(text, mark, inner + 1) for mark in _CLOSERS['"']) if i >= 0), default=-1)
    return close


def _opens_word(text: str, at: int) -> bool:
    """Return True for a straight mark after a space and before a word: shaped to open a quotation."""
    return text[at] == '"' and text[at - 1 : at] == " " and text[at + 1 : at + 2].isalnum()


def _nested_open(text: str, at: int) -> bool:
    """Return True for a straight mark inside a quotation that opens a quotation of its own.

    It stands before a word after a space, not after a comma or colon (there it reopens a
    quotation whose close was left out: '"… with Dell, EMC's Treide said, "and we plan …"'), and
    two marks follow it in the paragraph: its own close and the outer quotation's.
    """
    before, after = text[at - 2 : at], text[at + 1 : at + 2]
    return (
        before[-1:] in (" ", "(")
        and before[:1] not in (",", ":", ";")
        and after.isalnum()
        and text.count('"', at + 1) + text.count(_CLOSE, at + 1) >= 2
        and _find(text, '"', at + 1) >= 0
    )


# A straight double mark standing for an apostrophe, as some wire copy keys it ("OPEC"s members").
_MARK_AS_APOSTROPHE = re.compile(r'(?<=[^\W\d_])"(?=s\b)')


def _find(text: str, mark: str, pos: int) -> int:
    """Return the offset of the next mark from pos, a straight mark keyed for an apostrophe aside, or -1."""
    at = text.find(mark, pos)
    while at >= 0 and mark == '"' and _MARK_AS_APOSTROPHE.match(text, at):
        at = text.find(mark, at + 1)
    return at


# British copy quotes with single curly marks (‘…’), whose closing mark is also the apostrophe
# ("don’t", "rebels’ gains", "’87"). An opening ‘ stands at a word's start before a letter; a
# closing ’ never stands between two letters. Straight single marks (') stay apostrophes: too
# ambiguous ("the farmers' union", 'no') to pair.
_SINGLE_OPEN_AT = re.compile(r"(?:^|(?<=[\s(\[—–“-]))‘(?=[^\W\d_])")
# A strong close: punctuation just inside it ("…,’ said"), or punctuation or the paragraph's end
# just after it ("…’." / "…’"). A weak close: a letter inside, a space after ("‘a total success’
# on Monday"), which a plural possessive ("rebels’ successes") also looks like, so a weak close
# counts only when no strong one follows before the next opening mark.
_STRONG_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…—–-])’|’(?=[,.;:!?…)\]—–]|\s*$)")
_WEAK_SINGLE_CLOSE = re.compile(r"(?<=\w)’(?=\s)")


def _next_single_open(text: str, pos: int) -> int:
    """Return the offset of the next opening single mark, or -1."""
    if text.find(_OPEN_SINGLE, pos) < 0:
        return -1  # no opening mark after pos for the pattern to find
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
