"""Steps that join a person written with a given name and with its short form ("Rafa Benitez", "Rafael Benitez";
"Dave Haggard", "David Haggard")."""

from __future__ import annotations

import re
from collections import defaultdict

from ..identity import edit_distance, exact_key, same_outline, surnames
from ..name_genders import given_name_genders, given_names
from ..text import surname_ranks
from .state import Corpus, Node, Ref

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
            longer = [other for given, other in named if given != short and shortened_or_spelt(short, given)]
            if len(longer) == 1 and not _genders_differ(short, longer[0][1].split()[0]):
                _join_if_agreeing(corpus, node, longer[0])


def shortened_or_spelt(short: str, full: str) -> bool:
    """Return True when a given name may be written for a longer one or for itself spelt otherwise: its
    start ("Rafa", "Rafael"), its start with a diminutive's ending ("Javy", "Javier"; not "Tommy" for
    "Thomas", which "Tom" does not open), a nickname ("Dave", "David"), or the same sounds in other
    letters ("Eric", "Erik"; "Laurence", "Lawrence"), not a name a letter longer ("Andre", "Andrew")."""
    if (full.startswith(short) and len(full) - len(short) >= _MIN_LEFT_OUT) or _NICKNAMES.get(short) == full:
        return True
    stem = _DIMINUTIVE.sub("", short)
    if stem != short and len(_undoubled(stem)) >= _MIN_SHORT_LETTERS and len(full) - len(stem) >= _MIN_LEFT_OUT:
        return full.startswith(stem) or full.startswith(_undoubled(stem))
    return len(short) == len(full) and short[0] == full[0] and _sounds(short) == _sounds(full)


# A diminutive's ending after the start of a given name: "Javy" (Javier), "Kathy" (Katherine), "Danny".
_DIMINUTIVE = re.compile(r"(?:y|ie)$")


def _sounds(word: str) -> str:
    """Return a given name's sounds: "c" before a hard sound as "k", "ck" and "ph" as one letter, "w"
    after a vowel as "u", "y" as "i", doubled letters once ("Eric", "Erik"; "Laurence", "Lawrence")."""
    word = word.replace("ph", "f").replace("ck", "k")
    word = re.sub(r"c(?=[aoukrl]|$)", "k", word)
    word = re.sub(r"(?<=[aeiou])w", "u", word).replace("y", "i")
    return _undoubled(word)


def join_short_given_in_one_article(corpus: Corpus) -> None:
    """Join "Will Rikard-Bell" to "William Rikard-Bell" written in one article: a writer names a person
    in full, then by the short form of the given name ("Pat Carlineo" after "Patrick Carlineo Jr."),
    where the article names no one else of that surname the short form could be, the two given names
    are not one a man's and the other a woman's, no sentence writes both ("Dana Pell and Danawit
    Pell met": two people), and the body does not write a diminutive that is no start of the full name
    first ("coach Andy Murray" … "the defenceman Andrew Murray": another person's; "Tom" before "Tommy" is
    the same)."""
    for index, article in enumerate(corpus.articles):
        by_surname: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        for person in article.people:
            words = _without_generation(exact_key(person.name).split())
            if len(words) >= 2 and words[0] not in surnames(person.name):
                by_surname[tuple(words[1:])].append((words[0], person.name))
        for named in by_surname.values():
            for short, name in named:
                longer = [(g, n) for g, n in named if g != short and shortened_or_spelt(short, g)]
                if len(short) < _MIN_SHORT_LETTERS or len(longer) != 1 or _genders_differ(short, longer[0][0]):
                    continue
                pair = (name, longer[0][1])
                # A diminutive no start of the full name ("Andy", "Andrew") must follow the full name.
                ordered = longer[0][0].startswith(short) or not corpus.read(index, _short_first, *pair)
                if ordered and not corpus.read(index, _one_sentence, *pair):
                    why = "the given name shortened, the person named in full in the same article"
                    corpus.join((index, "person", longer[0][1]), (index, "person", name), why)


def _without_generation(words: list[str]) -> list[str]:
    """Return a name's words without the generation after the surname ("Patrick Carlineo Jr.")."""
    while len(words) > 2 and words[-1] in _GENERATIONS:
        words = words[:-1]
    return words


def _one_sentence(text: str, a: str, b: str) -> bool:
    """Return True when a sentence of the text writes both names."""
    return any(a in s and b in s for s in _SENTENCE_END.split(text))


def _short_first(text: str, short: str, full: str) -> bool:
    """Return True when the body (the text after its headline) writes the short name before the full one."""
    body = text.partition("\n")[2]
    first = [re.search(rf"\b{re.escape(name)}\b", body) for name in (short, full)]
    return first[0] is not None and first[1] is not None and first[0].start() < first[1].start()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n")


def join_without_first_given(corpus: Corpus) -> None:
    """Join a name written without its first given name ("Tayyip Erdogan") to the one longer name it
    ends ("Recep Tayyip Erdogan"), when its first word opens no other person's name in the corpus (a
    second given name, not "Luis" of "Luis Rodriguez" and "Jose Luis Rodriguez", two people), and their
    articles name the same people or places, or one article writes both."""
    by_tail: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes():
        words = node[1].split()
        # One given name more, and not a word of the language: "Save Britney Spears", or the
        # finder's "Phil Save Britney Spears" run on from a headline, holds no second given name.
        if node[0] == "person" and len(words) == _LONGER_NAME_WORDS and not corpus.is_common(words[0]):
            by_tail[" ".join(words[-2:])].append(node)
    nodes = corpus.nodes()
    for node, refs in sorted(nodes.items()):
        words = node[1].split()
        if node[0] != "person" or len(words) != 2 or len(by_tail.get(node[1], ())) != 1:
            continue
        if corpus.given_names()[words[0]] > 1 or corpus.is_common(words[0]):
            continue
        full = by_tail[node[1]][0]
        mine, theirs = ({r[0] for r in nodes[n]} for n in (node, full))
        if mine & theirs or corpus.context(mine, (node, full)) & corpus.context(theirs, (node, full)):
            corpus.join(nodes[full][0], refs[0], "the name without its first given name", refs)


# A name of this many words may be written without its first ("Recep Tayyip Erdogan").
_LONGER_NAME_WORDS = 3


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
# Surnames of the census list this high in its ranks ("Martin" 16th, "Baker" 37th) are borne by so many that a
# nickname and a given name of one ("Bill", "William" Martin: an economist in London, a deputy secretary in
# Washington) name one person only where their articles name the same people and places.
_WIDE_SURNAME_RANK = 100
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
        words = _without_generation(node[1].split())
        if node[0] == "person" and len(words) >= 2 and words[0] not in surnames(corpus.entities[refs[0]].name):
            by_surname[tuple(words[1:])].append((words[0], node))
    for _, named in sorted(by_surname.items()):
        _join_variants_of(corpus, named)


def _join_variants_of(corpus: Corpus, named: list[tuple[str, Node]]) -> None:
    nodes = corpus.nodes()
    root = {node: corpus.groups.find(nodes[node][0]) for _, node in named}
    if len(set(root.values())) < 2 or _namesakes(named, root) > _MAX_NAMESAKES:
        return
    for given, node in sorted(named):
        could_be = {root[other] for name, other in named if root[other] != root[node] and _variant(given, name)}
        if len(could_be) != 1:
            continue
        other = next(o for name, o in sorted(named) if root[o] in could_be and _variant(given, name))
        mine, theirs = ({r[0] for r in nodes[n]} for n in (node, other))
        # A surname borne widely ("Martin") names two men as often as one: their articles must agree.
        widely = surname_ranks().get(_without_generation(node[1].split())[-1], 1 << 30) <= _WIDE_SURNAME_RANK
        agree = not widely or corpus.context(mine, [node, other]) & corpus.context(theirs, [node, other])
        if not mine & theirs and not _genders_differ(given, other[1].split()[0]) and agree:
            corpus.join(nodes[other][0], nodes[node][0], _WHY, nodes[node])
            root = {n: corpus.groups.find(nodes[n][0]) for _, n in named}


_WHY = "the given name shortened or misspelt; no one else the corpus names has this surname and given name"


def _namesakes(named: list[tuple[str, Node]], root: dict[Node, Ref]) -> int:
    """Return how many people a surname's full names may be: the groups they are in, one given name in
    other letters or as its nickname counting once ("Laurence", "Lawrence" and "Larry" Tisch beside
    "Preston Tisch" are two); a name another opens does not ("Rob" may be Robert, Robin or Roberta)."""
    family = {node: root[node] for _, node in named}
    for i, (a, first) in enumerate(named):
        for b, second in named[i + 1 :]:
            if family[first] != family[second] and _same_name(a, b):
                merged, into = family[second], family[first]
                family = {node: into if lead == merged else lead for node, lead in family.items()}
    return len(set(family.values()))


def _same_name(a: str, b: str) -> bool:
    """Return True for one given name in other letters or as its nickname ("Laurence", "Lawrence"; "Larry")."""
    if _NICKNAMES.get(a) == b or _NICKNAMES.get(b) == a:
        return True
    return len(a) == len(b) and a[0] == b[0] and _sounds(a) == _sounds(b)


def _variant(short: str, full: str) -> bool:
    """Return True when one given name may be written for the other: its short form, one name spelt two
    ways (a letter doubled, vowels written otherwise: "Philip", "Phillip"; "Reefat", "Refaat"; the same
    sounds: "Laurence", "Lawrence"), or a slip
    that drops or changes a letter into no given name the lists hold ("Ictor" for Victor); not a letter
    more ("Andre", "Andrew"; "Carl", "Carol"), another name a letter off ("Martin", "Marvin"), nor two
    names each borne widely ("Mohammed", "Muhammad")."""
    if short == full:
        return False
    if len(short) >= _MIN_SHORT_LETTERS and full.startswith(short) and len(full) - len(short) >= _MIN_LEFT_OUT:
        return True
    if _NICKNAMES.get(short) == full or _same_name(short, full):
        return True  # a nickname, or the same sounds in other letters ("Laurence", "Lawrence")
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
