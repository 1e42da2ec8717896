"""Name variants the corpus-wide merge joins on identity evidence, and the look-alikes it keeps apart."""

from __future__ import annotations

import pytest

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.corpus.given_spelt import spelt_alike
from tests.test_merge import CONFIG, article, names, org, person, place


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("narender", "narendra", True),
        ("davis", "david", True),
        ("masaji", "masashi", True),
        ("robert", "roberta", False),  # a name with letters added is another name
        ("carl", "karl", False),  # too short, and not the same start
        ("ronald", "rolando", False),  # three letters apart in seven
    ],
)
def test_given_names_spelt_alike(a: str, b: str, alike: bool) -> None:
    assert spelt_alike(a, b) is alike


def test_a_given_name_spelt_otherwise_joins_the_only_other_bearer_of_the_surname() -> None:
    corpus = (
        *(article(f"n{i}", "Narendra Vashkoti spoke in Delhi.", person("Narendra Vashkoti")) for i in range(3)),
        article("v", "Narender Vashkoti spoke.", person("Narender Vashkoti")),
        # Each written in several articles: two people, each written as they are named.
        *(article(f"s{i}", "Stephen Quobrin said.", person("Stephen Quobrin")) for i in range(3)),
        *(article(f"t{i}", "Steven Quobrin said.", person("Steven Quobrin")) for i in range(3)),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["v"] == found["n0"] == {"Narendra Vashkoti"}
    assert found["s0"] == {"Stephen Quobrin"} and found["t0"] == {"Steven Quobrin"}


def test_a_shared_surname_needs_the_articles_to_agree_before_a_spelling_joins() -> None:
    place_a, place_b = place("Zentrovia"), place("Quellmark")
    corpus = (
        article("a", "Masaji Yorumoto of Zentrovia spoke.", person("Masaji Yorumoto"), place_a),
        article("b", "Masashi Yorumoto of Zentrovia spoke.", person("Masashi Yorumoto"), place_a),
        article("c", "Kenta Yorumoto spoke.", person("Kenta Yorumoto")),
        article("d", "Hiroko Yorumoto spoke.", person("Hiroko Yorumoto")),
        # Namesakes whose articles name nothing in common stay apart.
        article("e", "Stephen Pellowe of Quellmark spoke.", person("Stephen Pellowe"), place_b),
        article("f", "Steven Pellowe spoke.", person("Steven Pellowe")),
        article("g", "Agnes Pellowe spoke.", person("Agnes Pellowe"), org("Brontal Group")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["a"] == found["b"]
    assert found["e"] == {"Stephen Pellowe", "Quellmark"} and found["f"] == {"Steven Pellowe"}


def test_a_name_with_the_words_around_and_swapped_joins_the_name_written_widely() -> None:
    corpus = (
        *(
            article(f"n{i}", "Zentro Telegraph and Telephone Corp said.", org("Zentro Telegraph and Telephone Corp"))
            for i in range(3)
        ),
        article("s", "Zentro Telephone and Telegraph Co said.", org("Zentro Telephone and Telegraph Co")),
        # No word before the pair: two firms' names ("Smith and Jones", "Jones and Smith").
        article("a", "Pellow and Brantley said.", org("Pellow and Brantley")),
        article("b", "Brantley and Pellow said.", org("Brantley and Pellow")),
        # Both written in one article: two bodies.
        article(
            "c",
            "Quorra Mining and Milling Co bought Quorra Milling and Mining Co.",
            org("Quorra Mining and Milling Co"),
            org("Quorra Milling and Mining Co"),
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["s"] == found["n0"] == {"Zentro Telegraph and Telephone Corp"}
    assert found["a"] == {"Pellow and Brantley"} and found["b"] == {"Brantley and Pellow"}
    assert found["c"] == {"Quorra Mining and Milling Co", "Quorra Milling and Mining Co"}


def test_a_name_run_on_from_the_word_before_it_joins_the_person_the_rest_names() -> None:
    corpus = (
        *(article(f"d{i}", "John Vantorre spoke.", person("John Vantorre")) for i in range(2)),
        article("s", "Unlike John Vantorre, others spoke.", person("Unlike John Vantorre")),
        *(article(f"u{i}", "It was unlike the year before.") for i in range(3)),
        *(article(f"e{i}", "Christian Melcourt spoke.", person("Christian Melcourt")) for i in range(2)),
        article("z", "Zorvex Christian Melcourt posted.", person("Zorvex Christian Melcourt"), org("Zorvex")),
        article("o", "Zorvex said.", org("Zorvex")),
        # The rest written once, in another article: two slips of the finder, not one person.
        article("x", "Like Madison Red Wolves fans, they won.", person("Like Madison Red Wolves")),
        article("y", "The Madison Red Wolves won.", person("Madison Red Wolves")),
        # A given name before the name is a person's own ("Mary Anne Quellby"), not a word run on.
        article("m", "Mary Anne Quellby spoke.", person("Mary Anne Quellby")),
        article("n", "Anne Quellby spoke.", person("Anne Quellby")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["s"] == found["d0"] == {"John Vantorre"}
    assert found["z"] == {"Christian Melcourt", "Zorvex"}
    assert found["m"] == {"Mary Anne Quellby"} and found["n"] == {"Anne Quellby"}
    assert found["x"] == {"Like Madison Red Wolves"} and found["y"] == {"Madison Red Wolves"}
