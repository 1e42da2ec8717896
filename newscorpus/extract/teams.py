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

from .cues import TITLES
from .gazetteer import PLACE_ALIASES, Gazetteer
from .mentions import Mention
from .text import fold_name, words

# Words of sports copy: a story holding several is about sport (L3S-GN1 football, cricket, tennis
# and American football pages).
SPORT_WORDS = words(
    """
    goal goals scored scorer striker midfielder defender goalkeeper quarterback touchdown touchdowns
    innings wicket wickets batsman bowler semi-final quarter-final playoff playoffs tournament
    championship fixture fixtures squad stadium coach linebacker rebounds penalty penalties
    equaliser equalizer free-kick hat-trick baseball soccer cricket rugby rushing bowled
    """
)
# Words left out because business and politics use them too: season, points, win, draw, club
# ("the Paris Club"), manager, team, game, cup, match, seed, pitch.
# Fewest distinct sports words for a story to be about sport.
_MIN_SPORT_WORDS = 3
# Their first letters looked at first: most words of a story open on none of them and are turned away at once.
_SPORT_OPENING = "".join(sorted({re.escape(w[0].lower()) for w in SPORT_WORDS}))
_SPORT_WORD = re.compile(rf"\b(?=[{_SPORT_OPENING}])(?:{'|'.join(sorted(SPORT_WORDS))})\b", re.IGNORECASE)
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
# "the" right before a name, as before a team's nickname ("the Broncos") and no person's.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Plurals after a town's name that name events held there, not clubs.
_EVENT_PLURALS = frozenset({"Games", "Olympics", "Championships", "Talks", "Accords", "Awards", "Open", "Finals"})
# Words before a name that place something in the town: "the News in Portsmouth".
_IN_TOWN = re.compile(r"\b(?:in|at|near|outside)\s+$")


def as_teams(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with places that stand for a team in a sports story made organisations,
    and clubs named by a town and a plural ("Houston Astros", "Baltimore Orioles").
    """
    sport = _about_sport(paragraphs)
    # Surnames of the story's people are theirs ("David Moyes' team", "Grant hopes").
    # A name the words mark as a person's anywhere is a person's everywhere ("says Covic" … "Covic is pushing").
    surnames = {m.text.split()[-1] for m in mentions if m.person_cue}
    teams = {
        m.text
        for m in mentions
        if sport and _town_or_unknown(m) and m.text not in surnames and _team_words(m, paragraphs)
    }
    # "a Baltimore Orioles teammate", "traded to the Houston Astros": a club in any story, and its
    # nickname alone after "the" in a story about sport ("the Broncos", "the Sooners").
    nicknames = {m.text.split()[-1] for m in mentions if _club_named(m, paragraphs, gaz)}
    return [
        dataclasses.replace(m, kind="organization", person_cue=False, otherwise=None)
        if _club_named(m, paragraphs, gaz)
        or (_town_or_unknown(m) and m.text in teams and not _IN_TOWN.search(paragraphs[m.paragraph][: m.start]))
        or (sport and m.paragraph >= 0 and _nickname(m, paragraphs, gaz, nicknames, surnames))
        else m
        for m in mentions
    ]


def _club_named(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a town and a plural after an article: "the Houston Astros"."""
    return (
        mention.paragraph >= 0
        and mention.kind != "person"
        and _club(mention.text, gaz)
        and bool(_ARTICLE_BEFORE.search(paragraphs[mention.paragraph][: mention.start]))
    )


def _nickname(
    mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer, nicknames: set[str], surnames: set[str]
) -> bool:
    """Return True for a team's plural nickname alone: "the Broncos", "the Vikings" (not "the Bidens")."""
    text = mention.text
    if mention.kind is not None or mention.person_cue or " " in text:
        return False
    if text in nicknames:
        return True
    # Not a family ("the Steinbergs", "the Bidens": a surname or given name and an s) nor "Drs".
    family = text[:-1] in gaz.given_names or text[:-1] in surnames or fold_name(text[:-1]) in TITLES
    plural = text.endswith("s") and not text.isupper() and not family and fold_name(text) not in gaz.places
    return plural and bool(_THE_BEFORE.search(paragraphs[mention.paragraph][: mention.start]))


def _town_or_unknown(mention: Mention) -> bool:
    """Return True for a place, or one word the finder could not place that no word marks a person ("Everton")."""
    unknown = mention.kind is None and not mention.person_cue and " " not in mention.text
    return (mention.kind == "place" or unknown) and not any(c.isdigit() for c in mention.text)


def _club(name: str, gaz: Gazetteer) -> bool:
    """Return True for a town and a capitalised plural: a club ("Houston Astros", "New York Knicks").

    Not an event held in the town ("the London Olympics", "the Beijing Games").
    """
    *town, plural = name.split()
    return (
        1 <= len(town) <= 2
        and plural not in _EVENT_PLURALS
        and fold_name(" ".join(town)) not in gaz.towns  # "the Golden Globes"
        and fold_name(" ".join(town)) in gaz.places
        and " ".join(town) not in PLACE_ALIASES
        and plural.endswith("s")
        and plural[:1].isupper()
        and not plural.isupper()
        and fold_name(plural) not in gaz.places
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
