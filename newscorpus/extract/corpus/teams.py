"""A club written by its town's name alone ("Bolton") and the one club of that town the corpus names in full."""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import load_gazetteer
from ..identity import is_acronym
from ..shortforms import is_body_word
from ..team_words import SPORT_WORD
from ..text import words as word_list
from .state import Corpus, Node, Ref

# Words a football club's name adds to its town's: "Bolton Wanderers", "Adelaide United FC", "Blackburn
# Rovers". Not "City" or "Town" ("Mexico City", a place) nor a sport's word ("Sri Lanka Cricket", the board).
CLUB_WORDS = word_list("fc afc cf sc united wanderers rovers athletic albion hotspur")
# Words closing a club's name that close places' and councils' too ("Derby County", "Orange County"; "Stoke
# City", "Mexico City"; "Ipswich Town"): a club's only where every article writing either name is sports copy,
# and the town no country's or state's name ("Kansas City" is not Kansas').
SPORT_CLUB_WORDS = word_list("city town county")

# Why a town's name joined its club.
CLUB = "the club written by its town's name, the only club of that town the corpus names"


def join_town_clubs(corpus: Corpus) -> None:
    """Join an organisation written as a known place's name alone ("Bolton" beating a rival: the club, not
    the town) to the club the corpus names in full by that place and club words only ("Bolton Wanderers"),
    when it names no other club of the place ("Manchester": United and City) and the short name's group
    holds no longer name of its own."""
    nodes = corpus.nodes()
    groups = corpus.groups.groups()
    clubs: dict[str, set[Node]] = defaultdict(set)
    for node in nodes:
        words = node[1].split()
        if node[0] != "organization":
            continue
        for end in range(1, len(words)):
            if all(w in CLUB_WORDS or w in SPORT_CLUB_WORDS for w in words[end:]):
                clubs[" ".join(words[:end])].add(node)
                break
    for town, named in sorted(clubs.items()):
        short = nodes.get(("organization", town))
        if short is None or not corpus.is_place(corpus.entities[short[0]].name):
            continue
        if not _club_in_sport(corpus, town, short, named):
            continue
        mine = corpus.groups.find(short[0])
        if any(len(r[2].split()) > len(town.split()) for r in groups.get(mine, short)):
            continue  # already one with a longer name
        theirs = {corpus.groups.find(nodes[n][0]) for n in named} - {mine}
        if len(theirs) == 1:
            club = next(iter(theirs))
            corpus.join(club, short[0], CLUB, short)


def _club_in_sport(corpus: Corpus, town: str, short: list[Ref], named: set[Node]) -> bool:
    """Return True unless a club's name closes with a word closing places' names too ("Derby County"), where
    the town must be no country's or state's and every article writing the town or the club be sports copy or
    write a club's role after the name ("Derby County manager Paul Jewell", "the Derby boss")."""
    if all(all(w in CLUB_WORDS for w in node[1].split()[len(town.split()) :]) for node in named):
        return True
    if town in load_gazetteer(corpus.config.min_place_population).countries:
        return False
    refs = [*short, *(r for node in named for r in corpus.nodes()[node])]
    return all(corpus.read(r[0], _sport_words) >= _MIN_SPORT_WORDS or corpus.read(r[0], club_role, r[2]) for r in refs)


def club_role(text: str, name: str) -> bool:
    """Return True when a text writes a club's role or people after a name: "Derby manager", "Stoke City fans"."""
    return re.search(r"(?<![\w'’])" + re.escape(name) + r"(?:'s|’s)?\s+" + _CLUB_ROLES, text) is not None


# Roles and people of a club written after its name: "Derby County manager Paul Jewell", "Ipswich Town fans".
_CLUB_ROLES = (
    r"(?:manager|boss|coach|captain|striker|midfielder|defender|goalkeeper|winger|keeper|fans|supporters|squad"
    r"|chairman|player|players)\b"
)


# Why a team's nickname joined the team.
NICKNAME = "the team's name without its town, the only name of a town and this word the corpus writes"


def join_team_nicknames(corpus: Corpus) -> None:
    """Join an organisation's one-word name ("Wild", the "Wild coach") to the one name of another group that
    is a known place's name and that word ("Minnesota Wild"): a team written by its nickname. Not a body's
    word ("Bank": "Arizona Bank" is one bank of many), not initials, not where the corpus writes two such
    names ("Times": the New York Times and the Los Angeles Times), nor a name whose group holds a longer one."""
    nodes = corpus.nodes()
    groups = corpus.groups.groups()
    ending: dict[str, set[Node]] = defaultdict(set)
    for node, refs in nodes.items():
        words = corpus.entities[refs[0]].name.split()
        if node[0] == "organization" and len(words) > 1 and corpus.is_place(" ".join(words[:-1])):
            ending[node[1].split()[-1]].add(node)
    for word, named in sorted(ending.items()):
        short = nodes.get(("organization", word))
        if short is None:
            continue
        name = corpus.entities[short[0]].name
        if is_acronym(name) or is_body_word(name) or not name[:1].isupper():
            continue
        mine = corpus.groups.find(short[0])
        if any(len(r[2].split()) > 1 for r in groups.get(mine, short)):
            continue
        theirs = {corpus.groups.find(nodes[n][0]) for n in named} - {mine}
        if len(theirs) != 1:
            continue
        team = next(iter(theirs))
        leave_out = [("organization", word), *named]
        if _nickname_agrees(corpus, {r[0] for r in groups[team]}, {r[0] for r in short}, leave_out):
            corpus.join(team, short[0], NICKNAME, short)


def _nickname_agrees(corpus: Corpus, theirs: set[int], mine: set[int], leave_out: list[Node]) -> bool:
    """Return True when every article writing a nickname names people or places the team's articles name, and the
    articles together more than one; or each names two or more people, places or rival teams that the team's
    articles or the nickname's articles agreeing so far name.

    A nickname is as often another team's ("Blues", "Reds"), so each article must agree; but a league's round-up and
    a match report years apart name no player in common, only rivals, one written in full ("Phoenix Coyotes") and one
    by its nickname ("Coyotes"): in sports copy a rival's nickname is a name in common, and an article naming two that
    the nickname's other articles name ("the Wild's 4-1 win over the Sabres" in the Central Division) agrees through
    them. Two in common each: one ("Minnesota") is chance, a Florida Panthers round-up beside the Carolina Panthers."""
    each = [corpus.context({i}, leave_out) & corpus.context(theirs, leave_out) for i in mine]
    if all(each) and len(set().union(*each)) >= corpus.config.variant_min_shared_names:
        return True
    known = _named(corpus, theirs, leave_out)
    waiting = sorted(mine - theirs)
    while waiting:
        agreeing = {
            i: named
            for i in waiting
            if len((named := _named(corpus, {i}, leave_out)) & known) >= corpus.config.variant_min_shared_names
        }
        if not agreeing:
            return False
        known |= set().union(*agreeing.values())
        waiting = [i for i in waiting if i not in agreeing]
    return True


def _named(corpus: Corpus, articles: set[int], leave_out: list[Node]) -> set[Node | str]:
    """Return the rarer names the articles write and, in sports copy, the nicknames of the teams they name (in
    their stead): the word closing a known place's name and one word more ("Buffalo Sabres"), or a name of one
    word no place's ("Sabres"), the nickname looked at and its team's aside."""
    out: set[Node | str] = set(corpus.context(articles, leave_out))
    for index in articles:
        if corpus.read(index, _sport_words) < _MIN_SPORT_WORDS:
            continue
        for kind, key in corpus.names_in.get(index, ()):
            *head, last = key.split() or [""]
            rival = corpus.is_place(" ".join(head)) if head else not corpus.is_place(last)
            if kind == "organization" and last and rival and (kind, key) not in leave_out and last != leave_out[0][1]:
                out.discard((kind, key))
                out.add(last)
    return out


# Why a town's name joined its team.
TOWN_TEAM = "the team written by its town's name in sports copy, the only team of that town the corpus names"
# Sport's words an article writes for its town's name to stand for a team ("Ottawa held on to beat Detroit").
_MIN_SPORT_WORDS = 2


def join_town_teams(corpus: Corpus) -> None:
    """Join an organisation written as a known place's name alone ("Green Bay" beating a rival) to the one name
    of another group that is that place's and one word more ("Green Bay Packers"), where every article writing
    the town so is sports copy and names people or places the team's articles name: not a town's paper ("Los
    Angeles", the Times: not sport), nor another team of the town (the "Detroit" Red Wings beaten in a hockey
    score, named beside nothing of the Pistons')."""
    nodes = corpus.nodes()
    groups = corpus.groups.groups()
    teams: dict[str, set[Node]] = defaultdict(set)
    for node, refs in nodes.items():
        *place, last = corpus.entities[refs[0]].name.split()
        if node[0] == "organization" and place and _team_word(last) and corpus.is_place(" ".join(place)):
            teams[" ".join(node[1].split()[:-1])].add(node)
    for town, named in sorted(teams.items()):
        short = nodes.get(("organization", town))
        if short is None or not all(corpus.read(r[0], _sport_words) >= _MIN_SPORT_WORDS for r in short):
            continue
        mine = corpus.groups.find(short[0])
        if any(len(r[2].split()) > len(town.split()) for r in groups.get(mine, short)):
            continue
        theirs = {corpus.groups.find(nodes[n][0]) for n in named} - {mine}
        if len(theirs) == 1 and _agree(corpus, next(iter(theirs)), short, [("organization", town), *named]):
            corpus.join(next(iter(theirs)), short[0], TOWN_TEAM, short)


def _team_word(word: str) -> bool:
    """Return True for a word that may close a team's name: capitalised, no body's word ("Bank")."""
    return word[:1].isupper() and not is_body_word(word)


def _sport_words(text: str) -> int:
    """Return how many of sport's words a text writes."""
    return len({m.group().lower() for m in SPORT_WORD.finditer(text)})


def _agree(corpus: Corpus, team: Ref, short: list[Ref], leave_out: list[Node]) -> bool:
    """Return True when every article writing a short name names people or places the team's articles name,
    and the articles together more than one."""
    theirs_named = corpus.context({r[0] for r in corpus.groups.groups()[team]}, leave_out)
    each = [corpus.context({r[0]}, leave_out) & theirs_named for r in short]
    return all(each) and len(set().union(*each)) >= corpus.config.variant_min_shared_names
