"""Sports teams named by their town or country: "against Reading", "the Portsmouth boss", "No. 3 Oklahoma".

In a story about sport a place's name often stands for its club or national team, and a name no
list holds is often a club's ("against Everton"). A name used
once with a team's words around it is the team wherever the story uses it so, except where the
story places something in it ("the News in Portsmouth"), which is the town.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .gazetteer import PLACE_ALIASES, Gazetteer
from .mentions import Mention
from .text import fold, words

# Words of sports copy: a story holding several is about sport (L3S-GN1 football, cricket, tennis
# and American football pages).
SPORT_WORDS = words(
    """
    goal goals scored scorer striker midfielder defender goalkeeper quarterback touchdown touchdowns
    innings wicket wickets batsman bowler semi-final quarter-final playoff playoffs tournament
    championship fixture fixtures squad stadium coach linebacker rebounds penalty penalties
    """
)
# Words left out because business and politics use them too: season, points, win, draw, club
# ("the Paris Club"), manager, team, game, cup, match, seed, pitch.
# Fewest distinct sports words for a story to be about sport.
_MIN_SPORT_WORDS = 3
_SPORT_WORD = re.compile(rf"\b(?:{'|'.join(sorted(SPORT_WORDS))})\b", re.IGNORECASE)
# A team's words after its name: "Tottenham chairman", "the Portsmouth boss", "Reading took the
# lead", "South Africa have included", "Oklahoma (11-2)".
_TEAM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chairman|boss|manager|coach|striker|midfielder|defender|goalkeeper|captain|player|players|"
    r"fans|supporters|squad|side|team|match|game|international|tour|dressing|defence|defense|have|were|beat|"
    r"won|lost|drew|edged|refused|hit|took|led|trail|trailed|scored)\b|\s*\(\d{1,2}-\d{1,2}\)"
)
# A team's words before its name: "against Reading", "a 2-1 win over Everton", "No. 3 Oklahoma".
_TEAM_BEFORE = re.compile(r"(?:\bagainst|\bbeat|\bbeating|\bdefeated|\bover|\bversus|\bvs\.?|No\.\s*\d{1,3})\s+$")
# An article before a club's name, as before no person's: "traded to the Houston Astros", "a Baltimore
# Orioles teammate" (not "David Wyss", whose first name is a town's too).
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
# Words before a name that place something in the town: "the News in Portsmouth".
_IN_TOWN = re.compile(r"\b(?:in|at|near|outside)\s+$")


def as_teams(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with places that stand for a team in a sports story made organisations,
    and clubs named by a town and a plural ("Houston Astros", "Baltimore Orioles").
    """
    if not _about_sport(paragraphs):
        return list(mentions)
    # Surnames of the story's people are theirs ("David Moyes' team", "Grant hopes").
    surnames = {m.text.split()[-1] for m in mentions if m.person_cue and len(m.text.split()) > 1}
    teams = {m.text for m in mentions if _town_or_unknown(m) and m.text not in surnames and _team_words(m, paragraphs)}
    return [
        dataclasses.replace(m, kind="organization", person_cue=False, otherwise=None)
        if (_club(m.text, gaz) and m.kind != "person" and _ARTICLE_BEFORE.search(paragraphs[m.paragraph][: m.start]))
        or (_town_or_unknown(m) and m.text in teams and not _IN_TOWN.search(paragraphs[m.paragraph][: m.start]))
        else m
        for m in mentions
    ]


def _town_or_unknown(mention: Mention) -> bool:
    """Return True for a place, or one word the finder could not place that no word marks a person ("Everton")."""
    unknown = mention.kind is None and not mention.person_cue and " " not in mention.text
    return (mention.kind == "place" or unknown) and not any(c.isdigit() for c in mention.text)


def _club(name: str, gaz: Gazetteer) -> bool:
    """Return True for a town and a capitalised plural: a club ("Houston Astros", "New York Knicks")."""
    *town, plural = name.split()
    return (
        1 <= len(town) <= 2
        and fold(" ".join(town)) in gaz.places
        and " ".join(town) not in PLACE_ALIASES
        and plural.endswith("s")
        and plural[:1].isupper()
        and not plural.isupper()
        and fold(plural) not in gaz.places
    )


def _about_sport(paragraphs: Sequence[str]) -> bool:
    seen: set[str] = set()
    for paragraph in paragraphs:
        seen.update(m.group().lower() for m in _SPORT_WORD.finditer(paragraph))
        if len(seen) >= _MIN_SPORT_WORDS:
            return True
    return False


def _team_words(mention: Mention, paragraphs: Sequence[str]) -> bool:
    if mention.paragraph < 0:
        return False  # a dateline place
    text = paragraphs[mention.paragraph]
    return bool(
        _TEAM_AFTER.match(text, mention.end) or _TEAM_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
    )
