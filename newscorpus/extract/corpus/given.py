"""Steps that join a person written with a given name and with its short form ("Rafa Benitez", "Rafael Benitez";
"Dave Haggard", "David Haggard")."""

from __future__ import annotations

from collections import defaultdict

from ..identity import edit_distance, same_outline, surnames
from ..name_genders import given_name_genders, given_names
from .state import Corpus, Node

# A short form keeps this many letters of the given name at least: "Rafa" of "Rafael", "Alex" of
# "Alexander"; not "Al" of "Alan", nor "Jo" of "John".
_MIN_SHORT_LETTERS = 3


def join_short_given_names(corpus: Corpus) -> None:
    """Join "Rafa Benitez" to "Rafael Benitez": one given name the start of the other, when their
    articles name the same people and places and no article writes both (there, two people). Of
    two longer names the short one could open ("Chris": Christopher, Christine), none."""
    by_surname: dict[tuple[str, ...], list[tuple[str, Node]]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        words = node[1].split()
        # Not a family name written first ("Chun In-Yong", "Chung In-yong": two surnames).
        if node[0] == "person" and len(words) >= 2 and words[0] not in surnames(corpus.entities[refs[0]].name):
            by_surname[tuple(words[1:])].append((words[0], node))
    for named in by_surname.values():
        for short, node in named:
            if len(short) < _MIN_SHORT_LETTERS:
                continue
            longer = [other for given, other in named if given != short and given.startswith(short)]
            if len(longer) == 1:
                _join_if_agreeing(corpus, node, longer[0])


def _join_if_agreeing(corpus: Corpus, short: Node, full: Node) -> None:
    nodes = corpus.nodes()
    mine, theirs = ({r[0] for r in nodes[n]} for n in (short, full))
    if mine & theirs:
        return
    shared = corpus.context(mine, (short, full)) & corpus.context(theirs, (short, full))
    if len(shared) >= corpus.config.variant_min_shared_names:
        why = "the given name shortened, in articles naming the same people and places"
        corpus.join(nodes[full][0], nodes[short][0], why, nodes[short])


# Short forms that do not open the given name they stand for ("Dave" of "David", "Bill" of "William").
_NICKNAMES = {
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "chuck": "charles",
    "dave": "david",
    "dick": "richard",
    "jim": "james",
    "jimmy": "james",
    "larry": "lawrence",
    "liz": "elizabeth",
    "mike": "michael",
    "peggy": "margaret",
    "rick": "richard",
    "steve": "stephen",
    "ted": "edward",
    "tony": "anthony",
}
# A short form leaves this many letters of the given name out at least: "Dan" of "Daniel", "Phil" of
# "Philip"; "Andre" and "Andrew", a letter apart, are two given names.
_MIN_LEFT_OUT = 2
# A surname the corpus's full names give more people than this is shared too widely ("Smith", "Lee")
# for a given name's short form to say which of them it names without their articles agreeing.
_MAX_NAMESAKES = 3
# A given name this short is no slip of another a letter off: "Ed", "Al", "Jo" are names of their own.
_MIN_SLIP_LETTERS = 4
# Words after a surname that say which of a family is meant, not a name of its own.
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def join_given_variants(corpus: Corpus) -> None:
    """Join "Dave Haggard" to "David Haggard", "Ictor Paz Estenssoro" to "Victor Paz Estenssoro": a
    surname the corpus gives few people, its given name shortened or slipped by a letter into no given
    name at all, when no article writes both (there, two people), the two given names are not one a
    man's and the other a woman's, and no other person of that surname has a given name it could be."""
    by_surname: dict[tuple[str, ...], list[tuple[str, Node]]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        words = node[1].split()
        while len(words) > 2 and words[-1] in _GENERATIONS:
            words.pop()
        if node[0] == "person" and len(words) >= 2 and words[0] not in surnames(corpus.entities[refs[0]].name):
            by_surname[tuple(words[1:])].append((words[0], node))
    for _, named in sorted(by_surname.items()):
        _join_variants_of(corpus, named)


def _join_variants_of(corpus: Corpus, named: list[tuple[str, Node]]) -> None:
    nodes = corpus.nodes()
    root = {node: corpus.groups.find(nodes[node][0]) for _, node in named}
    if not 1 < len(set(root.values())) <= _MAX_NAMESAKES:
        return
    for given, node in sorted(named):
        could_be = {root[other] for name, other in named if root[other] != root[node] and _variant(given, name)}
        if len(could_be) != 1:
            continue
        other = next(o for name, o in sorted(named) if root[o] in could_be and _variant(given, name))
        mine, theirs = ({r[0] for r in nodes[n]} for n in (node, other))
        if not mine & theirs and not _genders_differ(given, other[1].split()[0]):
            corpus.join(nodes[other][0], nodes[node][0], _WHY, nodes[node])
            root = {n: corpus.groups.find(nodes[n][0]) for _, n in named}


_WHY = "the given name shortened or misspelt; no one else the corpus names has this surname and given name"


def _variant(short: str, full: str) -> bool:
    """Return True when one given name may be written for the other: its short form, one name spelt two
    ways (a letter doubled, vowels written otherwise: "Philip", "Phillip"; "Reefat", "Refaat"), or a slip
    that drops or changes a letter into no given name the lists hold ("Ictor" for Victor); not a letter
    more ("Andre", "Andrew"; "Carl", "Carol"), another name a letter off ("Martin", "Marvin"), nor two
    names each borne widely ("Mohammed", "Muhammad")."""
    if short == full:
        return False
    if len(short) >= _MIN_SHORT_LETTERS and full.startswith(short) and len(full) - len(short) >= _MIN_LEFT_OUT:
        return True
    if _NICKNAMES.get(short) == full:
        return True
    listed = given_names()
    unlisted = short.capitalize() not in listed or full.capitalize() not in listed
    apart = edit_distance(short, full)
    if _undoubled(short) == _undoubled(full) or (len(short) == len(full) and same_outline(short, full)):
        return apart == 1 or unlisted
    slip = short.capitalize() not in listed and len(short) <= len(full)
    return slip and apart == 1 and len(short) >= _MIN_SLIP_LETTERS


def _undoubled(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _genders_differ(a: str, b: str) -> bool:
    """Return True when the name lists give one given name to men and the other to women."""
    genders = given_name_genders()
    said = {genders.get(a.capitalize()), genders.get(b.capitalize())}
    return said == {"m", "f"}
