"""A company's name written alone, and the one group the corpus names by it and "Group"."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from tests.test_merge import CONFIG, article, names, org


def test_a_firms_name_joins_the_one_group_of_its_name() -> None:
    corpus = (
        # The bank by its name, its legal form and its group's: one firm to a reader of the wire.
        article("h1", "Hambrecht and Quist Group said it sold stock.", org("Hambrecht and Quist Group")),
        article("h2", "The offering was led by Hambrecht & Quist.", org("Hambrecht & Quist")),
        article("h3", "Hambrecht and Quist Inc said.", org("Hambrecht and Quist Inc")),
        article("h4", "Hambrecht and Quist was the underwriter.", org("Hambrecht and Quist")),
        article("s1", "SoftBank bought a stake in the chip designer.", org("SoftBank")),
        article("s2", "SoftBank Group Corp reported a loss.", org("SoftBank Group Corp")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["h1"] == found["h2"] == found["h3"] == found["h4"]
    assert found["s1"] == found["s2"]


def test_a_partnership_of_the_name_is_the_groups_unit() -> None:
    # "Oppenheimer and Co", the brokerage, is a subsidiary of Oppenheimer Group Inc: the name alone goes with it.
    corpus = (
        article("o1", "Oppenheimer analyst Jane Roe said.", org("Oppenheimer")),
        article("o2", "Oppenheimer and Co Inc said it bought shares.", org("Oppenheimer and Co Inc")),
        article("o3", "Oppenheimer Group Inc said profits rose.", org("Oppenheimer Group Inc")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["o1"] == found["o2"] != found["o3"]


def test_a_name_of_two_groups_or_of_a_company_apart_stays_alone() -> None:
    corpus = (
        # Two groups of the name, of two countries: which one the name alone means, nothing says.
        article("b1", "Bellamont said it would bid.", org("Bellamont")),
        article("b2", "Bellamont Group Ltd of Perth said.", org("Bellamont Group Ltd")),
        article("b3", "Bellamont Group NV of Curacao said.", org("Bellamont Group NV")),
        # A trade's word, no company's name.
        article("e1", "Entertainment stocks rose.", org("Entertainment")),
        article("e2", "Entertainment Group Inc said.", org("Entertainment Group Inc")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["b1"] == {"Bellamont"}
    assert found["e1"] != found["e2"]


def test_a_name_written_apart_from_its_group_in_one_story_stays_apart() -> None:
    # One story names the firm and its parent as two: the unit, not the group.
    corpus = (
        article(
            "o1",
            "Oppenhallen, a unit of Oppenhallen Group Inc, said.",
            org("Oppenhallen"),
            org("Oppenhallen Group Inc"),
        ),
        article("o2", "Oppenhallen said it would sell.", org("Oppenhallen")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["o2"] == {"Oppenhallen"}
