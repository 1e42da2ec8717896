"""One-word names of people (a family name written first, a given name alone, a surname the article does not
tie to anyone) and clubs written by their town's name."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.identity import surnames
from newscorpus.extract.surname_first import family_name_first
from newscorpus.link import link_articles
from newscorpus.model import Source
from tests.test_merge import CONFIG, article, names, org, person, place


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Xi Jinping", True),
        ("Hua Chunying", True),
        ("Zhao Ziyang", True),
        ("Kim Jong Un", True),
        ("Kim Il Sung", True),
        # A given name and a surname, the given name a Chinese or Korean family name too.
        ("Lee Westwood", False),
        ("Kim Clijsters", False),
        ("Kim Dalton", False),
        ("Kim Hunter", False),
        ("Long John", False),
        # A syllable after a word no family name.
        ("Tom Chang", False),
        ("Xi", False),
    ],
)
def test_a_chinese_or_korean_name_is_written_family_name_first(name: str, first: bool) -> None:
    assert family_name_first(name.split()) is first
    assert (name.split(maxsplit=1)[0].lower() in surnames(name)) is first or len(name.split()) == 1


def test_a_family_name_written_first_alone_is_the_person_its_article_names_in_full() -> None:
    text = (
        "Chinese President Xi Jinping met the visitors in Beijing on Monday.\n\n"
        "Mr. Xi said the talks had gone well, and Xi praised his guests."
    )
    found = extract_article(Source(id="story", path="story.txt", text=text), Config())
    assert found is not None
    people = {e.name: set(e.aliases) for e in found.people}
    assert "Xi" not in people
    assert people.get("Xi Jinping", set()) <= {"Xi"}


def test_a_surname_its_article_does_not_tie_to_the_one_person_of_that_name_gets_no_hub() -> None:
    corpus = (
        article("a", "Premier Xu Wenlan visited Ohio.", person("Xu Wenlan"), place("Ohio")),
        article("b", "Xu Wenlan spoke in Ohio.", person("Xu Wenlan"), place("Ohio")),
        # Named by the surname alone beside nothing the person's articles name: no hub of "Xu" of its own.
        article("c", "Xu said the shop would close in Leeds.", person("Xu"), place("Leeds")),
        article("d", "Xu said the mill would close in Leeds.", person("Xu"), place("Leeds")),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    links = link_articles(merged, ())
    assert ("person", "Xu") not in links.hub_of
    assert merged[2].people[0].candidates == ("Xu Wenlan",)


def test_a_given_name_alone_after_a_queens_title_and_a_number_is_a_ship_no_one() -> None:
    corpus = (
        article("a", "The Queen Mary 2 sailed from Southampton.", person("Mary"), place("Southampton")),
        article("b", "Passengers boarded the Queen Mary 2 in Southampton.", person("Mary"), place("Southampton")),
    )
    links = link_articles(merge_across_corpus(corpus, CONFIG), ())
    assert ("person", "Mary") not in links.hub_of


def test_a_monarch_written_by_her_own_name_keeps_her_hub() -> None:
    corpus = (
        article("a", "Queen Mary opened the bridge.", person("Mary")),
        article("b", "Crowds cheered Queen Mary in the town.", person("Mary")),
    )
    links = link_articles(merge_across_corpus(corpus, CONFIG), ())
    assert ("person", "Mary") in links.hub_of


def _match(id: str, text: str, name: str) -> object:
    return article(id, text, org(name), person("Ossi Varbrandt"))


def test_a_town_in_sports_copy_joins_its_one_town_club() -> None:
    corpus = (
        _match("a", "Grimsby Town won the tournament tie after a late goal by striker Ossi Varbrandt.", "Grimsby Town"),
        _match("b", "Grimsby beat the visitors 2-0, striker Ossi Varbrandt scoring both goals.", "Grimsby"),
    )
    assert names(merge_across_corpus(corpus, CONFIG))["b"] >= {"Grimsby Town"}


def test_a_town_outside_sport_stays_apart_from_a_town_or_county_of_its_name() -> None:
    corpus = (
        article("a", "Grimsby Town council set its budget.", org("Grimsby Town")),
        article("b", "Grimsby said profits rose.", org("Grimsby")),
    )
    assert names(merge_across_corpus(corpus, CONFIG))["b"] == {"Grimsby"}


def test_a_ticker_after_a_company_s_possessive_joins_its_legal_forms() -> None:
    corpus = (
        *(article(f"b{i}", "Brandt Pipeline Co's <BRP> unit said.", org("Brandt Pipeline Co")) for i in range(3)),
        article("t", "Gas supplied by Brandt Pipeline Inc's <BRP> unit rose.", org("Brandt Pipeline Inc")),
        # Another ticker: another company.
        article("u", "Brandt Pipeline Corp's <BPL> stake rose.", org("Brandt Pipeline Corp")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["t"] == found["b0"] == {"Brandt Pipeline Co"}
    assert found["u"] == {"Brandt Pipeline Corp"}


def test_a_name_after_a_monarchs_title_and_the_is_a_ship_no_one() -> None:
    corpus = (
        article("a", "The Queen Adela sailed past the pier.", person("Adela")),
        article("b", "Guests aboard the MS Queen Adela were ill.", person("Adela")),
    )
    links = link_articles(merge_across_corpus(corpus, CONFIG), ())
    assert ("person", "Adela") not in links.hub_of


def test_a_name_no_list_holds_after_a_kins_word_is_a_given_name_alone() -> None:
    corpus = (
        article("a", "Her father Zorvan said she was upset. Zorvan called it unfair.", person("Zorvan")),
        article("b", "Her father Zorvan spoke outside the court.", person("Zorvan")),
        # The same name with no kin's word before it stays a name of its own.
        article("c", "Quelvor said the plan was sound.", person("Quelvor")),
        article("d", "Quelvor spoke outside the court.", person("Quelvor")),
    )
    links = link_articles(merge_across_corpus(corpus, CONFIG), ())
    assert ("person", "Zorvan") not in links.hub_of
    assert ("person", "Quelvor") in links.hub_of


def test_a_name_after_a_monarchs_title_beside_a_numbered_ship_is_a_ship_too() -> None:
    corpus = (
        article("a", "The Queen Mary 2 and Queen Adela met off the pier.", person("Adela"), person("Mary")),
        article("b", "Queen Tove 3 and Queen Adela sailed.", person("Adela")),
    )
    links = link_articles(merge_across_corpus(corpus, CONFIG), ())
    assert ("person", "Adela") not in links.hub_of


def test_a_given_name_alone_is_the_one_of_its_namesakes_its_article_names_in_full_far_more() -> None:
    text = "Bobby Quarn won. Bobby Quarn spoke. Bobby Quarn left. Bobby Trell cooked. Bobby says it was fun."
    corpus = (
        article("a", text, person("Bobby Quarn"), person("Bobby Trell"), person("Bobby")),
        # Named in full as often as each other: no telling which one is meant.
        article(
            "b",
            "Bobby Quarn won. Bobby Trell cooked. Bobby says it was fun.",
            person("Bobby Quarn"),
            person("Bobby Trell"),
            person("Bobby"),
        ),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert {e.name for e in merged[0].people} == {"Bobby Quarn", "Bobby Trell"}
    assert "Bobby" in {e.name for e in merged[1].people}


def test_a_surname_after_a_title_is_the_one_person_written_in_full_after_that_title() -> None:
    corpus = (
        article("a", "Under Chairman Mao Lanxi the plan grew in Hubei.", person("Mao Lanxi"), place("Hubei")),
        article("b", "Guests drank Mao Tai at the feast in Hubei.", person("Mao Tai"), place("Hubei")),
        article("c", "Since Chairman Mao died, Hubei has grown.", person("Mao"), place("Hubei")),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert {e.name for e in merged[2].people} == {"Mao Lanxi"}
