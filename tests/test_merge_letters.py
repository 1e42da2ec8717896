"""The corpus-wide merge on names whose letters say more than their words: initials with a small letter
inside, and given names of widely borne surnames (invented names throughout)."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.identity import cased_initials
from newscorpus.model import Article
from tests.test_merge import article, names, org, person, place

CONFIG = Config()


@pytest.mark.parametrize(
    ("form", "cased"),
    [
        ("BfR", True),  # a body's own letters, "for" in small
        ("DoW", True),
        ("NoK", True),
        ("BFR", False),  # capitals only: any body's, or a box score's column
        ("Nato", False),  # a word written in small letters after its capital
        ("McK", False),  # a surname's prefix, no initials
        ("Zx", False),  # two letters, one small: too short to tell
        ("GlenHaven", False),  # a name run together, not initials
    ],
)
def test_cased_initials(form: str, cased: bool) -> None:
    assert cased_initials(form) is cased


def _rivers(i: int) -> Article:
    return article(
        f"r{i}",
        "The Board for Rivers said the weir would close.",
        org("Board for Rivers", "BfR"),
        person("Maren Tolle"),
        place("Kelby"),
    )


def test_initials_written_with_a_small_letter_are_not_the_same_letters_in_capitals() -> None:
    corpus = (
        *(_rivers(i) for i in range(3)),
        # The body's own letters alone, in a story naming its people and places.
        article(
            "b", "BfR closed the weir at Kelby, Maren Tolle said.", org("BfR"), person("Maren Tolle"), place("Kelby")
        ),
        # A box score's column in capitals, in a sports story naming nothing of the body's.
        article(
            "s", "Dax Orne had 2 BFR and a sack for Ridgeford.", org("BFR"), person("Dax Orne"), place("Ridgeford")
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert "Board for Rivers" in found["b"]
    assert "BFR" in found["s"] and "Board for Rivers" not in found["s"]


def test_a_nickname_and_a_given_name_of_a_widely_borne_surname_join_only_where_their_articles_agree() -> None:
    # "Wright" is among the census list's commonest surnames: two men as often as one.
    london = (org("Fenwick and Dray"), place("Brentfield"))
    capital = (org("Energy Department"), person("Orla Dean"))
    corpus = (
        *(article(f"b{i}", "Bill Wright, economist, said.", person("Bill Wright"), *london) for i in range(2)),
        article("w", "William Wright, deputy secretary, said.", person("William Wright"), *capital),
        # The same nickname and given name of a rare surname join, as before, whatever their articles name.
        article("q", "Bill Quillam said.", person("Bill Quillam"), *london),
        article("r", "William Quillam said.", person("William Quillam"), *capital),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert "Bill Wright" in found["b0"] and "William Wright" in found["w"]
    assert found["q"] & found["r"] == {"William Quillam"} or found["q"] & found["r"] == {"Bill Quillam"}


def test_a_nickname_and_a_given_name_of_a_widely_borne_surname_join_where_their_articles_agree() -> None:
    london = (org("Fenwick and Dray"), place("Brentfield"))
    corpus = (
        *(article(f"b{i}", "Bill Wright, economist, said.", person("Bill Wright"), *london) for i in range(2)),
        article("w", "William Wright, economist, said.", person("William Wright"), *london),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["b0"] == found["w"]


def test_a_man_named_al_is_no_surname_alone() -> None:
    # "Al Pemberton" names a man of his own, not the surname of the one Pemberton named in full.
    court = (place("Hollins"), org("Hollins Hawks"))
    corpus = (
        *(article(f"d{i}", "Derek Pemberton scored.", person("Derek Pemberton"), *court) for i in range(2)),
        article("a", "Al Pemberton scored for Hollins Hawks.", person("Al Pemberton"), *court),
        article("b", "Al Pemberton scored again.", person("Al Pemberton"), *court),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert "Al Pemberton" in found["a"] and "Derek Pemberton" not in found["a"]


def test_al_before_a_surname_the_corpus_writes_after_the_article_inside_a_name_is_that_surname() -> None:
    # "Karim Al Quraishi" writes the article inside a name: "Al Quraishi" alone is his surname, census list or not.
    front = (place("Wadi Sur"), org("Northern Brigade"))
    corpus = (
        *(article(f"k{i}", "Karim Al Quraishi spoke.", person("Karim Al Quraishi"), *front) for i in range(2)),
        article("a", "Al Quraishi said the Northern Brigade held Wadi Sur.", person("Al Quraishi"), *front),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["a"] == found["k0"]


def test_an_ampersand_between_words_is_their_and_but_not_inside_initials() -> None:
    corpus = (
        *(article(f"a{i}", "Brevin and Quast Inc said.", org("Brevin and Quast Inc")) for i in range(3)),
        article("b", "Brevin and Quast said.", org("Brevin and Quast")),
        article("c", "Brevin & Quast said.", org("Brevin & Quast")),
        # Initials joined by an ampersand are written as one word: not their letters and "and".
        article("d", "QT&V Corp said.", org("QT&V Corp")),
        article("e", "QTandV Corp said.", org("QTandV Corp")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["c"] == found["b"]
    assert found["d"] != found["e"]
