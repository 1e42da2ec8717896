"""The dateline opening a story: its place as written, and the agency credit beside it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from .agency_names import AGENCIES
from .dateline_patterns import (
    CREDIT_BLOCK,
    DASHLESS_DATELINE,
    DATELINE,
    DATELINE_BLOCK,
    GLUED_SLASHED_DATELINE,
    PLAIN_DATELINE,
    PRESS_RELEASE_DATELINE,
    SLASHED_DATELINE,
    TITLE_CASE_DATELINE,
)
from .place_lists import NOT_DATELINES
from .text import fold_name

# A letter's salutation opens like a dateline in capitals and a colon: "DEAR WORRIED IN OHIO: …", the
# reply to a letter in an advice column. Never a place.
_SALUTATION = re.compile(r"^\W*(?:DEAR|Dear)\s")

# An interview sets each turn under its speaker's label in capitals and a colon, as a dateline is
# written: "Q: Why now?", "AP: Did you ask him?", "KING: Welcome back." A wire's name or a letter or
# two is never the place, and a label that opens another paragraph of the page is a speaker's: a
# dateline opens a story once.
_WIRE_NAMES = frozenset(fold_name(form) for forms in AGENCIES.values() for form in forms)
_LABEL_MAX_LETTERS = 2

# A dateline alone in its block is at most this many words.
_DATELINE_BLOCK_WORDS = 10
# A story's summary lines over its first paragraph ("Story highlights …"), at most this many of them: the
# dateline opens the paragraph under them.
_HIGHLIGHTS = re.compile(r"^\W*story highlights\b", re.I)
_HIGHLIGHT_LINES = 4


def split_dateline(blocks: list[str], places: Collection[str] = frozenset()) -> tuple[re.Match[str] | None, list[str]]:
    """Return the dateline opening the first paragraph, and the blocks without it.

    places (folded names) lets a title-case place with no date count: "Indianapolis – …". A press
    release's dateline after its summary in the same paragraph is found there, the summary kept; under
    the story's highlights ("Story highlights …"), the paragraph under them opens with it, they are kept.
    """
    if blocks and _HIGHLIGHTS.match(blocks[0]):
        for k in range(1, min(len(blocks), _HIGHLIGHT_LINES + 1)):
            found, after = _opening_dateline(blocks[k:], places)
            if found is not None:
                return found, [*blocks[:k], *after]
        return None, blocks
    return _opening_dateline(blocks, places)


def _opening_dateline(blocks: list[str], places: Collection[str]) -> tuple[re.Match[str] | None, list[str]]:
    """Return the dateline opening the first block, and the blocks without it (see split_dateline)."""
    if not blocks or _SALUTATION.match(blocks[0]):
        return None, blocks
    release = PRESS_RELEASE_DATELINE.match(blocks[0]) or SLASHED_DATELINE.match(blocks[0])
    glued = GLUED_SLASHED_DATELINE.search(blocks[0]) if release is None else None
    if glued is not None:
        # The summary stays the story's first paragraph; the dateline opens the next.
        summary, lede = blocks[0][: glued.start()], blocks[0][glued.end() :]
        found, after = _opening_dateline([lede, *blocks[1:]], places)
        return (found, [summary, *after]) if found is not None else (None, blocks)
    if release:
        blocks = [f"{release.group('place')} ({release.group('credit')}) — {blocks[0][release.end() :]}", *blocks[1:]]
    match = (
        DATELINE.match(blocks[0])
        or TITLE_CASE_DATELINE.match(blocks[0])
        or _plain_dateline(blocks[0], places)
        or DASHLESS_DATELINE.match(blocks[0])
    )
    if (
        not match
        or _speaker_label(blocks[0], match, speaker_labels(blocks[1:], least=1))
        or _market_code(blocks[0], match, places)
    ):
        return None, blocks
    place = match.group("place").strip()
    if _label_word(place) or not any(c.isalpha() for c in place):
        return None, blocks
    # The story after a dateline opens a sentence; "NATO - the alliance said" is an acronym, not a place.
    rest = blocks[0][match.end() :]
    # Without a date, a lower-case start means no dateline ("NATO - the alliance said"); with one,
    # it is a dateline whatever follows (some wires key whole stories in lower case).
    if not rest or (rest[0].islower() and not match.group("date")):
        return None, blocks
    return match, [rest, *blocks[1:]]


def speaker_labels(texts: Iterable[str], *, least: int = 2) -> frozenset[str]:
    """Return the labels in capitals and a colon ("KING:") that open at least least of texts: speakers' turns."""
    seen: Counter[str] = Counter()
    for text in texts:
        label = _colon_label(text)
        if label:
            seen[label] += 1
    return frozenset(label for label, n in seen.items() if n >= least)


def _colon_label(text: str, match: re.Match[str] | None = None) -> str | None:
    """Return the opening of a line in capitals and a colon alone ("Q:", "BEIRUT:"), or None.

    match is DATELINE's match of the line when the caller has it already.
    """
    match = match or DATELINE.match(text + " x")
    if match is None or match.re is not DATELINE or match.group("date") or match.group("credit"):
        return None
    opening = text[: match.end()].rstrip()
    return opening if opening.endswith(":") else None


def _speaker_label(text: str, match: re.Match[str], labels: Collection[str] = frozenset()) -> bool:
    """Return True when a dateline-shaped opening is a speaker's label: a wire's name, a letter or two,
    or a label other turns of the page open with."""
    label = _colon_label(text, match)
    if label is None:
        return False
    place = fold_name(match.group("place"))
    letters = sum(1 for c in place if c.isalpha())
    return place in _WIRE_NAMES or letters <= _LABEL_MAX_LETTERS or label in labels


def _market_code(text: str, match: re.Match[str], places: Collection[str]) -> bool:
    """Return True when a capitals "dateline" is a company and its market code, no dash after them.

    A headline keyed over a wire story names a company by its code in brackets: "ALCAN (AL) TO CLOSE
    SMELTER", "CANON INC (CANN.T) YEAR NET". A dateline's credit in brackets is a wire, or follows a
    known place (places: folded names), and a dash comes after it ("LONDON (AP) —"); without the dash,
    a bracket naming no wire after a name that is no known place is a code, and the line no dateline.
    """
    credit = match.group("credit") if match.re is DATELINE else None
    if credit is None or any(c in text[match.end("credit") : match.end()] for c in ":-–—?"):
        return False
    return fold_name(credit) not in _WIRE_NAMES and fold_name(match.group("place").split(",")[0]) not in places


def _plain_dateline(text: str, places: Collection[str]) -> re.Match[str] | None:
    """Return a title-case dateline without a date when its place is known or has a state after it."""
    match = PLAIN_DATELINE.match(text) if places else None
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
    credit = CREDIT_BLOCK.match(rest[0])
    if credit and len(rest) > 1:
        head = f"{head.rstrip(' :-–—?')} ({credit.group('credit')})"
        rest = rest[1:]
    if credit and rest[0].startswith(f"({credit.group('credit')})"):
        rest = [rest[0][len(credit.group("credit")) + 2 :].lstrip(" :-–—"), *rest[1:]]
    dash = "" if head[-1:] in ":-–—?" else " —"
    return [f"{head}{dash} {rest[0]}", *rest[1:]]


def is_dateline_block(text: str) -> bool:
    """Return True for a block that is a dateline and nothing else ("BEIJING --", "PARIS (AFP)")."""
    match = DATELINE_BLOCK.match(text)
    if len(text.split()) > _DATELINE_BLOCK_WORDS or not match or _SALUTATION.match(text):
        return False
    place = text.split(",", maxsplit=1)[0].split("(", maxsplit=1)[0].strip(" -–—:?")
    # Upper case and a date, credit or dash: "LIVE" or "WATCH" alone are labels, "ROME" alone a menu entry.
    return (
        place not in NOT_DATELINES
        and any(c.isalpha() for c in place)
        and ("(" in text or text.rstrip()[-1:] in ":-–—?" or match.group("date") is not None)
    )


def is_credit_block(text: str) -> bool:
    """Return True for an agency credit alone in its block ("(AP)"), as set under a dateline block."""
    return CREDIT_BLOCK.match(text) is not None


def looks_like_dateline(line: str, labels: Collection[str] = frozenset()) -> bool:
    """Return True when a line opens like a dateline, so it is no headline ("BEIRUT:").

    labels are the speakers' labels of the page (`speaker_labels`): a line opening with one is a
    turn of an interview.
    """
    if _SALUTATION.match(line):
        return False
    probe = line + " x"
    match = DATELINE.match(probe)
    if match is not None:
        # A label over a wire's headline ("CORRECTED - GM SEES RISE", "UPDATE: …") is no place, as in `split_dateline`.
        label = _label_word(match.group("place"))
        return not label and not _speaker_label(line, match, labels) and not _market_code(probe, match, ())
    return TITLE_CASE_DATELINE.match(probe) is not None


def _label_word(place: str) -> bool:
    """Return True when what a dateline's pattern read as its place is a label over the text ("CORRECTED", "UPDATE
    2", "NOTE"), not a place."""
    return place.split(",", maxsplit=1)[0].strip() in NOT_DATELINES
