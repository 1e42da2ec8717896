"""Slips in one word of a company's or body's name: the rest of the name the same, one word a letter off."""

from __future__ import annotations

from ..cues import CONNECTORS
from ..identity import edit_distance
from ..legal_forms import LEGAL_FORMS
from ..text import fold_name
from .state import Corpus, Node

# Why a name with a word of the language misspelt joined the name spelt right.
WORD_MISSPELT = "another spelling, a word of the language misspelt in a long name"


def one_word_off(corpus: Corpus, key: str, words: list[tuple[str, str]]) -> bool:
    """Return True for a company's or body's name whose words but one are the same, that one a letter
    off and the variant's word written almost nowhere else ("Wertheim Schroder and Co Inc", "Mosely
    Holding Corp"), or whose three or more words are the same but for a slip or two ("Secruties and
    Exchange Commission"): a slip, not another company. A variant's word written widely is a name of
    its own: "Integrated Generics" beside "Integrated Genetics", "Country Bank" beside "County Bank"."""
    content = [w for w in key.split() if w not in LEGAL_FORMS and w not in CONNECTORS]
    if len(content) >= 3:
        return True
    if len(content) != 2 or len(words) != 1 or len(words[0][0]) < 5 or edit_distance(*words[0]) != 1:
        return False
    return corpus.vocabulary.rare(fold_name(words[0][1]), corpus.config.typo_max_occurrences)


def word_misspelt(corpus: Corpus, main: Node, words: list[tuple[str, str]]) -> bool:
    """Return True for a body's name of three words or more but for a word of the language misspelt
    one letter off ("Management and Coodination Agency"), however often the slip is copied: one name's
    word is common, the other's, of seven letters or more, no word of the language.
    Two companies' names differ in a name ("Norton Simon Industries", "Morton Simon Industries"), not
    in a word of the language, and two words of the language ("Mines", "Mills") are two names."""
    content = [w for w in main[1].split() if w not in LEGAL_FORMS and w not in CONNECTORS]
    if main[0] != "organization" or len(content) < 3 or len(words) != 1 or edit_distance(*words[0]) != 1:
        return False
    common = [corpus.is_common(w) for w in words[0]]
    if sum(common) != 1:
        return False
    return len(words[0][common.index(False)]) >= corpus.config.typo_min_letters


def misspelt_of(corpus: Corpus, a: Node, b: Node) -> Node:
    """Return which of two names a word misspelt joined is the misspelt one: the one whose own word is
    no word of the language (it must not name the group, however often it is written)."""
    only_a = set(a[1].split()) - set(b[1].split())
    return a if any(not corpus.is_common(w) for w in only_a) else b
