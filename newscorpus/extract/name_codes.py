"""One word in capitals or with dots, told by the words around it: a caption's capitals, a lawmaker's
party tag, initials opening a longer name, a state's postal code after a town."""

from __future__ import annotations

import re

from .mentions import Mention
from .name_runs import INITIALS, Ctx, opens_longer_run
from .name_tokens import Tok
from .place_lists import PLACE_ALIASES, US_STATE_CODES
from .text import fold_name

# A party and a state after a lawmaker's name: "D-Minn", "R-Texas", "D-N.Y".
_PARTY_TAG = re.compile(r"^[DRI]-(?P<state>[A-Z][\w.]*)$")
# A market index's name before its code in brackets ("Shanghai Composite (SHCOMP)", "Kospi Index (KOSPI)").
_INDEX_BEFORE = re.compile(r"\b(?:Index|Average|Composite)\s*\($")
# A town's name and a comma before a state's postal code ("Raleigh, NC", "St. Louis, MO").
_TOWN_COMMA = re.compile(r"\b[A-Z][\w.'’-]*,\s+$")


def short_form(part: list[Tok], text: str, ctx: Ctx) -> list[Mention] | None:
    """Return what one word in capitals or with dots stands for, or None to classify it like any run.

    "COVIC" in a caption set in capitals is the name the story writes "Covic", no acronym; "K.J."
    alone after "K.J. Choi" is a person's initials; "D-Minn" after a lawmaker's name is the state
    the member stands for; "NC" after "Raleigh, " is North Carolina, as listings of concerts and
    events write a town's state, and no acronym's body.
    """
    paragraph = ctx.paragraph
    if text.isupper() and len(text) > 3 and text.capitalize() in ctx.seen_inside:
        return []
    tag = _PARTY_TAG.match(text)
    if tag is not None:
        start = part[0].start + tag.start("state")
        end = part[0].end + (paragraph[part[0].end : part[0].end + 1] == ".")
        state = paragraph[start:end]
        if state in PLACE_ALIASES or fold_name(state) in ctx.gaz.countries:
            return [Mention("place", state, ctx.index, start, end)]
        return []
    if INITIALS.match(text) and text not in PLACE_ALIASES and opens_longer_run(text, ctx):
        return []
    if _INDEX_BEFORE.search(paragraph[max(0, part[0].start - 20) : part[0].start]):
        return []  # "Shanghai Composite (SHCOMP)": a market index's code
    return _after_town(part[0], ctx)


def _after_town(word: Tok, ctx: Ctx) -> list[Mention] | None:
    """Return the state a postal code after a town and a comma names ("Raleigh, NC"), nothing for the
    rest of a city's name ("Washington, D.C."), or None when no town comes before."""
    if not _TOWN_COMMA.search(ctx.paragraph[max(0, word.start - 40) : word.start]):
        return None
    if word.text in US_STATE_CODES:
        return [Mention("place", US_STATE_CODES[word.text], ctx.index, word.start, word.end)]
    dotted = word.text + "."
    if dotted in PLACE_ALIASES and ctx.paragraph[word.end : word.end + 1] == ".":
        # "St. Paul, Minn., said": the state's abbreviation, its full stop read as a sentence's.
        return [Mention("place", dotted, ctx.index, word.start, word.end + 1)]
    return [] if word.text in ("D.C.", "DC") else None
