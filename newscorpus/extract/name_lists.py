"""Names listed together are of one kind: "Orkut, Facebook or Hi5", "Blue Origin, Ceres Robotics and Draper".

A name the finder could not place that stands in a list with organisations is an organisation
too; a full name it could not place that stands in a list of people, with no body in it, is a
person's ("Frank Lampard, John Terry, Andriy Shevchenko and Petr Cech": given names the list of
given names lacks). So is a full name that beat, or lost to, a person ("Maria Kirilenko beat
American Meilen Tu"), as results in sport copy write players, and a name after a kinship word
with the names listed after it ("their sons Matthew, William and Zachary", "Cruise's daughter
Suri"). Places are known by name.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from .gazetteer import listed_given_names
from .mentions import Mention
from .name_junk import is_demonym

# What stands between two items of a list.
_LIST_GAP = re.compile(r"^(?:,|,?\s+(?:and|or|&))\s+$")
# Between two people of a list, also a bracketed role or a player's score ("Graeme Smith (captain), Herschelle
# Gibbs", "Jordan Pleiman (12) and Scottie Wilson (10)").
_PEOPLE_GAP = re.compile(r"^(?:\s*\((?:[a-z][^()]{0,24}|\d{1,3})\))?(?:,|,?\s+(?:and|or|&))\s+$")
# A result's verb between two players, and the words that may stand before the second: "beat fellow
# American", "lost to compatriot".
_BEAT = re.compile(
    r"^\s+(?:beat|beats|defeated|edged|upset|downed|ousted|eliminated|lost\s+to|fell\s+to)\s+(?P<rest>.*)$"
)
_OPPONENT_WORDS = frozenset({"fellow", "compatriot", "countryman", "countrywoman"})
# A kinship word before a name, maybe with a count and a comma: "their sons", "their two children,";
# a parent, cousin or partner ("her cousin, Tavon"), a newborn ("newborn Hayes", "a baby boy named Hayes").
_KIN_BEFORE = re.compile(
    r"\b(?:sons?|daughters?|child|children|kids|wife|husband|brothers?|sisters?|twins|grandsons?"
    r"|granddaughters?|grandchildren|nephews?|nieces?|mother|father|cousins?|uncle|aunt|fianc[eé]e?"
    r"|girlfriend|boyfriend|newborn|(?:boy|girl|son|daughter)\s+named)(?:\s+(?:two|three|four|five|six))?,?\s+$"
)
# Fewest people a list must hold, and no body, for its unknown full names to be people too.
_MIN_PEOPLE_LISTED = 2
# A word written as a brand: a capital inside it or a digit ("OrbitBeyond", "BigAdda", "Hi5").
_BRAND = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+|\d+)\w*$")
# Fewest organisations a list must hold for its unknown names to be organisations too: "the
# Ministry of Agriculture, Animal Husbandry and Fisheries" is one body's name.
_MIN_ORGS_LISTED = 2
# A plural noun of bodies and "such as", "like" or "including" right before a list: its names are
# bodies ("chains such as Acme Donuts and Bolt's", "carmakers including Velo Motors").
_KINDS_BEFORE = re.compile(
    r"\b(?:companies|firms|chains|retailers|brands|restaurants|carriers|airlines|banks|lenders|insurers|"
    r"automakers|carmakers|manufacturers|makers|broadcasters|publishers|newspapers|charities|startups|"
    r"organi[sz]ations),?\s+(?:such\s+as|like|including)\s+$"
)


def orgs_by_list(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with unknown names listed beside organisations, or after a plural noun of
    bodies ("chains such as"), made organisations."""
    chains = _chains(mentions, paragraphs, _LIST_GAP)
    listed = {
        i
        for chain in chains
        if sum(mentions[j].kind == "organization" for j in chain) >= _MIN_ORGS_LISTED
        or _kinds_before(mentions[chain[0]], paragraphs)
        for i in chain
        if _unknown(mentions[i]) or _among_bodies(i, chain, mentions)
    }
    return [
        dataclasses.replace(m, kind="organization", otherwise=None) if i in listed else m
        for i, m in enumerate(mentions)
    ]


def _among_bodies(i: int, chain: Sequence[int], mentions: Sequence[Mention]) -> bool:
    """Return True for one unplaced word every other name of its list calls a body: "IBM, Nokia and
    Oracle", "Tesco, Barclays and BP" (a lone word elsewhere is more often a surname or a state)."""
    mention = mentions[i]
    if mention.kind is not None or mention.person_cue or " " in mention.text or not mention.text[:1].isupper():
        return False
    return all(mentions[j].kind == "organization" for j in chain if j != i)


def _kinds_before(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for a list's first name that a plural noun of bodies introduces ("chains such as X")."""
    paragraph = paragraphs[mention.paragraph] if mention.paragraph >= 0 else ""
    return bool(paragraph) and _KINDS_BEFORE.search(paragraph, max(0, mention.start - 60), mention.start) is not None


def people_by_list(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with unknown full names listed among people, and no body, marked people; so
    too a full name opening with a place's given name listed beside one person ("Marcus Trufant and
    Jordan Babineaux", "Chad Clifton and Mark Tauscher"): a place is seldom listed with a person."""
    chains = [
        chain
        for chain in _chains(mentions, paragraphs, _PEOPLE_GAP)
        if not any(mentions[j].kind == "organization" for j in chain)
    ]
    listed = {
        i
        for chain in chains
        if sum(_person(mentions[j]) for j in chain) >= _MIN_PEOPLE_LISTED
        for i in chain
        if _unknown(mentions[i]) and _full_name(mentions[i].text)
    }
    placed = {
        i for chain in chains if any(_person(mentions[j]) for j in chain) for i in chain if _placed_given(mentions[i])
    }
    marked = [dataclasses.replace(m, person_cue=True) if i in listed else m for i, m in enumerate(mentions)]
    return [dataclasses.replace(m, person_cue=True, otherwise=None) if i in placed else m for i, m in enumerate(marked)]


def _placed_given(mention: Mention) -> bool:
    """Return True for two words a given name the lists hold opens, read as the place that name is too:
    "Jordan Babineaux" (the place Jordan), not "Jordan Valley" (a place of its own)."""
    words = mention.text.split()
    return (
        mention.kind is None
        and not mention.person_cue
        and len(words) == 2
        and mention.otherwise == ("place", words[0])
        and words[0] in listed_given_names()
        and _full_name(mention.text)
    )


def people_by_opponent(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with unknown full names a result ties to a person marked people."""
    ordered = sorted(range(len(mentions)), key=lambda i: (mentions[i].paragraph, mentions[i].start))
    marked: set[int] = set()
    for i, j in itertools.pairwise(ordered):
        first, second = mentions[i], mentions[j]
        if first.paragraph != second.paragraph or first.paragraph < 0 or not _beat(first, second, paragraphs):
            continue
        for one, other in ((i, second), (j, first)):
            if _unknown(mentions[one]) and _full_name(mentions[one].text) and _person(other):
                marked.add(one)
    return [dataclasses.replace(m, person_cue=True) if i in marked else m for i, m in enumerate(mentions)]


def people_by_kin(mentions: Sequence[Mention], paragraphs: Sequence[str], countries: frozenset[str]) -> list[Mention]:
    """Return the mentions with names after a kinship word, and those listed after them, marked people."""
    marked: set[int] = set()
    for chain in _chains(mentions, paragraphs, _LIST_GAP):
        head = mentions[chain[0]]
        if head.paragraph < 0 or not _KIN_BEFORE.search(paragraphs[head.paragraph], 0, head.start):
            continue
        marked.update(
            i
            for i in chain
            if mentions[i].kind is None
            or (
                mentions[i].kind == "place"
                and " " not in mentions[i].text
                and mentions[i].text.lower() not in countries
            )
        )
    return [
        dataclasses.replace(m, kind=None, person_cue=True, otherwise=None) if i in marked else m
        for i, m in enumerate(mentions)
    ]


def _kin_named(mention: Mention, countries: frozenset[str]) -> bool:
    """Return True for a name a kinship word may make a person's: unknown, or one word a town's too ("Suri")."""
    if mention.kind is None:
        return True
    return mention.kind == "place" and " " not in mention.text and mention.text.lower() not in countries


def _beat(first: Mention, second: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True when a result's verb, and maybe a nationality, is all between two names."""
    found = _BEAT.match(paragraphs[first.paragraph][first.end : second.start]) if second.start > first.end else None
    return found is not None and all(w in _OPPONENT_WORDS or is_demonym(w) for w in found.group("rest").split())


def _chains(mentions: Sequence[Mention], paragraphs: Sequence[str], gap: re.Pattern[str]) -> list[list[int]]:
    """Return the mentions' indexes in runs of neighbours a list's gap joins, in text order."""
    ordered = sorted(range(len(mentions)), key=lambda i: (mentions[i].paragraph, mentions[i].start))
    chains: list[list[int]] = []
    for i in ordered:
        if chains and _follows(mentions[chains[-1][-1]], mentions[i], paragraphs, gap):
            chains[-1].append(i)
        else:
            chains.append([i])
    return chains


def _person(mention: Mention) -> bool:
    return mention.kind == "person" or (mention.kind is None and mention.person_cue)


def _full_name(text: str) -> bool:
    """Return True for two or three words shaped like a given name and a surname ("AB de Villiers"): no
    brand, no digit."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(re.sub(r"[-'’]", "", w).isalpha() for w in words)
    )


def _follows(first: Mention, second: Mention, paragraphs: Sequence[str], gap: re.Pattern[str]) -> bool:
    if first.paragraph != second.paragraph or first.paragraph < 0 or second.start <= first.end:
        return False
    return bool(gap.match(paragraphs[first.paragraph][first.end : second.start]))


def _unknown(mention: Mention) -> bool:
    """Return True for a name no rule placed and no word marks a person, shaped like a body's.

    Several words ("Blue Origin"), or one written as brands are ("OrbitBeyond", "Hi5"); a lone
    ordinary word is more often a surname, a state or a common word ("Snyder", "Tex", "Fisheries").
    """
    if mention.kind is not None or mention.person_cue or (mention.otherwise and mention.otherwise[0] == "place"):
        return False
    return " " in mention.text or bool(_BRAND.match(mention.text))
