"""Sports bodies known by their shape: clubs, leagues' divisions and bookmakers quoting odds.

"AC Milan", "Real Madrid" and "Wigan Athletic" are clubs by a club's word before or after a
town's name; "AFC West" is a division of a league; "priced at 5/6 with Paddy Power" names the
bookmaker offering the odds; "Ottawa 67s" and "Philadelphia 76ers" are clubs by the number and plural
after the town (the finder reads no digits in a name). The finder could not place these names (a club word is no
organisation's cue, a bookmaker's name is shaped like a person's), so they are made
organisations here, in any story.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .mentions import Mention
from .text import fold_name, words

# Words that open a football club's name before its town: "AC Milan", "Inter Milan", "Real
# Madrid", "Sporting Lisbon", "Borussia Dortmund". Not "Real" before a thing ("Real Estate"):
# the town must follow.
CLUB_OPENERS = words("AC AS FC SC SV VfB VfL Real Inter Sporting Atletico Atlético Borussia Dynamo Dinamo Olympique")
# Words that close a club's name after its town: "Wigan Athletic", "Bristol Rovers", "Brighton
# and Hove Albion". Not "City", "County" or "Town": "Mexico City", "Orange County" are places.
CLUB_CLOSERS = words("Athletic Rovers Wanderers Albion Hotspur Argyle Rangers Celtic Hibernian")
# Leagues split in divisions by compass point: "AFC West", "NFC North".
_DIVISION = re.compile(r"^(?:AFC|NFC) (?:North|South|East|West)$")
# Betting odds, then the bookmaker offering them: "9/1 with Stan James", "an 8/1 shot with Sky Bet".
_ODDS_WITH = re.compile(r"\b\d{1,3}/\d{1,3}(?:\s+(?:shot|chance|favourite|favorite))?\s+with\s+$")
# Words of a story about betting, without which "on 9/11 with Sara Lee" is a date.
_BETTING = re.compile(r"\b(?=[bo])(?:odds|odds-on|bookmakers?|bookies|betting)\b", re.IGNORECASE)


# A number and a plural after a town's name: a club's nickname ("67s", "76ers", "49ers"), not a decade.
_NUMBERED = re.compile(r" \d{2,3}(?:ers|s)\b")


def numbered_clubs(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with a place followed by a numbered nickname made the club so named."""
    out = []
    for m in mentions:
        found = _NUMBERED.match(paragraphs[m.paragraph], m.end) if m.kind == "place" and m.paragraph >= 0 else None
        end = found.end() if found else m.end
        text = paragraphs[m.paragraph][m.start : end] if found else m.text
        out.append(dataclasses.replace(m, kind="organization", text=text, end=end) if found else m)
    return out


def as_clubs(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with clubs, divisions and bookmakers made organisations."""
    betting = any(_BETTING.search(p) for p in paragraphs)
    return [
        dataclasses.replace(m, kind="organization", person_cue=False, otherwise=None)
        if m.kind != "organization" and _sports_body(m, paragraphs, gaz, betting=betting)
        else m
        for m in mentions
    ]


def _sports_body(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer, *, betting: bool) -> bool:
    """Return True for a club named by a club word and a town, a league's division, or a bookmaker."""
    if mention.paragraph < 0:
        return False  # a dateline
    if _DIVISION.match(mention.text) or _club_by_word(mention.text, gaz):
        return True
    before = paragraphs[mention.paragraph][max(0, mention.start - 40) : mention.start]
    return betting and mention.kind is None and bool(_ODDS_WITH.search(before))


def _club_by_word(name: str, gaz: Gazetteer) -> bool:
    """Return True for a club's word and a town's name: "Inter Milan", "Bristol Rovers"."""
    parts = name.split()
    if len(parts) < 2 or len(parts) > 4:
        return False
    if parts[0] in CLUB_OPENERS:
        return fold_name(" ".join(parts[1:])) in gaz.places
    return parts[-1] in CLUB_CLOSERS and fold_name(" ".join(parts[:-1])) in gaz.places
