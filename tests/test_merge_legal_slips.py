"""A company's legal form written otherwise in a few stories: joined on the evidence of its articles."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from tests.test_merge import CONFIG, article, names, org, place


def test_a_legal_form_spelt_out_joins_its_short_spelling_whatever_other_forms_are_written() -> None:
    corpus = (
        *(article(f"c{i}", "Qarvell Energy Co said.", org("Qarvell Energy Co"), dateline="HOUSTON") for i in range(3)),
        article("s", "Qarvell Energy Company said.", org("Qarvell Energy Company"), dateline="CHICAGO"),
        article("l", "Qarvell Energy Ltd said.", org("Qarvell Energy Ltd"), dateline="LONDON"),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["s"] == found["c0"] == {"Qarvell Energy Co"}
    assert found["l"] == {"Qarvell Energy Ltd"}


def test_an_american_form_joins_another_written_as_seldom_where_their_articles_agree() -> None:
    detroit, gardena = place("Detroit"), place("Gardena")
    corpus = (
        *(
            article(
                f"i{i}", "Zandor Motor Co Inc said.", org("Zandor Motor Co Inc"), gardena, dateline="GARDENA, Calif."
            )
            for i in range(2)
        ),
        # Each sent from Detroit and naming it: the unit's car sales, once with "Co" and once with "Corp".
        article("co", "Zandor Motor Co sold cars in Detroit.", org("Zandor Motor Co"), detroit, dateline="DETROIT"),
        article("corp", "Zandor Motor Corp sold cars.", org("Zandor Motor Corp"), detroit, dateline="DETROIT, Mich."),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["co"] == found["corp"]


def test_an_american_form_in_one_story_joins_the_form_written_widely_only_where_the_articles_agree() -> None:
    toramex, vessing = (org("Quellby Gas Co"), place("Brandish")), (org("Orrin Mills Co"), place("Telford Bay"))
    corpus = (
        *(
            article(f"w{i}", "Toramex Corp said.", org("Toramex Corp"), *toramex[i % 2 :], dateline="NEW YORK")
            for i in range(4)
        ),
        article("s", "Toramex Inc said.", org("Toramex Inc"), *toramex, dateline="NEW YORK"),
        # A bank written widely and its "Co" once, naming the same things: the bank and its holding company.
        *(
            article(
                f"b{i}", "Vessing Trust Corp said.", org("Vessing Trust Corp"), *vessing[i % 2 :], dateline="CHICAGO"
            )
            for i in range(4)
        ),
        article("t", "Vessing Trust Co said.", org("Vessing Trust Co"), *vessing, dateline="CHICAGO"),
        # Naming nothing alike, a name of common words: two companies (a name no common word makes is one,
        # legal_homes.py).
        *(
            article(f"n{i}", "Western Supply Corp said.", org("Western Supply Corp"), dateline="NEW YORK")
            for i in range(4)
        ),
        article("o", "Western Supply Inc said.", org("Western Supply Inc"), place("Quarrow"), dateline="NEW YORK"),
        article("x", "The western supply of goods: " + "a western supply, " * 3),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["s"] == {"Toramex Corp", "Quellby Gas Co", "Brandish"}
    assert "Vessing Trust Co" in found["t"] and "Western Supply Inc" in found["o"]


def test_an_american_form_written_once_for_a_ltd_joins_it_from_the_towns_of_its_stories() -> None:
    corpus = (
        *(
            article(f"l{i}", "Kessho International Ltd managed it.", org("Kessho International Ltd"), dateline=town)
            for i, town in enumerate(["LONDON", "TOKYO"] * 5)
        ),
        article("i", "Kessho International Inc managed it.", org("Kessho International Inc"), dateline="TOKYO"),
        # Sent from a town none of the Ltd's stories come from: the Ltd's American unit, maybe.
        *(
            article(f"h{i}", "Halvard Trading Ltd said.", org("Halvard Trading Ltd"), dateline="LONDON")
            for i in range(10)
        ),
        article("n", "Halvard Trading Inc said.", org("Halvard Trading Inc"), dateline="NEW YORK"),
        # Both written in one story: a parent and its unit.
        *(
            article(f"p{i}", "Norvale Telecom Ltd said.", org("Norvale Telecom Ltd"), dateline="TORONTO")
            for i in range(10)
        ),
        article(
            "u",
            "Norvale Telecom Inc, a unit of Norvale Telecom Ltd, said.",
            org("Norvale Telecom Inc"),
            org("Norvale Telecom Ltd"),
            dateline="TORONTO",
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["i"] == {"Kessho International Ltd"}
    assert found["n"] == {"Halvard Trading Inc"}
    assert found["u"] == {"Norvale Telecom Inc", "Norvale Telecom Ltd"}
