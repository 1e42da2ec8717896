"""The dateline opening a story: its place as written, and the agency credit beside it."""

from __future__ import annotations

import re
from collections.abc import Collection

from .text import fold_name

# The date in a dateline, as wires key it: "March 3", "FEB 26", "FEb 26", "2 March", "Narch 2"
# (a typo: any short word before the day), optionally with the year.
_DATE = r"(?:[A-Za-z]{3,9}\.?\ \d{1,2}|\d{1,2}\ [A-Za-z]{3,9})(?:,\ \d{4})?"
# The dash after a dateline: a colon, hyphens or dashes; in text whose dashes were lost to a
# wrong encoding, a "?" standing alone between spaces ("DENVER (AP) ? Police said").
_DASH = r"(?:[:\-–—]+|\?(?=\s))"
# A leading dateline: an upper-case place, optional region ("TURNBERRY/GLASGOW, Scotland"),
# optional date ("NEW YORK, March 3"), optional agency credit ("(AP)"), then a colon or dash.
# Seen as "BEIRUT:", "HELSINKI (AP) —", "NEW YORK, March 3 -", "WASHINGTON (Reuters) -".
_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*
          (?:\ ?,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)       # region after a comma
        (?:\ ?,?\ (?P<date>{_DATE}),?)?
        \s*(?:,?\s*\((?P<credit>[^()]{{1,40}})\)\s*{_DASH}?|{_DASH})\s+""",
    re.X,
)
# A dateline standing alone in its block, over the story's first paragraph: "NOUAKCHOTT,
# Mauritania --", "QUEENSTOWN, New Zealand (AFP)", "BEVERLY HILLS, Calif., Jan. 8, 2008".
_DATELINE_BLOCK = re.compile(
    rf"""^[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*(?:\ ?,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?
        (?:\ ?,?\ (?P<date>{_DATE}),?)?(?:\s*\([^()]{{1,40}}\))?\s*(?:[:\-–—]+|\?)?$""",
    re.X,
)
# An agency credit alone in its block, under a dateline block: "(AP)".
_CREDIT_BLOCK = re.compile(r"^\((?P<credit>[A-Za-z][\w .&-]{0,38})\)\s*(?:[:\-–—]+)?$")
# A dateline whose place is written in title case ("New York, March 31 -"): only taken with a
# date after it, since a title-case word and a dash is otherwise just the start of a sentence.
_TITLE_CASE_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][a-z]+(?:\ [A-Za-z][a-z]+){{0,2}}(?:,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)
        \ ?,\ (?P<date>{_DATE}),?
        \s*(?:\((?P<credit>[^()]{{1,40}})\))?
        \s*{_DASH}\s+""",
    re.X,
)
# A dateline in title case without a date ("Indianapolis – Several thousand teachers …", "Dekalb, Ill.
# — Mike Glass threw …"), as some hosts rewrite the wire's capitals: only a long dash stands for a
# dateline's dash here, and the place must be a known one or carry a state's abbreviation.
_PLAIN_DATELINE = re.compile(
    r"""^(?P<place>(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})
        (?:,\ (?P<region>[A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*))?)
        (?P<date>(?!))?\s*(?:\((?P<credit>[^()]{1,40})\))?\s+(?:[–—]|--)\s+(?=[A-Z0-9"“‘'])""",
    re.X,
)
# A dateline alone in its block is at most this many words.
_DATELINE_BLOCK_WORDS = 10
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


def split_dateline(blocks: list[str], places: Collection[str] = frozenset()) -> tuple[re.Match[str] | None, list[str]]:
    """Return the dateline opening the first paragraph, and the blocks without it.

    places (folded names) lets a title-case place with no date count: "Indianapolis – …".
    """
    if not blocks:
        return None, blocks
    match = _DATELINE.match(blocks[0]) or _TITLE_CASE_DATELINE.match(blocks[0]) or _plain_dateline(blocks[0], places)
    if not match:
        return None, blocks
    place = match.group("place").strip()
    if place.split(",")[0].strip() in _NOT_DATELINES or not any(c.isalpha() for c in place):
        return None, blocks
    # The story after a dateline opens a sentence; "NATO - the alliance said" is an acronym, not a place.
    rest = blocks[0][match.end() :]
    # Without a date, a lower-case start means no dateline ("NATO - the alliance said"); with one,
    # it is a dateline whatever follows (some wires key whole stories in lower case).
    if not rest or (rest[0].islower() and not match.group("date")):
        return None, blocks
    return match, [rest, *blocks[1:]]


def _plain_dateline(text: str, places: Collection[str]) -> re.Match[str] | None:
    """Return a title-case dateline without a date when its place is known or has a state after it."""
    match = _PLAIN_DATELINE.match(text) if places else None
    if match is None:
        return None
    region = match.group("region")
    known = fold_name(match.group("city")) in places or (region is not None and fold_name(region) in places)
    return match if known or (region is not None and region.endswith(".")) else None


def join_dateline_block(blocks: list[str]) -> list[str]:
    """Return the blocks with a dateline standing alone at the top joined to the paragraph under it.

    A credit alone under it ("BEVERLY HILLS, Calif., Jan. 8, 2008" then "(AP)") joins it too, and a
    paragraph that repeats the credit ("(AP) The film …") loses the repeat.
    """
    if len(blocks) < 2 or not is_dateline_block(blocks[0]):
        return blocks
    head, rest = blocks[0].rstrip(), blocks[1:]
    credit = _CREDIT_BLOCK.match(rest[0])
    if credit and len(rest) > 1:
        head = f"{head.rstrip(' :-–—?')} ({credit.group('credit')})"
        rest = rest[1:]
    if credit and rest[0].startswith(f"({credit.group('credit')})"):
        rest = [rest[0][len(credit.group("credit")) + 2 :].lstrip(" :-–—"), *rest[1:]]
    dash = "" if head[-1:] in ":-–—?" else " —"
    return [f"{head}{dash} {rest[0]}", *rest[1:]]


def is_dateline_block(text: str) -> bool:
    """Return True for a block that is a dateline and nothing else ("BEIJING --", "PARIS (AFP)")."""
    match = _DATELINE_BLOCK.match(text)
    if len(text.split()) > _DATELINE_BLOCK_WORDS or not match:
        return False
    place = text.split(",", maxsplit=1)[0].split("(", maxsplit=1)[0].strip(" -–—:?")
    # Upper case and a date, credit or dash: "LIVE" or "WATCH" alone are labels, "ROME" alone a menu entry.
    return (
        place not in _NOT_DATELINES
        and any(c.isalpha() for c in place)
        and ("(" in text or text.rstrip()[-1:] in ":-–—?" or match.group("date") is not None)
    )


def is_credit_block(text: str) -> bool:
    """Return True for an agency credit alone in its block ("(AP)"), as set under a dateline block."""
    return _CREDIT_BLOCK.match(text) is not None


def looks_like_dateline(line: str) -> bool:
    """Return True when a line opens like a dateline, so it is no headline ("BEIRUT:")."""
    probe = line + " x"
    return _DATELINE.match(probe) is not None or _TITLE_CASE_DATELINE.match(probe) is not None
