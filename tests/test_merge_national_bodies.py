"""A body every country has, written bare ("Parliament", "the Army") in stories set in several countries."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.corpus.bodies import countries_after, countries_before
from newscorpus.extract.corpus.state import compiled
from newscorpus.link import link_articles

from .test_merge import CONFIG, article, org, place


def test_a_bare_body_of_stories_set_in_two_countries_gets_no_hub() -> None:
    corpus = (
        article("a", "The Supreme Court heard the case.", org("Supreme Court"), dateline="WASHINGTON"),
        article("b", "The Supreme Court ruled on Monday.", org("Supreme Court"), dateline="OTTAWA"),
        article("c", "The Supreme Court met on crop burning.", org("Supreme Court"), place("India")),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert all(a.organizations[0].candidates for a in merged)
    assert ("organization", "Supreme Court") not in link_articles(merged, ()).hub_of


def test_a_bare_body_written_almost_only_of_one_country_keeps_its_hub_there() -> None:
    us = [article(str(i), "The bill went to Congress.", org("Congress"), dateline="WASHINGTON") for i in range(4)]
    brazil = article("br", "Brazil's Congress voted on Monday.", org("Congress"), dateline="BRASILIA")
    merged = merge_across_corpus((*us, brazil), CONFIG)
    assert [bool(a.organizations[0].candidates) for a in merged] == [False] * 4 + [True]
    assert ("organization", "Congress") in link_articles(merged, ()).hub_of


def test_a_bare_body_of_one_countrys_stories_or_joined_to_a_longer_name_is_left_alone() -> None:
    corpus = (
        article("a", "Parliament passed the bill.", org("Parliament"), dateline="KIEV"),
        article("b", "Parliament went into recess.", org("Parliament"), place("Ukraine")),
        article("c", "Lawmakers of Parliament met in Kiev.", org("Parliament"), dateline="KIEV"),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert not any(a.organizations[0].candidates for a in merged)


def test_the_countries_written_beside_a_body_are_read_alike_however_many_names_were_asked_before() -> None:
    # The merge asks of thousands of bodies' names, each its own pattern, compiled once and kept.
    text = "China's Foreign Ministry said on Monday. The Centre for Disease Control (CDC) in the US agreed."
    for n in range(600):  # more than the 512 patterns `re` keeps compiled
        countries_before(text, f"Ministry {n}")
    assert countries_before(text, "Foreign Ministry") == {"China"}
    assert countries_after(text, "Centre for Disease Control") == {"United States"}
    assert compiled(r"\bCDC\b") is compiled(r"\bCDC\b")
