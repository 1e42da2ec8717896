"""Bylines and sign-offs: the credit lines above and below a story, taken out of its body."""

from __future__ import annotations

import re

from .byline_cues import (
    BYLINE_LINE,
    EMAIL_AUTHOR,
    FOLLOW_AUTHOR,
    SIGNOFF,
    TAGLINE,
    TRAILING_SIGNATURE,
    TRAILING_SIGNOFF,
)

_BYLINE_MAX_WORDS = 14
# A byline run into the first paragraph, a dash, then the wire's credit and the lede: "By Jane Roe, Senior
# Editor -- (Sports Network) - The Packers return …". The credit stays to open the paragraph.
_RUN_ON_BYLINE = re.compile(r"^(?P<byline>By\s+[A-Z][^()]{2,100}?)\s*(?:--|—|–)\s*(?=\([^()]{2,40}\)\s*(?:--?|—|–)\s)")


def split_bylines(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Return the byline lines opening the text ("By Jane Doe"), and the other blocks."""
    found = []
    while len(blocks) > 1 and BYLINE_LINE.match(blocks[0]) and len(blocks[0].split()) <= _BYLINE_MAX_WORDS:
        found.append(blocks[0])
        blocks = blocks[1:]
    run_on = _RUN_ON_BYLINE.match(blocks[0]) if blocks else None
    if run_on and BYLINE_LINE.match(run_on.group("byline")) and len(run_on.group(0).split()) <= _BYLINE_MAX_WORDS:
        found.append(run_on.group("byline"))
        blocks = [blocks[0][run_on.end() :], *blocks[1:]]
    return found, blocks


def split_signoff(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Return the wire sign-off closing the text ("Reuter", "(Reporting by …)", a columnist's "Jane Roe can be
    reached at …", a writer's "Follow Jane Roe on Twitter" under "Email the author." or after the writer's role),
    and the body."""
    if len(blocks) > 1 and (SIGNOFF.match(blocks[-1]) or TAGLINE.match(blocks[-1])):
        return blocks[-1], blocks[:-1]
    # The writer's closing lines: "Email the author." over "Follow Jane Roe on Twitter: @janeroe".
    if len(blocks) > 2 and EMAIL_AUTHOR.match(blocks[-2]) and FOLLOW_AUTHOR.match(blocks[-1]):
        return blocks[-1], blocks[:-2]
    # "Follow Harbour Gazette reporter Jane Roe on Twitter", the role saying who is followed.
    follow = FOLLOW_AUTHOR.match(blocks[-1]) if len(blocks) > 1 else None
    if follow and follow.group("role"):
        return blocks[-1], blocks[:-1]
    # A sign-off keyed on the last line of the last paragraph: "… ratios. REUTER", "… below. -- Jane Roe".
    tail = (TRAILING_SIGNOFF.search(blocks[-1]) or TRAILING_SIGNATURE.search(blocks[-1])) if blocks else None
    if tail and tail.start() > 0:
        return tail.group("signoff"), [*blocks[:-1], blocks[-1][: tail.start()].rstrip()]
    return None, blocks
