"""Body structure: blocks of paragraphs and subheadings, with the headline, dateline and credit lines taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import Config
from ..model import Block, Source
from .byline import split_bylines, split_signoff
from .dateline import split_dateline
from .headline import given_headline, is_heading_line

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


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
    bylines, raw_blocks = split_bylines(raw_blocks)
    title, raw_blocks = given_headline(raw_blocks, config)
    more, raw_blocks = split_bylines(raw_blocks)
    signoff, raw_blocks = split_signoff(raw_blocks)
    match, raw_blocks = split_dateline(raw_blocks)
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


def _strip_chunk(chunk: str) -> str:
    """Return one blank-line-separated chunk with its lines joined and whitespace collapsed."""
    return " ".join(chunk.split())


def _classify(text: str, config: Config) -> Block:
    """Return a block as a subheading when it reads as one, else as a paragraph."""
    if is_heading_line(text, config):
        return Block("subheading", text)
    return Block("paragraph", text)
