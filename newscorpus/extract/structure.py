"""Body structure: paragraphs and subheadings, headline, dateline, byline and sign-off lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import Config
from ..model import Block, Source

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Characters that end a sentence or a clause; a line ending in one is prose, not a heading.
_FINAL_PUNCT = ".!?…:;,"
# Quotes and brackets that may close a line after its real final character ("… outside.”").
_CLOSERS = "\"'”’»)]"

# A leading dateline: an upper-case place, optional region ("TURNBERRY/GLASGOW, Scotland"),
# optional date ("NEW YORK, March 3"), optional agency credit ("(AP)"), then a colon or dash.
# Seen as "BEIRUT:", "HELSINKI (AP) —", "NEW YORK, March 3 -", "WASHINGTON (Reuters) -".
_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*
          (?:,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)       # region after a comma
        (?:,?\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}(?:,\ \d{4})?))?
        \s*(?:\((?P<credit>[^()]{1,40})\))?
        \s*(?:[:\-–—]+)\s+""",
    re.X,
)
# A dateline whose place is written in title case ("New York, March 31 -"): only taken with a
# date after it, since a title-case word and a dash is otherwise just the start of a sentence.
_TITLE_CASE_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}(?:,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)
        ,\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}(?:,\ \d{4})?)
        \s*(?:\((?P<credit>[^()]{1,40})\))?
        \s*(?:[:\-–—]+)\s+""",
    re.X,
)
# A byline line: "By Jane Doe", "By Reuters", "By The Associated Press", "By Jane Doe and John Roe, AFP".
# Names after "By" start upper case; "By early afternoon, …" opens a paragraph, not a byline.
_BYLINE = re.compile(r"^By:?\s+[A-Z][^.!?]*$")
_BYLINE_MAX_WORDS = 14
# Wire sign-offs closing a story: Reuters' "Reuter"/"REUTER", "-- AFP", "(AP)", and the Reuters
# credit line "(Reporting by …; Editing by …)".
_SIGNOFF = re.compile(
    r"^(?:[-–—]+\s*)?\(?(?:Reuters?|REUTERS?|AFP|AP|dpa|ANSA|EFE|Xinhua|Kyodo|UPI)\)?\.?$"
    r"|^\(?(?:Reporting|Writing|Additional reporting) by [^()]*\)?\.?$"
)
# Upper-case words that open a paragraph with a colon but are labels, not places.
_NOT_DATELINES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "ANALYSIS",
        "CORRECTION",
        "CORRECTED",
        "REFILE",
        "WATCH",
        "NOTE",
        "EDITORS",
        "URGENT",
        "FLASH",
        "LIVE",
        "OPINION",
        "VIDEO",
        "PHOTO",
    }
)
# Sentence ends: punctuation, optional closing quote, space, then an opening capital or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'(]?[A-Z0-9])")
# Abbreviations whose full stop does not end a sentence ("U.S.", "Mr.", "Jan.").
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$"
)
# Clause boundaries where a long lede sentence can be cut into a headline.
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[—–]\s|\s-\s|:\s")
# Weaker cut points, before a subordinate clause, used when no clause break fits.
_SOFT_BREAK = re.compile(
    r"\s(?=(?:after|as|while|despite|amid|because|although|that|which|who|when|before|following|since|but|and)\s)"
)


@dataclass(frozen=True)
class Body:
    """An article's text cut into its parts, before any fact is read from it."""

    title: str | None
    """The file's own headline line, or None."""
    dateline: str | None
    dateline_credit: str | None
    """The bracketed credit after the dateline place ("AP", "Reuters"), as written."""
    dateline_text: str | None
    """The whole dateline as written ("HELSINKI (AP) —"), for evidence."""
    bylines: tuple[str, ...]
    """Lines such as "By Jane Doe and John Roe" taken out of the top of the text."""
    signoff: str | None
    """A closing wire line such as "Reuter" or "(Reporting by …)", taken out of the body."""
    blocks: tuple[Block, ...]


def split_body(source: Source, config: Config) -> Body | None:
    """Return the parts of one source's text, or None when it holds no words."""
    text = source.text.replace("\r\n", "\n").replace("\r", "\n")
    raw_blocks = [b for b in (_strip_chunk(c) for c in _BLANK_LINES.split(text)) if b]
    if not any(_WORD.search(b) for b in raw_blocks):
        return None
    bylines, raw_blocks = _split_bylines(raw_blocks)
    title, raw_blocks = _given_headline(raw_blocks, config)
    more, raw_blocks = _split_bylines(raw_blocks)
    signoff, raw_blocks = _split_signoff(raw_blocks)
    match, raw_blocks = _split_dateline(raw_blocks)
    dateline = credit = dateline_text = None
    if match is not None:
        dateline = match.group("place").strip()
        credit = match.group("credit")
        dateline_text = match.group(0).strip()
    return Body(
        title=title,
        dateline=dateline,
        dateline_credit=credit.strip() if credit else None,
        dateline_text=dateline_text,
        bylines=tuple(bylines + more),
        signoff=signoff,
        blocks=tuple(_classify(block, config) for block in raw_blocks),
    )


def count_words(blocks: tuple[Block, ...]) -> int:
    """Return the number of words in the blocks."""
    return sum(len(_WORD.findall(b.text)) for b in blocks)


def _split_bylines(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Return the byline lines opening the text ("By Jane Doe"), and the other blocks."""
    found = []
    while len(blocks) > 1 and _BYLINE.match(blocks[0]) and len(blocks[0].split()) <= _BYLINE_MAX_WORDS:
        found.append(blocks[0])
        blocks = blocks[1:]
    return found, blocks


def _split_signoff(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Return the wire sign-off closing the text ("Reuter", "(Reporting by …)"), and the body."""
    if len(blocks) > 1 and _SIGNOFF.match(blocks[-1]):
        return blocks[-1], blocks[:-1]
    return None, blocks


def _strip_chunk(chunk: str) -> str:
    """Return one blank-line-separated chunk with its lines joined and whitespace collapsed."""
    return " ".join(chunk.split())


def _given_headline(blocks: list[str], config: Config) -> tuple[str | None, list[str]]:
    """Return the file's own headline (a short unpunctuated first line) and the rest."""
    if len(blocks) > 1 and is_heading_line(blocks[0], config) and not _DATELINE.match(blocks[0] + " x"):
        return blocks[0], blocks[1:]
    return None, blocks


def is_heading_line(text: str, config: Config) -> bool:
    """Return True when a block reads as a heading: short, no final punctuation, starts like a title."""
    words = text.split()
    if not words or len(words) > config.subheading_max_words:
        return False
    core = text.rstrip(_CLOSERS)
    if not core or core[-1] in _FINAL_PUNCT:
        return False
    first = text.lstrip("\"'“‘«([")[:1]
    return first.isupper() or first.isdigit()


def _split_dateline(blocks: list[str]) -> tuple[re.Match[str] | None, list[str]]:
    """Return the dateline opening the first paragraph, and the blocks without it."""
    if not blocks:
        return None, blocks
    match = _DATELINE.match(blocks[0]) or _TITLE_CASE_DATELINE.match(blocks[0])
    if not match:
        return None, blocks
    place = match.group("place").strip()
    if place.split(",")[0].strip() in _NOT_DATELINES or not any(c.isalpha() for c in place):
        return None, blocks
    # The story after a dateline opens a sentence; "NATO - the alliance said" is an acronym, not a place.
    rest = blocks[0][match.end() :]
    if not rest or rest[0].islower():
        return None, blocks
    return match, [rest, *blocks[1:]]


def _classify(text: str, config: Config) -> Block:
    """Return a block as a subheading when it reads as one, else as a paragraph."""
    if is_heading_line(text, config):
        return Block("subheading", text)
    return Block("paragraph", text)


def derive_headline(blocks: tuple[Block, ...], source: Source, config: Config) -> str:
    """Return a readable headline made from the lede: its first sentence, cut to fit."""
    lede = next((b.text for b in blocks if b.kind == "paragraph"), None)
    if lede is None:
        lede = next((b.text for b in blocks), "")
    sentence = first_sentence(lede).rstrip(" .")
    headline = shorten(sentence, config.headline_max_chars)
    if headline and any(c.isalnum() for c in headline):
        return headline
    # Nothing readable in the text: fall back on the file name, never "Untitled".
    stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return " ".join(re.split(r"[-_\s]+", stem)).strip() or source.id


def first_sentence(text: str) -> str:
    """Return the first sentence of text, not fooled by abbreviations such as "U.S."."""
    for match in _SENTENCE_END.finditer(text):
        candidate = text[: match.start()].rstrip("\"'”’")
        if _ABBREVIATION.search(candidate):
            continue
        return candidate.strip()
    return text.strip()


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
