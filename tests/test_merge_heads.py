"""A company's distinctive first word written alone, and the one company the corpus names by it."""

from __future__ import annotations

import pytest

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.corpus.heads import written_first
from tests.test_merge import CONFIG, article, names, org, person


def test_a_distinctive_first_word_alone_joins_the_one_company_opening_with_it() -> None:
    rival, chief, other, port = (
        org("Quarrel Devices Inc"),
        person("Hana Voskel"),
        org("Tessary Mills"),
        org("Ulvane Port"),
    )
    corpus = (
        # Written alone far more often than in full, beside the company's rival: the company.
        *(article(f"z{i}", "Zorbix phones outsold Quarrel Devices Inc.", org("Zorbix"), rival) for i in range(3)),
        *(article(f"y{i}", "Zorbix phones sold well.", org("Zorbix")) for i in range(3)),
        article("e1", "Zorbix Electronics Co Ltd and Quarrel Devices Inc.", org("Zorbix Electronics Co Ltd"), rival),
        # The group's name, written only in a story of the company: no other company of the word.
        article(
            "e2",
            "Zorbix Electronics, of the Zorbix Group, hired Hana Voskel.",
            org("Zorbix Electronics"),
            org("Zorbix Group"),
            chief,
        ),
        # Several companies of the word written apart: a group's name, left alone.
        *(article(f"k{i}", "Kelmora beat Tessary Mills.", org("Kelmora"), other) for i in range(3)),
        article("kb", "Kelmora Bank Ltd lent to Tessary Mills.", org("Kelmora Bank Ltd"), other),
        article("kh", "Kelmora Heavy Industries Ltd said.", org("Kelmora Heavy Industries Ltd")),
        # No legal form anywhere: a committee of a body, not a company.
        *(article(f"p{i}", "The Vandorium met Ulvane Port.", org("Vandorium"), port) for i in range(2)),
        article("ps", "The Vandorium Standing Committee met Ulvane Port.", org("Vandorium Standing Committee"), port),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["y0"] == found["e1"] - {"Quarrel Devices Inc"}
    assert "Kelmora" in found["k0"] and "Vandorium" in found["p0"]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Zorbix said it would.", True),
        ("Phones from Apple and Zorbix sold.", True),
        ("Shares of Quellin. Zorbix fell.", True),
        # Only ever after another capitalised word: the last word of a longer name cut by the finder.
        ("The Airbus Zorbix said.", False),
    ],
)
def test_a_word_is_written_alone_unless_always_after_a_capitalised_word(text: str, alone: bool) -> None:
    assert written_first(text, "Zorbix") is alone
