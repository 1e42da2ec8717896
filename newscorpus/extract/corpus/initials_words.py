"""Initials still alone that their articles' own words tie to the one name they spell ("ESA", "AHL")."""

from __future__ import annotations

import re

from ..identity import compact_key, is_acronym
from ..text import fold_name
from ..text import words as word_list
from .brackets import spelt_as
from .lone import initials_by_name
from .state import Corpus, Ref, common_form, compiled, join_all

Groups = dict[Ref, list[Ref]]

# Words of many bodies' names, which say nothing of which body initials stand for: "American Hockey League" is
# told by "Hockey", not "American" or "League".
_BODY_WORDS = word_list(
    """agency association authority bank board bureau center centre college commission committee company corp
    corporation council department division exchange federal federation foreign foundation fund general group holding
    holdings inc industries industrial institute international league limited ltd ministry national office
    organisation organization party plc service services society state states system systems trust union united
    university"""
)

# A body's initials need three letters at least to go by its words: two stand for too much ("DC", "PA").
_MIN_LETTERS = 3
# A word of a name tells a body only when it is this long at least ("Space", not "of").
_MIN_WORD = 4


def join_initials_by_words(corpus: Corpus) -> None:
    """Join initials of three letters or more written alone, still without a longer name, to the one name of the
    corpus whose initials they are, where half the articles writing them or more write one of that name's own words
    (not a body's word, a place or a people): "ESA ... the vastness of space" is the European Space Agency, "the AHL's
    Philadelphia Phantoms ... hockey" the American Hockey League; or write that name in full, if only inside a longer
    phrase ("the Securities Exchange of Thailand Index ... SET"; of several names they spell, the one so written);
    "CFM" of jet engines is no "Chinese Foreign
    Ministry". Initials spelt out in their articles as another name keep that name."""
    by_letters = initials_by_name(corpus)
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    for (kind, key), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind != "organization" or not is_acronym(name) or " " in name or common_form(corpus, name):
            continue
        letters = compact_key(name).upper()
        if len(letters) < _MIN_LETTERS or any(" " in r[2] for r in members[root[refs[0]]]):
            continue
        groups = {root[h] for h in by_letters.get(letters, set())} - {root[refs[0]]}
        names = {g: sorted({r[2] for r in members[g] if " " in r[2]}) for g in groups}
        groups = {g for g in groups if spelt_as(corpus, (kind, key), names[g])}
        if len(groups) > 1:  # of several names they spell, the one every article writing them writes in full
            groups = {g for g in groups if all(corpus.read(r[0], _writes_any, tuple(names[g])) for r in refs)}
        if len(groups) != 1:
            continue
        owner = next(iter(groups))
        words = _own_words(corpus, names[owner])
        kinds = {fold_name(n.split()[-1]) for n in names[owner]}
        if words and all(
            corpus.read(r[0], _beside_any, name, words)
            or corpus.read(r[0], _writes_any, tuple(names[owner]))
            or (corpus.read(r[0], _not_spelt, name) and _kin_named(corpus, r[0], (words, kinds), (members, root)))
            for r in refs
        ):
            join_all(corpus, owner, refs, "initials of the only name they spell, whose own words their articles write")


def _kin_named(
    corpus: Corpus, index: int, words: tuple[tuple[str, ...], set[str]], groups: tuple[Groups, dict[Ref, Ref]]
) -> bool:
    """Return True when an article names another body of the same kind whose names hold one of a body's own words:
    "the AHL's Philadelphia Phantoms" in a story naming the NHL, which the corpus spells out as the National Hockey
    League (a league, and hockey's); not the National Economic Development Authority for an Overseas Development
    Administration."""
    own, kinds = words
    members, root = groups
    for entity in corpus.articles[index].organizations:
        ref: Ref = (index, "organization", entity.name)
        for name in {r[2] for r in members.get(root.get(ref, ref), [ref])}:
            folded = fold_name(name)
            if folded.split()[-1] in kinds and any(
                compiled(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])").search(folded) for w in own
            ):
                return True
    return False


def _own_words(corpus: Corpus, names: list[str]) -> tuple[str, ...]:
    """Return the words of a body's names that tell it from other bodies: no body's word, place or people."""
    words = {fold_name(w) for n in names for w in re.findall(r"[^\W\d_]+", n)}
    return tuple(
        sorted(
            w
            for w in words
            if len(w) >= _MIN_WORD and w not in _BODY_WORDS and not corpus.is_place(w) and not _people(corpus, w)
        )
    )


def _people(corpus: Corpus, word: str) -> bool:
    """Return True for a people's word ("American", "European", "Chinese"): a place's, said otherwise."""
    return any(word.endswith(end) and corpus.is_place(word[: -len(end)] + stem) for end, stem in _DEMONYMS)


# Endings of peoples' words and the ending of their place's name: "American" of "America", "Chinese" of "China".
_DEMONYMS = (("an", "a"), ("ese", "a"), ("ese", ""), ("ian", "ia"), ("ian", "a"), ("ean", "e"), ("i", ""), ("n", ""))


def _beside_any(text: str, initials: str, words: tuple[str, ...]) -> bool:
    """Return True when a sentence writing the initials writes one of the words, in any case, as a word; never
    where a text writes them after "a" or "an", a kind of thing ("an MLP"), or spells them out in small letters
    ("ODA (official development assistance)")."""
    if not _not_spelt(text, initials):
        return False
    for sentence in _SENTENCE.split(text):
        if compiled(r"(?<![\w.])" + re.escape(initials) + r"(?![\w])").search(sentence):
            folded = fold_name(sentence)
            if any(compiled(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])").search(folded) for w in words):
                return True
    return False


def _writes_any(text: str, names: tuple[str, ...]) -> bool:
    """Return True when a text writes one of a body's names in full, if only inside a longer phrase the finder did not
    read as a name ("SET ... the Securities Exchange of Thailand Index"): the writer spells the initials out."""
    return any(compiled(r"(?<![\w.])" + re.escape(n) + r"(?![\w])").search(text) for n in names)


def _not_spelt(text: str, initials: str) -> bool:
    """Return False where a text writes initials after "a" or "an", a kind of thing ("an MLP"), or spells them out
    in small letters ("ODA (official development assistance)")."""
    pattern = r"\b(?:[Aa]n?\s+" + re.escape(initials) + r"\b|" + re.escape(initials) + r"\s+\([a-z])"
    return compiled(pattern).search(text) is None


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
