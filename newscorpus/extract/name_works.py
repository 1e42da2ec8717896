"""Titles of works and venues read as people's names: "2016's Star Trek Beyond", "the fourth Star Trek
film", "at Heinz Field".

A film, a series or a game is titled in capitals like a person ("Star Trek" reads as a given name and
a surname), but the words around it say what it is: a year's possessive before it, as only works and
events are dated ("2009's Star Trek"), or a noun for a work after it ("the Star Trek film", "a Space
Fleet sequel"). A person can be named before such a noun too ("a Woody Allen film", "the Spielberg
movie": the notes label them), so that noun makes a work only of a name of two words or more that no
given name opens, or that opens a longer name of the story ("Star Trek" and "Star Trek Beyond"), as
sequels are titled and people are not. The title and every longer name it opens lose the person's
reading. A venue whose name ends in a surname-like word for grounds ("Heinz Field", "Marlow Park") is
no person where the story has something happen at it ("at Heinz Field", "in Marlow Park"): venues are
neither bodies nor places here, so it loses the person's reading and is no entity. A model's name
ends in a word for its edition ("Mac Pro", "Galaxy Ultra"), which no surname is. A character is
named with the actor who plays it in brackets ("Doctor Strange (Benedict Cumberbatch)"): a name
opened by a title, a role or a word no given name, before a bracketed full name of another surname,
is a role, no person; "William Wallace (Mel Gibson)" is a person played.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import PERSON_ROLES
from .gazetteer import Gazetteer
from .mentions import Mention
from .name_runs import is_title
from .text import fold_name

# A year's possessive right before a name: "2016's", "1999’s".
_DATED = re.compile(r"\b(?:1[89]|20)\d\d['’]s\s+$")
# A noun for a work right after a name: "film", "movie series", "spin-off".
_WORK_AFTER = re.compile(
    r"\s+(?:(?:film|movie|tv|television|video)\s+)?(?:film|movie|franchise|series|sequel|prequel|trilogy|"
    r"saga|spin-off|reboot|remake|game|videogame|musical|novel|album|soundtrack)s?\b",
    re.IGNORECASE,
)

# A word for grounds or a hall ending a venue's name, and the preposition of being there before it.
_VENUE_WORDS = frozenset({"field", "park", "stadium", "arena", "coliseum", "dome", "centre", "center", "gardens"})
# Last words of events', games' and franchises' names, never a family name: a person's given name before one names
# the event ("Rose Bowl", "Rose Parade", "Stanley Cup", "Bob Hope Chrysler Classic", "Star Wars", "Davis Cup Finals",
# "Stanley Cup Final", "Monaco Grand Prix"), or an edition of a product ("Premiere Edition").
_EVENT_WORDS = frozenset(
    {
        "bowl",
        "parade",
        "classic",
        "cup",
        "championship",
        "championships",
        "festival",
        "marathon",
        "awards",
        "trophy",
        "invitational",
        "olympics",
        "wars",
        "edition",
        "final",
        "prix",
    }
)
# Last words of products' model names.
_MODEL_WORDS = frozenset({"pro", "plus", "ultra", "mini"})
_AT_BEFORE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$")
# A full name alone in brackets right after a name: the actor playing a character.
_PLAYED_BY = re.compile(r"\s*\((?P<given>[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'.-]+)?\s+(?P<surname>[A-Z][\w’'-]+)\)")


def not_works(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions without the people's readings of the titles of works the story names."""
    names = {m.text for m in mentions}
    titles = {m.text for m in mentions if m.kind in ("person", None) and _titled(m, paragraphs, names, gaz)}
    venues = {
        m.text
        for m in mentions
        if m.kind in ("person", None) and (_venue(m, paragraphs) or _model(m.text) or _event(m.text))
    }
    venues |= {m.text for m in mentions if m.kind in ("person", None) and _character(m, paragraphs, gaz)}
    if not titles and not venues:
        return list(mentions)
    return [
        m for m in mentions if m.kind not in ("person", None) or not (_opened_by(m.text, titles) or m.text in venues)
    ]


def _event(text: str) -> bool:
    words = text.split()
    last = words[-1].lower() if len(words) > 1 else ""
    return last in _EVENT_WORDS or (last.endswith("s") and last[:-1] in _EVENT_WORDS)  # "two Rose Bowls"


def _model(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].lower() in _MODEL_WORDS


def _venue(mention: Mention, paragraphs: Sequence[str]) -> bool:
    words = mention.text.split()
    paragraph = paragraphs[mention.paragraph]
    if len(words) < 2 or words[-1].lower() not in _VENUE_WORDS or paragraph[mention.end :].startswith(("'s", "’s")):
        return False  # "at Tom Field's home" is a person's
    return bool(_AT_BEFORE.search(paragraph, max(0, mention.start - 12), mention.start))


def _character(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a name the full name of an actor of another surname follows in brackets."""
    actor = _PLAYED_BY.match(paragraphs[mention.paragraph], mention.end) if mention.paragraph >= 0 else None
    # "Doctor Strange", "Black Panther", "Captain America" (the title split off), not "William Wallace
    # (Mel Gibson)": a historical person played.
    before = paragraphs[mention.paragraph][: mention.start].split()[-1:] if actor else []
    first = before[0] if before and before[0][:1].isupper() and is_title(before[0]) else mention.text.split()[0]
    role = first not in gaz.given_names or is_title(first) or fold_name(first) in PERSON_ROLES
    return (
        actor is not None
        and role
        and actor.group("given") in gaz.given_names
        and actor.group("surname") != mention.text.split()[-1]
    )


def _titled(mention: Mention, paragraphs: Sequence[str], names: set[str], gaz: Gazetteer) -> bool:
    paragraph = paragraphs[mention.paragraph]
    if _DATED.search(paragraph, max(0, mention.start - 12), mention.start):
        return True
    words = mention.text.split()
    if len(words) < 2 or not _WORK_AFTER.match(paragraph, mention.end):
        return False
    return words[0] not in gaz.given_names or any(name.startswith(mention.text + " ") for name in names)


def _opened_by(text: str, titles: set[str]) -> bool:
    return text in titles or any(text.startswith(title + " ") for title in titles)
