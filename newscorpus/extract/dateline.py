"""The dateline opening a story: its place as written, and the agency credit beside it."""

from __future__ import annotations

import re

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


def split_dateline(blocks: list[str]) -> tuple[re.Match[str] | None, list[str]]:
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


def looks_like_dateline(line: str) -> bool:
    """Return True when a line opens like a dateline, so it is no headline ("BEIRUT:")."""
    return _DATELINE.match(line + " x") is not None
