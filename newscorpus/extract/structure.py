"""Body structure: the story's paragraphs and subheadings, with its headline, dateline and credit lines apart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import Config
from ..model import Block, PageBlock
from .agency import agency_name
from .byline import split_bylines, split_signoff
from .dateline import join_dateline_block, split_dateline
from .gazetteer import load_gazetteer
from .headline import figures_row, is_heading_line

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_BY = re.compile(r"^\W*by\b", re.I)
_LIST_ITEMS = 3  # heading-like lines in a row that are a list, not headings


@dataclass(frozen=True)
class Body:
    """An article's story cut into its parts, before any fact is read from it."""

    title: str | None
    """The page's own headline, or None."""
    dateline: str | None
    dateline_credit: str | None
    """The bracketed credit after the dateline place ("AP", "Reuters"), as written."""
    dateline_text: str | None
    """The whole dateline as written ("HELSINKI (AP) —"), for evidence."""
    dateline_date: str | None
    """The date in the dateline as written ("March 3"), if any."""
    bylines: tuple[str, ...]
    """Credit lines above the story ("By Jane Doe and John Roe", "JANE DOE, AP Writer")."""
    signoff: str | None
    """A closing wire line such as "Reuter" or "(Reporting by …)", taken out of the body."""
    credit_lines: tuple[str, ...]
    """Credit lines under the story ("- REUTERS", "Brought to you by AAP", "© 2008 The Associated Press")."""
    blocks: tuple[Block, ...]


def split_body(page: Sequence[PageBlock], config: Config) -> Body | None:
    """Return the parts of a labelled page's story, or None when it holds no story with words."""
    story = [i for i, b in enumerate(page) if b.label == "story"]
    if not story or not any(_WORD.search(page[i].text) for i in story):
        return None
    first = story[0]
    title = next((b.text for b in page[:first] if b.label == "headline"), None)
    above = [b.text for i, b in enumerate(page[:first]) if b.label == "byline" and not _photo_credit(page, i)]
    # Credit lines under the story, or inside it over a note the site adds ("© 2008 AFP").
    below = tuple(b.text for b in page[first + 1 :] if b.label == "byline")
    raw = [page[i].text for i in story]
    more, raw = split_bylines(raw)
    signoff, raw = split_signoff(raw)
    joined = join_dateline_block(raw)
    match, raw = split_dateline(joined, load_gazetteer(config.min_place_population).places)
    dateline = credit = dateline_text = date = None
    if match is not None:
        dateline = match.group("place").strip()
        credit = match.group("credit")
        # The dateline as printed: a press release's closed-up dashes ("LAS VEGAS--(BUSINESS WIRE)--")
        # are read in the usual form, but shown as the page has them.
        printed = joined[0][: len(joined[0]) - len(raw[0])] if joined[0].endswith(raw[0]) else match.group(0)
        dateline_text = printed.strip()
        date = match.group("date")
    return Body(
        title=title,
        dateline=dateline,
        dateline_credit=credit.strip() if credit else None,
        dateline_text=dateline_text,
        dateline_date=date,
        bylines=tuple(above + more),
        signoff=signoff,
        credit_lines=below,
        blocks=_headed([_classify(block, config) for block in raw if block]),
    )


def _headed(blocks: list[Block]) -> tuple[Block, ...]:
    """Return the blocks, all read as paragraphs when none is one: headings head text, and a story of short
    lines alone is a notice or a table ("Qtly div 7.5 cts vs 7.5 cts prior", "Pay May 19", "Record April 24").
    Under a lede, a run of short lines holding a row of figures ("Wheat 2.55 2.40 IV 4.65 --") is a table,
    its head row ("Natl Loan Release Call") included: rows, not headings; a line after its last row heads
    the prose under it. Three heading-like lines or more in a row are a list's items, rows too ("Blue Origin, Kent,
    Washington", "June 24 -- Jiffy Lube Live, Bristow, VA", "Who: Wright State at Loyola"): a heading heads prose,
    and items read as headings would fill the page's table of contents."""
    if not any(b.kind == "paragraph" for b in blocks):
        return tuple(Block("paragraph", b.text) for b in blocks)
    headed = list(blocks)
    start = 0
    while start < len(headed):
        end = start
        while end < len(headed) and headed[end].kind == "subheading":
            end += 1
        rows = [i for i in range(start, end) if figures_row(headed[i].text)]
        if rows:  # a line after the last row heads the prose under it ("Outlook")
            headed[start : rows[-1] + 1] = [Block("table", b.text) for b in headed[start : rows[-1] + 1]]
        start = end + 1
    return tuple(_listed(headed))


def _listed(blocks: list[Block]) -> list[Block]:
    """Return the blocks with each run of three subheadings or more read as rows: a list's items."""
    out: list[Block] = []
    for heading, group in itertools.groupby(blocks, key=lambda b: b.kind == "subheading"):
        run = list(group)
        out += [Block("table", b.text) for b in run] if heading and len(run) >= _LIST_ITEMS else run
    return out


def _photo_credit(page: Sequence[PageBlock], index: int) -> bool:
    """Return True for an agency's name under a photo's caption, alone or after the photographer's: the wire
    that took the photo ("Reuters", "Hugh Gentry, Reuters" under "Red Wings defenceman … keep watch"), not the
    story's credit."""
    if index == 0 or page[index - 1].label != "supplemental":
        return False
    text = page[index].text
    return agency_name(text) is not None or ("," in text and not _BY.match(text) and _credited_to(text))


def _credited_to(text: str) -> bool:
    """Return True when a line closes on an agency's name after a comma: "Hugh Gentry, Reuters"."""
    return agency_name(text.rsplit(",", 1)[1]) is not None


def count_words(blocks: tuple[Block, ...]) -> int:
    """Return the number of words in the blocks."""
    return sum(len(_WORD.findall(b.text)) for b in blocks)


def _classify(text: str, config: Config) -> Block:
    """Return a block as a subheading when it reads as one, else as a paragraph."""
    if is_heading_line(text, config):
        return Block("subheading", text)
    return Block("paragraph", text)
