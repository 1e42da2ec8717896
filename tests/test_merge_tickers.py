"""A company's short name and the longer name opening with it, the same ticker written after both."""

from __future__ import annotations

import re

import pytest

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.corpus.tickers import tickers_written
from tests.test_merge import CONFIG, article, names, org


def test_a_short_name_joins_the_longer_name_written_with_its_ticker() -> None:
    corpus = (
        # An analyst's "Royal Dutch <RD>" is the company written "Royal Dutch Petroleum <RD>" in a list of stocks,
        # not the group it owns with Shell Transport, written with no ticker.
        article("r1", '"Just after Royal Dutch <RD>, they are seen as one of the best," he said.', org("Royal Dutch")),
        article(
            "r2",
            "Stocks favored include Royal Dutch Petroleum <RD>, Unilever <UN> and Pernod-Ricard.",
            org("Royal Dutch Petroleum"),
        ),
        article(
            "r3",
            "Royal Dutch Petroleum Co <RD> said profits rose.",
            org("Royal Dutch Petroleum Co", "Royal Dutch Petroleum"),
        ),
        article("r4", "Royal Dutch/Shell Group said it would cut output.", org("Royal Dutch/Shell Group")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["r1"] == found["r2"] == found["r3"] != found["r4"]


def test_a_ticker_two_longer_names_are_written_with_says_nothing() -> None:
    corpus = (
        article("f1", "Analysts favored Ford <F> over its rivals.", org("Ford")),
        # The parent and its finance unit, both written with the parent's ticker: which "Ford" is, it cannot say.
        article("f2", "Ford Motor Co <F> said car sales rose.", org("Ford Motor Co")),
        article("f3", "Ford Motor Credit Co <F> sold notes.", org("Ford Motor Credit Co")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["f1"] == {"Ford"}
    assert found["f2"] != found["f3"]


def test_a_unit_written_with_its_parents_ticker_stays_apart() -> None:
    corpus = (
        # The wire writes the parent's ticker after its unit: "Chrysler Motors" is Chrysler Corp's car maker.
        article("c1", "Chrysler Corp <C> said sales fell.", org("Chrysler Corp", "Chrysler")),
        article("c2", "Chrysler <C> shares rose.", org("Chrysler")),
        article("c3", "Chrysler Motors Corp <C> said it would recall cars.", org("Chrysler Motors Corp")),
        # Two names written with no ticker in common: two companies.
        article("u1", "Union Carbide <UK> said.", org("Union Carbide")),
        article("u2", "Union Carbide Eastern <UCE> said.", org("Union Carbide Eastern")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["c1"] == found["c2"] != found["c3"]
    assert found["u1"] != found["u2"]


# What tickers_written reads, as one pattern: the words before each ticker to the bracket or line before.
_AS_ONE_PATTERN = re.compile(r"([^<>\n]{1,80}?)\s*<([A-Z][A-Z0-9]*(?:\.[A-Z]+)?)>")


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, March 2 - Royal Dutch <RD> and Shell Transport <SC> rose.",
        "Royal Dutch/Shell Group's <RD> <SC> bid",
        "foo\n   <RD>",
        "<RD> opens the line",
        "a <b> <RD>",
        "x" * 100 + " <RD>",
        "A  B <RD> C <X.Y> <Mutual Shares Corp> D<E>",
        ">\n <RD>",
        "<RD>\n\n<SC>",
    ],
)
def test_tickers_are_read_back_from_each_ticker_as_the_one_pattern_reads_them(text: str) -> None:
    expected = tuple((m.group(1), m.group(2)) for m in _AS_ONE_PATTERN.finditer(text))
    assert tickers_written(text) == expected
