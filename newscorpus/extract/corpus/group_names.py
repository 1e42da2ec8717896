"""Step that joins a company's name written alone to its group's ("SoftBank", "SoftBank Group Corp")."""

from __future__ import annotations

from collections import defaultdict

from ..identity import edit_distance, is_acronym
from ..shortforms import is_body_word, legal_words
from .legal import INTERCHANGED, and_co
from .state import Corpus, Node, Ref

# Why a group's name joined the company's name written alone.
GROUP_NAME = "the company's group, named by its name and 'Group', the only group of that name the corpus writes"


def join_group_names(corpus: Corpus) -> None:
    """Join a company's name ("Hambrecht and Quist", "SoftBank") to the one group the corpus names by it and "Group"
    ("Hambrecht and Quist Group", "SoftBank Group Corp"): the name alone is written for the group and the firm it owns
    alike. Only where the name's own group holds nothing but the name, its legal forms ("Hambrecht and Quist Inc") and
    its slips, and no partnership's "and Co" (the group's brokerage, "Oppenheimer and Co"); every American form of the
    name is in that group (not "Brown" beside "Brown Inc" apart); the corpus writes one group of that name (not "Bell
    Group Ltd" and "Bell Group NV"); no article writes the two apart; and the name is no place, no initials, and not
    words of the language or of a trade only ("Entertainment")."""
    nodes = corpus.nodes()
    groups: dict[str, set[Ref]] = defaultdict(set)  # a name -> the leads of the groups named by it and "Group"
    written: dict[str, list[Node]] = defaultdict(list)
    for node, refs in nodes.items():
        if node[0] == "organization":
            bare = _bare(corpus.entities[refs[0]].name)
            written[bare].append(node)
            head, _, last = bare.rpartition(" ")
            if head and last == "group":
                groups[head].add(corpus.groups.find(refs[0]))
    for head, leads in sorted(groups.items()):
        alone = [nodes[n] for n in written[head] if not legal_words(nodes[n][0][2])[1]]
        if not alone or len(leads) != 1 or not _distinctive(corpus, alone[0][0][2]):
            continue
        short = alone[0]
        lead, mine = corpus.groups.find(next(iter(leads))), corpus.groups.find(short[0])
        if mine == lead:
            continue
        members = corpus.groups.groups()  # a copy of the table: taken once for the three questions below
        if not _own_forms_only(corpus, members[mine], head) or _written_apart(members[mine], members[lead]):
            continue
        if any(corpus.groups.find(nodes[n][0]) != mine for n in written[head] if _american(nodes[n][0])):
            continue  # "Brown" and "Brown Inc" apart: the name alone may be that company, not the group's
        corpus.join(lead, short[0], GROUP_NAME, members[mine])


def _distinctive(corpus: Corpus, name: str) -> bool:
    """Return True for a name that is no place, no initials, and holds a word that is no word of the language, no
    body's or trade's word ("Entertainment") and no place ("U.S. Air")."""
    if corpus.is_place(name) or is_acronym(name):
        return False
    return any(
        w[:1].isupper() and not corpus.is_common(w) and not is_body_word(w) and not corpus.is_place(w)
        for w in name.split()
    )


def _own_forms_only(corpus: Corpus, group: list[Ref], head: str) -> bool:
    """Return True when every name of a group is the name and legal forms ("Hambrecht and Quist Inc"), a name the
    finder ran on aside, and none a partnership's: "Oppenheimer and Co", the brokerage, is Oppenheimer Group's unit."""
    members = [r for r in group if r[2] not in corpus.slips]
    return all(_spelt(_bare(r[2]), head) for r in members) and not any(and_co(r[2]) for r in members)


def _spelt(bare: str, head: str) -> bool:
    """Return True for the name, or the name misspelt in a letter or two of a word ("Morgan Stanely")."""
    return bare == head or (len(bare.split()) == len(head.split()) and edit_distance(bare, head) <= _SLIP_LETTERS)


# How many letters a misspelling of the name, joined to it, may differ in.
_SLIP_LETTERS = 2


def _american(ref: Ref) -> bool:
    """Return True for a name written bare or with American legal forms only: a company of the wire's country."""
    return legal_words(ref[2])[1] <= INTERCHANGED


def _bare(name: str) -> str:
    """Return a company's name without its legal forms, its ampersand read as "and" ("Hambrecht & Quist")."""
    return legal_words(name)[0].replace(" & ", " and ")


def _written_apart(mine: list[Ref], lead: list[Ref]) -> bool:
    """Return True when an article writes the name and its group as two entities."""
    return bool({r[0] for r in mine} & {r[0] for r in lead})
