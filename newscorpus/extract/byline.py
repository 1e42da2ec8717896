"""Bylines and sign-offs: the credit lines above and below a story, taken out of its body."""

from __future__ import annotations

import re

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

_TRAILING_SIGNOFF = re.compile(r"(?<=[.!?)”\"])\s+(?P<signoff>REUTERS?|Reuters?)$")


def split_bylines(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Return the byline lines opening the text ("By Jane Doe"), and the other blocks."""
    found = []
    while len(blocks) > 1 and _BYLINE.match(blocks[0]) and len(blocks[0].split()) <= _BYLINE_MAX_WORDS:
        found.append(blocks[0])
        blocks = blocks[1:]
    return found, blocks


def split_signoff(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Return the wire sign-off closing the text ("Reuter", "(Reporting by …)"), and the body."""
    if len(blocks) > 1 and _SIGNOFF.match(blocks[-1]):
        return blocks[-1], blocks[:-1]
    # A sign-off keyed on the last line of the last paragraph: "… ratios. REUTER".
    tail = _TRAILING_SIGNOFF.search(blocks[-1]) if blocks else None
    if tail and tail.start() > 0:
        return tail.group("signoff"), [*blocks[:-1], blocks[-1][: tail.start()].rstrip()]
    return None, blocks
