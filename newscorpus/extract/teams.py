"""Sports teams named by their town or country: "against Reading", "the Portsmouth boss", "No. 3 Oklahoma".

In a story about sport a place's name often stands for its club or national team, and a name no
list holds is often a club's ("against Everton"). A name used
once with a team's words around it is the team wherever the story uses it so, except where the
story places something in it ("the News in Portsmouth"), which is the town.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .cues import TITLES
from .gazetteer import Gazetteer, country_names
from .mentions import Mention
from .name_genders import faker_surnames
from .name_junk import is_nationality
from .place_lists import PLACE_ALIASES, UK_NATIONS
from .team_words import (
    ARTICLE_BEFORE,
    CLUB_ROLE,
    EVENT_PLURALS,
    IN_TOWN,
    LIST_JOIN,
    NATIONAL_ROLE,
    NICKNAME_OPENERS,
    PLURAL_VERB,
    POSSESSIVE,
    RECORD_AFTER,
    SENTENCE_OPENING,
    SINGULAR_NICKNAMES,
    SPORT_WORD,
    TEAM_AFTER,
    TEAM_BEFORE,
    THE_BEFORE,
)
from .text import fold_name

# Fewest distinct sports words for a story to be about sport.
_MIN_SPORT_WORDS = 3


def as_teams(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with places that stand for a team in a sports story made organisations,
    and clubs named by a town and a plural ("Houston Astros", "Baltimore Orioles").
    """
    sport = _about_sport(paragraphs)
    # Surnames of the story's people are theirs ("David Moyes' team", "Grant hopes").
    # A name the words mark as a person's anywhere is a person's everywhere ("says Covic" … "Covic is pushing").
    surnames = {m.text.split()[-1] for m in mentions if m.person_cue}
    # "Philadelphia's Brian Westbrook": a player after a town's possessive plays for its team.
    players = {(m.paragraph, m.start) for m in mentions if m.kind == "person" or m.person_cue}
    teams = {
        m.text
        for m in mentions
        if sport
        and _town_or_unknown(m)
        and m.text not in surnames
        and (_team_words(m, paragraphs) or _before_player(m, paragraphs, players))
    }
    # "former England manager Steve McClaren", "the Brazil captain": a country before a national side's
    # role is its team in any story, whether or not its words are sport's.
    teams |= {m.text for m in mentions if _national_side(m, paragraphs, gaz)}
    teams |= {m.text for m in mentions if _town_and_role(m, paragraphs, players) and m.text not in surnames}
    teams |= {m.text for m in mentions if _plural_town(m, paragraphs, gaz) and m.text not in surnames}
    # "a Baltimore Orioles teammate", "traded to the Houston Astros": a club in any story, and its
    # nickname alone after "the" in a story about sport ("the Broncos", "the Sooners").
    clubs = [m.text.split() for m in mentions if _club_named(m, paragraphs, gaz, sport=sport)]
    nicknames = {club[-1] for club in clubs}
    if sport:
        # "The Montreal Canadiens" ... "Montreal is 3-1-1": the town of a club the story names stands for it.
        teams |= {" ".join(club[:-1]) for club in clubs}
        # "between Chelsea and Everton": a place listed with a name no list holds that is a team's; not a
        # surname the story writes in a person's full name ("Nolan and Martz" after "Mike Martz").
        family = surnames | {m.text.split()[-1] for m in mentions if m.kind == "person"}
        listed = [m for m in mentions if _town_or_unknown(m) and m.paragraph >= 0 and m.text not in family]
        teams |= _listed_with(teams, listed, paragraphs)
    # A nickname once after "the" is the club's wherever the story writes it ("Kiwis coach").
    family = surnames | {m.text.split()[-1] for m in mentions if m.kind == "person"}
    alone = {m.text for m in mentions if sport and _nickname(m, paragraphs, gaz, nicknames, family)}
    made = [
        dataclasses.replace(m, kind="organization", person_cue=False, otherwise=None)
        if _club_named(m, paragraphs, gaz, sport=sport)
        or (_town_or_unknown(m) and m.text in teams and not IN_TOWN.search(paragraphs[m.paragraph][: m.start]))
        or (m.kind in (None, "person") and m.text in alone)
        else m
        for m in mentions
    ]
    return _unplaced_nations(made, paragraphs) if sport else made


def _unplaced_nations(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with a nation of the kingdom that sport copy never places anything in left
    unplaced ("Wales" of a team sheet is the side, "in Wales" the land): no team word told which."""
    placed = {
        m.text
        for m in mentions
        if m.kind == "place" and m.paragraph >= 0 and IN_TOWN.search(paragraphs[m.paragraph][: m.start])
    }
    return [
        dataclasses.replace(m, kind=None)
        if m.kind == "place" and m.text in UK_NATIONS and m.text not in placed and m.paragraph >= 0
        else m
        for m in mentions
    ]


def _club_named(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer, *, sport: bool) -> bool:
    """Return True for a town and a plural after an article or opening a sentence ("the Houston Astros",
    "Houston Astros beat …"), before a season's record ("the surging Washington Redskins (8-7)"), or in
    sport copy a plural no one's name ends with."""
    if mention.paragraph < 0 or mention.kind == "person" or not _club(mention.text, gaz):
        return False
    paragraph = paragraphs[mention.paragraph]
    before = paragraph[: mention.start]
    if ARTICLE_BEFORE.search(before) or SENTENCE_OPENING.search(before) or RECORD_AFTER.match(paragraph, mention.end):
        return True
    # "London Wasps director of rugby": in a story about sport, a plural no one bears as a surname
    # ("Jordan Hayes") nor is a given name's ("Austin Matthews"), after a city or country, is a club's
    # nickname wherever written; elsewhere it is as often a surname the lists lack ("Stephanopoulos").
    plural = mention.text.rsplit(maxsplit=1)[-1]
    return sport and plural not in faker_surnames() and plural[:-1] not in gaz.given_names


def _nickname(
    mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer, nicknames: set[str], surnames: set[str]
) -> bool:
    """Return True for a team's plural nickname alone: "the Broncos", "the Vikings" (not "the Bidens"),
    also where the words after mark a person ("the Bulls, who have split their last four games"), unless
    a surname list holds it ("the Jones, who")."""
    text = mention.text
    if mention.paragraph < 0 or mention.kind is not None or " " in text:
        return False
    if mention.person_cue and text in faker_surnames() and text not in SINGULAR_NICKNAMES:
        return False
    if text in nicknames:
        return True
    # Not a family ("the Steinbergs", "the Bidens": a surname or given name and an s) nor "Drs".
    family = text[:-1] in gaz.given_names or text[:-1] in surnames or fold_name(text[:-1]) in TITLES
    plural = text.endswith("s") and not text.isupper() and not family and fold_name(text) not in gaz.places
    nickname = plural or text in SINGULAR_NICKNAMES  # "the Lightning", "the Wild"
    return nickname and bool(THE_BEFORE.search(paragraphs[mention.paragraph][: mention.start]))


def _listed_with(teams: set[str], towns: Sequence[Mention], paragraphs: Sequence[str]) -> set[str]:
    """Return the places listed with a team: "Croatia, Germany, Netherlands and Austria all qualified",
    "Path A: Iceland, Bulgaria/Israel/Hungary": one list of sport copy names one kind of thing."""
    found: set[str] = set()
    chain: list[Mention] = []
    for mention in [*towns, None]:
        last = chain[-1] if chain else None
        if (
            mention is not None
            and last is not None
            and mention.paragraph == last.paragraph
            and LIST_JOIN.fullmatch(paragraphs[mention.paragraph], last.end, mention.start)
        ):
            chain.append(mention)
            continue
        if any(m.text in teams for m in chain):
            found.update(m.text for m in chain)
        chain = [mention] if mention is not None else []
    return found


def _national_side(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a country a national side's role follows ("England manager"), not a region's
    ("its Asia manager")."""
    country = mention.text in UK_NATIONS or mention.text in country_names()
    if mention.paragraph < 0 or mention.kind != "place" or not country:
        return False
    return bool(NATIONAL_ROLE.match(paragraphs[mention.paragraph], mention.end))


def _town_and_role(mention: Mention, paragraphs: Sequence[str], players: set[tuple[int, int]]) -> bool:
    """Return True for a town a club's role and a person's name follow ("Portsmouth manager Harry Redknapp")."""
    if mention.paragraph < 0 or not _town_or_unknown(mention):
        return False
    found = CLUB_ROLE.match(paragraphs[mention.paragraph], mention.end)
    return found is not None and (mention.paragraph, found.end()) in players


def _plural_town(mention: Mention, paragraphs: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a town opening a sentence before a plural verb ("Chelsea have paid"): its club.
    Not a country, state or region (their sides need a story about sport: "Britain are" is rare, "Britain
    and France are" is not read here, as the verb must follow the name)."""
    if mention.paragraph < 0 or mention.kind != "place" or fold_name(mention.text) in gaz.countries:
        return False
    paragraph = paragraphs[mention.paragraph]
    opening = SENTENCE_OPENING.search(paragraph[: mention.start]) is not None
    return opening and PLURAL_VERB.match(paragraph, mention.end) is not None


def _town_or_unknown(mention: Mention) -> bool:
    """Return True for a place, or one word the finder could not place that no word marks a person ("Everton").

    Not a nationality ("the Dutch coach", "the Icelandic international"): the person's country, no side's name.
    """
    unknown = mention.kind is None and not mention.person_cue and " " not in mention.text
    nationality = " " not in mention.text and is_nationality(mention.text)
    return (mention.kind == "place" or unknown) and not nationality and not any(c.isdigit() for c in mention.text)


def _club(name: str, gaz: Gazetteer) -> bool:
    """Return True for a town and a capitalised plural or a nickname that is none: a club ("Houston Astros",
    "New York Knicks", "Minnesota Wild"), the town also written with its bay ("Tampa Bay Lightning"), a
    nickname of two words ("Detroit Red Wings").

    Not an event held in the town ("the London Olympics", "the Beijing Games").
    """
    *town, plural = name.split()
    if len(town) >= 2 and (town[-1] == "Bay" or town[-1] in NICKNAME_OPENERS):
        town = town[:-1]
    return (
        1 <= len(town) <= 2
        and plural not in EVENT_PLURALS
        and fold_name(" ".join(town)) not in gaz.towns  # "the Golden Globes"
        and fold_name(" ".join(town)) in gaz.places
        and " ".join(town) not in PLACE_ALIASES
        and (plural.endswith("s") or plural in SINGULAR_NICKNAMES)
        and plural[:1].isupper()
        and plural.isalpha()  # not "Sydney A-listers": a club's nickname is one word of letters
        and not plural.isupper()
        and fold_name(plural) not in gaz.places
    )


def _about_sport(paragraphs: Sequence[str]) -> bool:
    seen: set[str] = set()
    for paragraph in paragraphs:
        seen.update(m.group().lower() for m in SPORT_WORD.finditer(paragraph))
        if len(seen) >= _MIN_SPORT_WORDS:
            return True
    return False


def _before_player(mention: Mention, paragraphs: Sequence[str], players: set[tuple[int, int]]) -> bool:
    """Return True for a name whose possessive a person's name follows ("Philadelphia's Brian Westbrook")."""
    if mention.paragraph < 0:
        return False
    found = POSSESSIVE.match(paragraphs[mention.paragraph], mention.end)
    return found is not None and (mention.paragraph, found.end()) in players


def _team_words(mention: Mention, paragraphs: Sequence[str]) -> bool:
    if mention.paragraph < 0:
        return False  # a dateline place
    text = paragraphs[mention.paragraph]
    return bool(
        TEAM_AFTER.match(text, mention.end) or TEAM_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
    )
