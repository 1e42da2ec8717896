"""Turn decoded sources into articles: body structure, headline, dateline, counts."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable

from .config import Config
from .errors import Problem
from .model import Article, Block, Extracted, Source

log = logging.getLogger(__name__)

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


def extract_articles(sources: Iterable[Source], config: Config) -> Extracted:
    """Return an article for every source that holds one, and a problem for every other."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in sources:
        article = extract_article(source, config)
        if article is None:
            problem = Problem(source.path, "no article text found", "the file holds only blank lines or punctuation")
            log.warning("%s", problem)
            problems.append(problem)
        else:
            articles.append(article)
    return Extracted(articles=tuple(articles), problems=tuple(problems))


def extract_article(source: Source, config: Config) -> Article | None:
    """Return the article in one source, or None when it holds no words."""
    text = source.text.replace("\r\n", "\n").replace("\r", "\n")
    raw_blocks = [b for b in (_strip_chunk(c) for c in _BLANK_LINES.split(text)) if b]
    if not any(_WORD.search(b) for b in raw_blocks):
        return None
    title, raw_blocks = _given_headline(raw_blocks, config)
    if source.meta.title and source.meta.title.strip():
        title = " ".join(source.meta.title.split())
    dateline, raw_blocks = _split_dateline(raw_blocks)
    blocks = tuple(_classify(block, config) for block in raw_blocks)
    words = sum(len(_WORD.findall(b.text)) for b in blocks)
    derived = title is None
    if title is None:
        title = derive_headline(blocks, source, config)
    return Article(
        id=source.id,
        source=source.path,
        title=title,
        title_derived=derived,
        dateline=dateline,
        blocks=blocks,
        word_count=words,
        reading_minutes=max(1, math.ceil(words / config.words_per_minute)),
        meta=source.meta,
    )


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


def _split_dateline(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Return the dateline place opening the first paragraph, and the blocks without it."""
    if not blocks:
        return None, blocks
    match = _DATELINE.match(blocks[0])
    if not match:
        return None, blocks
    place = match.group("place").strip()
    if place.split(",")[0].strip() in _NOT_DATELINES or not any(c.isalpha() for c in place):
        return None, blocks
    # The story after a dateline opens a sentence; "NATO - the alliance said" is an acronym, not a place.
    rest = blocks[0][match.end() :]
    if not rest or rest[0].islower():
        return None, blocks
    return place, [rest, *blocks[1:]]


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
