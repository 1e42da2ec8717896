"""A surname written alone in other vowels than the one person the corpus names in full by it:
"Ahmedinajad" in a story naming no one in full, for Mahmoud Ahmadinejad, named in full in many.

A transliterated surname is spelt several ways ("Ahmadinejad", "Ahmedinajad"); a story that writes it
alone, naming no one in full by it, leaves its surname with no full name to join (lone.py). Where the
word is long, keeps the consonants of exactly one surname the corpus names people in full by (its
vowels apart), and is written capitalised almost nowhere else, it is that person, when its article
names some of the people and places that person's articles do. A short word ("Lee", "Li"), a word of
the language or a place, or a surname whose consonants two people's surnames keep, is left alone.
"""

from __future__ import annotations

from collections import defaultdict

from ..gazetteer import load_gazetteer
from ..identity import exact_key, is_run_on
from ..text import fold_name, name_tokens, skeleton
from .state import Corpus, Node, Ref, lone_person

# Why a surname alone joined the person it is another spelling of.
SPELT = "a surname alone in other vowels, the one person the corpus names in full by it"


def join_lone_spellings(corpus: Corpus) -> None:
    """Join each surname alone that no full name holds to the one person whose surname is the same word
    in other vowels, where the word is long, rare as written and no given name, and the articles agree."""
    groups = corpus.groups.groups()
    outlines = _surname_outlines(corpus)
    given = load_gazetteer(corpus.config.min_place_population).given_names
    for lead, members in sorted(groups.items()):
        if any(not lone_person(corpus.entities[r]) for r in members):
            continue
        word = exact_key(lead[2])
        if word in outlines.get(skeleton(word), {}) or not _distinctive(corpus, lead[2], given):
            continue
        close = {s: roots for s, roots in outlines.get(skeleton(word), {}).items() if _vowels_apart(word, s)}
        roots = {corpus.groups.find(r) for held in close.values() for r in held}
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        theirs = {r[0] for r in groups.get(root, [root])}
        mine = {r[0] for r in members}
        leave_out: list[Node] = [("person", s) for s in (word, *close)]
        if mine & theirs or not corpus.context(mine, leave_out) & corpus.context(theirs, leave_out):
            continue
        for ref in members:
            corpus.join(root, ref, SPELT)


def _surname_outlines(corpus: Corpus) -> dict[str, dict[str, set[Ref]]]:
    """Return each consonant outline -> the surnames of people named in full with it -> those people."""
    out: dict[str, dict[str, set[Ref]]] = defaultdict(lambda: defaultdict(set))
    for ref in corpus.refs:
        name = corpus.entities[ref].name
        if ref[1] != "person" or len(name_tokens(name)) < 2 or is_run_on(name) or " the " in name:
            continue
        surname = exact_key(name.split()[-1])
        out[skeleton(surname)][surname].add(ref)
    return out


def _distinctive(corpus: Corpus, word: str, given: frozenset[str]) -> bool:
    """Return True for a surname alone long enough to be spelt otherwise, written capitalised almost
    nowhere else, and no given name, word of the language or place."""
    key = fold_name(word)
    return (
        len(key) >= corpus.config.distinctive_surname_letters
        and word.capitalize() not in given
        and not corpus.is_common(word)
        and not corpus.is_place(word)
        and corpus.vocabulary.rare(key, corpus.config.typo_max_occurrences)
    )


def _vowels_apart(a: str, b: str) -> bool:
    """Return True for two words of one length and first letter whose letters differ only in vowels:
    "ahmedinajad", "ahmadinejad"; not "hartmann", "hartmant", a consonant for another."""
    vowels = set("aeiouy")
    return (
        len(a) == len(b)
        and a[0] == b[0]
        and a != b
        and all(x == y or (x in vowels and y in vowels) for x, y in zip(a, b, strict=True))
    )
