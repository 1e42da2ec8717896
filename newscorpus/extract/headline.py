"""Headlines: the file's own first line when it reads as one, else one made from the lede."""

from __future__ import annotations

import re

from ..config import Config
from ..model import Block, Source
from .agency import CREDIT_OPENING, agency_name
from .agency_names import OUTLET_CREDITS
from .dateline import looks_like_dateline
from .text import first_sentence

# Characters that end a sentence or a clause; a line ending in one is prose, not a heading.
_FINAL_PUNCT = ".!?…:;,"
# Quotes and brackets that may close a line after its real final character ("… outside.”").
_CLOSERS = "\"'”’»)]"
# A word of a table's row: a figure ("2.55", "-1/4", "12.5%", "$3"), a dash for none, "n.a." or "nil".
_FIGURE_WORD = re.compile(r"^(?:[-+$£€]?\d[\d.,/%-]*|-+|n\.a\.?|nil)$")
# Clause boundaries where a long lede sentence can be cut into a headline.
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[—–]\s|\s-\s|:\s")
# Weaker cut points, before a subordinate clause, used when no clause break fits.
_SOFT_BREAK = re.compile(
    r"\s(?=(?:after|as|while|despite|amid|because|although|that|which|who|when|before|following|since|but|and)\s)"
)


def given_headline(blocks: list[str], config: Config) -> tuple[str | None, list[str]]:
    """Return the file's own headline (a short unpunctuated first line) and the rest."""
    if len(blocks) > 1 and is_heading_line(blocks[0], config) and not looks_like_dateline(blocks[0]):
        return blocks[0], blocks[1:]
    return None, blocks


def is_heading_line(text: str, config: Config) -> bool:
    """Return True when a block reads as a heading: short, no final punctuation, starts like a title."""
    words = text.split()
    if not words or len(words) > config.subheading_max_words:
        return False
    # A section break drawn with one letter ("X X X", "o o o") parts sections; it heads none.
    if len(words) >= 3 and len(words[0]) == 1 and len({w.lower() for w in words}) == 1:
        return False
    core = text.rstrip(_CLOSERS)
    if not core or core[-1] in _FINAL_PUNCT:
        return False
    first = text.lstrip("\"'“‘«([")[:1]
    return first.isupper() or first.isdigit()


def figure_count(text: str) -> int:
    """Return how many words of a line are figures, dashes for none or "n.a."."""
    return sum(1 for w in text.split() if _FIGURE_WORD.match(w))


def figures_row(text: str) -> bool:
    """Return True for a line that is a row of figures: two or more, and a third of its words or more."""
    figures = figure_count(text)
    return figures >= 2 and 3 * figures >= len(text.split())


def derive_headline(blocks: tuple[Block, ...], source: Source, config: Config) -> str:
    """Return a readable headline made from the lede: its first sentence, cut to fit. A story opening on a
    table (an earnings report over its note) is headed by the table's first row of two figures, as the wire's
    notices are by their first line ("Shr loss 2.07 dlrs vs loss eight cts"), not by the note under it."""
    opening = next((b for b in blocks if b.kind != "subheading"), None)
    rows = (
        [b.text for b in blocks if b.kind == "table" and figure_count(b.text) >= 2]
        if opening and opening.kind == "table"
        else []
    )
    lede = rows[0] if rows else next((b.text for b in blocks if b.kind == "paragraph"), None)
    if lede is None:
        lede = next((b.text for b in blocks), "")
    sentence = first_sentence(_without_opening_credit(lede)).rstrip(" .")
    headline = shorten(sentence, config.headline_max_chars)
    if headline and any(c.isalnum() for c in headline):
        return headline
    # Nothing readable in the text: fall back on the file name, never "Untitled".
    stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return " ".join(re.split(r"[-_\s]+", stem)).strip() or source.id


def _without_opening_credit(lede: str) -> str:
    """Return the lede without a wire's or a broadcaster's credit in brackets at its head ("(CNN) ")."""
    match = CREDIT_OPENING.match(lede)
    if not match:
        return lede
    credit = match.group("agency")
    own = next(iter(credit.split()), "") in OUTLET_CREDITS  # "(CNN)", "(CNN Business)"
    rest = lede[match.end() :]
    return rest if rest.strip() and (own or agency_name(credit)) else lede


def shorten(text: str, limit: int) -> str:
    """Return text cut to at most limit characters at a clause break, else a word break with "…"."""
    if len(text) <= limit:
        return text
    # Prefer the longest clause that fits and still says something (at least 40% of the limit).
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() <= limit]
    good = [b for b in breaks if b >= limit * 0.4]
    if not good:
        good = [m.start() for m in _SOFT_BREAK.finditer(text) if limit * 0.5 <= m.start() <= limit]
    if good:
        return text[: good[-1]].rstrip(" ,;:—–-")
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"
