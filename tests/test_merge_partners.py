"""A firm's name written as a partnership's in an article or two, and the one firm of that name."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from tests.test_merge import CONFIG, article, names, org


def test_a_partnerships_name_joins_the_one_firm_of_its_name() -> None:
    corpus = (
        article(
            "p1", "Anne Knight, analyst for Paine Webber and Co, said sales were weak.", org("Paine Webber and Co")
        ),
        article("p2", "PaineWebber Inc said it would sell the notes.", org("PaineWebber Inc")),
        article("p3", "The issue was led by PaineWebber Inc.", org("PaineWebber Inc")),
        # The brokerage's parent, a name a word longer: another company.
        article("p4", "PaineWebber Group Inc said profits rose.", org("PaineWebber Group Inc")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["p1"] == found["p2"] == found["p3"] != found["p4"]


def test_a_partnership_of_two_countries_firms_or_with_an_arm_stays_apart() -> None:
    corpus = (
        # The London firm and its New York one: which the partnership's name means, nothing says.
        article("w1", "S.G. Warburg and Co said it placed the shares.", org("S.G. Warburg and Co")),
        article("w2", "S.G. Warburg and Co Ltd of London said.", org("S.G. Warburg and Co Ltd")),
        article("w3", "S.G. Warburg and Co Inc said in New York.", org("S.G. Warburg and Co Inc")),
        article("w4", "S.G. Warburg and Co Inc led the deal.", org("S.G. Warburg and Co Inc")),
        # The London partnership written twice, its American arm once.
        article("c1", "Cazenove and Co, the London broker, said.", org("Cazenove and Co")),
        article("c2", "Brokers Cazenove and Co placed the stock.", org("Cazenove and Co")),
        article("c3", "Cazenove Inc, its New York arm, said.", org("Cazenove Inc")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["w1"] != found["w3"]
    assert found["c1"] != found["c3"]
