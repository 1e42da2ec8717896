"""A name run on into its initials, with no bracket between, and those initials written alone."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from tests.test_merge import CONFIG, article, names, org


def _agency_stories(initials: str, count: int = 3) -> tuple:
    return tuple(
        article(f"i{n}", f"{initials} said on Sunday Iran had seized seven boats.", org(initials)) for n in range(count)
    )


def test_a_name_run_on_into_its_initials_joins_them() -> None:
    corpus = (
        *_agency_stories("IRNA"),
        # The Kuwaiti story writes the agency's name as it reads it and the initials the wire knows it by.
        article(
            "k1",
            "The Iranian News Agency IRNA said on Sunday Iran had seized seven boats.",
            org("Iranian News Agency IRNA"),
        ),
        article("m1", "The Middle East News Agency MENA said.", org("Middle East News Agency MENA")),
        article("m2", "MENA reported the talks.", org("MENA")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["k1"] == found["i0"] == {"IRNA"}
    assert found["m1"] != found["m2"]  # initials written alone in one story say too little


def test_capitals_that_are_no_initials_of_the_name_stay_apart() -> None:
    corpus = (
        *_agency_stories("OPEC"),
        # The letters do not open with the name's first letter, nor hold its words' first letters in order.
        article("k1", "The Kuwait News Agency OPEC quoted the minister.", org("Kuwait News Agency OPEC")),
        article("s1", "Saudi Press Agency PSA reported.", org("Saudi Press Agency PSA")),
        article("s2", "PSA said.", org("PSA")),
        article("s3", "PSA denied it.", org("PSA")),
        article("s4", "PSA said again.", org("PSA")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["k1"] != found["i0"]
    assert found["s1"] != found["s2"]
