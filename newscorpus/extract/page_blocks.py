"""Split a page's text into blocks, and find the blocks that stand on many pages of the corpus.

A scraper keeps one block per line; a person writing a text file separates paragraphs by blank
lines. A block on many pages of one corpus is the site's furniture, unless its neighbours are
shared too (a wire story reprinted by many sites).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from . import page_cues as cues
from .date_patterns import DATE_OR_TIME

# A block of this many words or more is long enough to be a paragraph of prose (with enough function
# words and a sentence's end: `page_features`); only such neighbours show a reprinted story.
PROSE_MIN_WORDS = 10
# A block on at least this many pages of the corpus is the site's furniture ...
_REPEATED_MIN_PAGES = 3
# ... unless the pages holding it share a paragraph this near it too: then it is a story they all
# reprint (its headline, byline and paragraphs), not the site's.
_SHARED_NEIGHBOURS = 2
_NEIGHBOUR_REACH = 1

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# Hard-wrapped lines are at most this long, and all but the last at least this share of the longest.
_WRAP_MAX_CHARS = 100
_WRAP_MIN_SHARE = 0.5


def split_blocks(text: str) -> tuple[str, ...]:
    """Return a text's blocks: paragraphs apart at blank lines, or lines when each line is a block.

    A scraper keeps one block per line ("Home", "Subscribe", a paragraph); a person writing a
    text file separates paragraphs by blank lines and may wrap them. A chunk between blank lines
    is one hard-wrapped paragraph when its lines are of one width and break inside sentences.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[str] = []
    for chunk in _BLANK_LINES.split(text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and not _wrapped(lines):
            blocks += [part for line in lines for part in _split_header(line)]
        elif lines:
            blocks += _split_header(" ".join(lines))
    return tuple(_join_lone_by(blocks))


def _join_lone_by(blocks: list[str]) -> list[str]:
    """Return the blocks with a "By" alone joined to the writer's name in the next block ("By", "Jane Roe"),
    and a writer's label to the writer or desk it names ("Author:", "Harbour Gazette Editorial Staff")."""
    joined: list[str] = []
    for block in blocks:
        by = joined and cues.BY_ALONE.match(joined[-1]) and cues.NAME_SHAPE.match(block)
        if by or (joined and cues.AUTHOR_LABEL.match(joined[-1]) and cues.LABELLED_WRITER.match(block)):
            joined[-1] = f"By {block}"
        else:
            joined.append(block)
    return joined


# A line of more words than this is a paragraph, never a headline run on with its stamp.
_HEADER_LINE_MAX_WORDS = 45


def _split_header(line: str) -> list[str]:
    """Return a line as its blocks: a headline and its stamp apart when a page runs them on, a bar of
    controls and the byline run on to it apart, else the line."""
    # Each pattern is tried only on a line holding the character it needs: a bar, a stamp's colon.
    bar = cues.BAR_BYLINE.match(line) if "|" in line else None
    if bar is not None and "|" in bar.group("bar"):
        return [bar.group("bar").strip(), bar.group("byline")]
    if ":" not in line:
        return [line]
    match = cues.HEADER_LINE.match(line) if len(line.split()) <= _HEADER_LINE_MAX_WORDS else None
    if match is None:
        return [line]
    title = match.group("title")
    # A byline, a date or a bar before the stamp is a header line of its own, no headline.
    if cues.BYLINE.match(title) or DATE_OR_TIME.search(title) or "|" in title or len(title.split()) < 3:
        return [line]
    return [title, match.group("stamp")]


def _wrapped(lines: Sequence[str]) -> bool:
    """Return True when lines are one paragraph hard-wrapped at a fixed width."""
    longest = max(len(line) for line in lines)
    if longest > _WRAP_MAX_CHARS or any(len(line) < _WRAP_MIN_SHARE * longest for line in lines[:-1]):
        return False
    # A wrap falls inside sentences: some line goes on in lower case, or stops without punctuation
    # mid-clause; a list of headlines or menu entries does neither.
    return any(line[:1].islower() for line in lines[1:]) or any(line[-1:] in ",;-–—" for line in lines[:-1])


def block_key(text: str) -> str:
    """Return the form under which one block's text is counted across pages (case and spacing aside)."""
    return " ".join(text.casefold().split())


def repeated_blocks(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """Return the keys of blocks that stand on many pages of the corpus and are not shared stories.

    A site prints its menus, prompts and footers on every page, beside different stories; a wire
    story reprinted by many sites brings its neighbouring paragraphs along. So a block counts as
    repeated furniture only when the pages holding it mostly do not share its neighbours too.
    """
    return repeated_keys([block_key(b) for b in page] for page in pages)


def repeated_keys(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """Return `repeated_blocks` of pages given as their blocks' keys (`block_key`)."""
    keyed = [list(keys) for keys in pages]
    pages_of: Counter[str] = Counter()
    for keys in keyed:
        pages_of.update(set(keys))
    common = {k for k, n in pages_of.items() if n >= _REPEATED_MIN_PAGES}
    if not common:
        return frozenset()
    # For each common block, count the pages where a paragraph near it is also common: a shared
    # story's headline and paragraphs are common together, a menu entry's neighbours are other
    # menu entries, so only long neighbours count.
    along: Counter[str] = Counter()
    for keys in keyed:
        for i, key in enumerate(keys):
            if key not in common:
                continue
            near = keys[max(0, i - _NEIGHBOUR_REACH) : i] + keys[i + 1 : i + 1 + _NEIGHBOUR_REACH]
            if any(n in common and len(n.split()) >= PROSE_MIN_WORDS for n in near):
                along[key] += 1
    return frozenset(k for k in common if along[k] < _SHARED_NEIGHBOURS or pages_of[k] > 2 * along[k])
