"""Slips in one word of a company's or body's name: the rest of the name the same, one word a letter off."""

from __future__ import annotations

from ..cues import CONNECTORS
from ..identity import edit_distance
from ..legal_forms import LEGAL_FORMS
from ..shortforms import legal_words
from ..text import fold_name
from .state import Corpus, Node, Ref

# Why a name with a word of the language misspelt joined the name spelt right.
WORD_MISSPELT = "another spelling, a word of the language misspelt in a long name"
# Why a company's registered name with a short word a letter off joined the name written widely.
SHORT_WORD_SLIP = "another spelling, a short word of a company's registered name a letter off, written once or twice"
# A short word's slip is told from another company's name only where the name spelt right is written
# this many times as often.
_SLIP_DOMINANCE = 5


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


def short_word_slip(
    corpus: Corpus, pair: tuple[Node, Node], nodes: dict[Node, list[Ref]], articles: dict[Node, set[int]]
) -> str | None:
    """Return why a company's registered name, two words or more and a legal form, written in an article
    or two with one word a letter off ("Fuju Bank Ltd"), is a slip of the name spelt right, written in
    five times as many articles, where the slip's word is written almost nowhere else: too short a word
    for a close spelling, but no other company. A lone word ("Itel Corp", "Intel Corp") is a name of its
    own, and so are initials ("CCX Inc", "CPX Inc"), a word of the language ("Lone Star", "Long Star")
    and a word written widely. Else None."""
    main, variant = pair
    if main[0] != "organization":
        return None
    # The keys' words first, then the forms as written: every pair of names a letter apart is asked.
    content = [w for w in main[1].split() if w not in LEGAL_FORMS and w not in CONNECTORS]
    apart = [(m, v) for m, v in zip(main[1].split(), variant[1].split(), strict=False) if m != v]
    if len(content) < 2 or len(main[1].split()) != len(variant[1].split()) or len(apart) != 1:
        return None
    right, slip = apart[0]
    if min(len(right), len(slip)) < 4 or edit_distance(right, slip) != 1 or right[0] != slip[0]:
        return None
    forms = [corpus.entities[nodes[n][0]].name for n in pair]
    initials = any(w.isupper() and len(w) > 1 for f in forms for w in f.split())
    if initials or not all(legal_words(f)[1] for f in forms):
        return None
    if corpus.is_common(right) or corpus.is_common(slip):
        return None
    seen = len(articles[main]), len(articles[variant])
    rare = corpus.vocabulary.rare(fold_name(slip), corpus.config.typo_max_occurrences)
    dominant = seen[0] >= _SLIP_DOMINANCE * seen[1] and seen[1] <= corpus.config.variant_max_articles
    return SHORT_WORD_SLIP if rare and dominant else None


def word_as_given(corpus: Corpus, word: str) -> bool:
    """Return True for a common word of the language ("manual") that opens no other person's name in
    the corpus: a slip for the given name a letter off ("Manual Valls" in a web story on Manuel Valls),
    though name lists hold it. "Carol" opens other people's names, and "Carol Hale" is not "Carl Hale"."""
    return corpus.is_common(word) and corpus.given_names()[word] <= 1
