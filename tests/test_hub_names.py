"""Names a reader should never meet as a hub: a given name alone, an office's words in a person's name, a
word run on into the name after it, a club typed as a person."""

from __future__ import annotations

import dataclasses

import pytest

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.link import link_articles
from tests.test_extract_entity_context import article
from tests.test_merge import CONFIG, person, place
from tests.test_merge import article as merged_article


def kinds(text: str) -> dict[str, set[str]]:
    found = article(text)
    return {kind: {e.name for e in getattr(found, kind)} for kind in ("people", "organizations", "places")}


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        # The portfolio after "Secretary of" is the office's, not the name's.
        ("The visit by Secretary of State Marla Quenby was welcomed.", "Marla Quenby", "State Marla Quenby"),
        (
            "US Secretary of State Marla Quenby said talks would go on.",
            "Marla Quenby",
            "Secretary of State Marla Quenby",
        ),
        ("Secretary of Defense Tobin Arkwell spoke later.", "Tobin Arkwell", "Defense Tobin Arkwell"),
        # The place an office is of, as before.
        ("Mayor of Leeds Tobin Arkwell paid tribute.", "Tobin Arkwell", "Leeds Tobin Arkwell"),
    ],
)
def test_a_portfolio_after_an_office_s_of_is_no_part_of_the_name(text: str, person: str, absent: str) -> None:
    found = kinds(text)
    assert person in found["people"]
    assert absent not in found["people"] | found["organizations"]


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        # A place after "in" run on into the name of the sentence after it, as a lost full stop leaves it.
        (
            "Images of the attack in Nice Tobin Arkwell, a police officer on vacation, said he ran.",
            "Tobin Arkwell",
            "Nice Tobin Arkwell",
        ),
        # A known body's initials before a full name.
        ("The envoy, UN Marla Quenby, spoke on Friday.", "Marla Quenby", "UN Marla Quenby"),
    ],
)
def test_a_word_run_on_into_a_full_name_is_cut_off(text: str, person: str, absent: str) -> None:
    found = kinds(text)
    assert person in found["people"]
    assert absent not in found["people"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A place whose first word and a given name make a town stays the town.
        ("He lives in Santa Barbara with his wife.", "Santa Barbara", "places"),
        # A given name opening a name after "in" is a person's whole name.
        ("The money was in Tobin Arkwell's account.", "Tobin Arkwell", "people"),
        # A firm's name after "at" keeps its words.
        ("She is an analyst at Morgan Stanley in New York.", "Morgan Stanley", "organizations"),
    ],
)
def test_names_after_in_or_at_stay_whole(text: str, name: str, kind: str) -> None:
    assert name in kinds(text)[kind]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A ground after "at": no words after it mark a person, so no name is cut out of it.
        ("The match at Brent Hart Lane ended in a draw.", "Hart Lane"),
    ],
)
def test_a_place_s_words_are_no_person(text: str, absent: str) -> None:
    assert absent not in kinds(text)["people"]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # In sport copy, a city and a plural no one bears as a surname: a club wherever it is written.
        ("London Wasps director of rugby Tobin Arkwell said the squad and its coach would tour.", "London Wasps"),
        ("Kirk Loman, a former Boston Falcons employee, said the coach scored a touchdown.", "Boston Falcons"),
    ],
)
def test_a_city_and_a_plural_nickname_is_a_club(text: str, club: str) -> None:
    found = kinds(text)
    assert club in found["organizations"]
    assert club not in found["people"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A plural that is a surname, or a given name's ("Matthews"), after a city's name: a person.
        ("London Hayes, the singer, said she was delighted.", "London Hayes"),
        ("Austin Matthews, the coach, said he was delighted.", "Austin Matthews"),
        # Outside sport copy a plural the surname lists lack may still be a surname.
        ("He appeared on This Week with George Kallistopoulos on Sunday.", "George Kallistopoulos"),
    ],
)
def test_a_city_s_name_before_a_surname_is_a_person_s_given_name(text: str, name: str) -> None:
    found = kinds(text)
    assert name in found["people"]
    assert name not in found["organizations"]


def test_a_given_name_alone_is_the_person_named_in_full_or_no_one_with_a_hub() -> None:
    corpus = (
        # Named in full in its own article: that person.
        merged_article(
            "a",
            "Bruce Kellan spoke. Bruce said the boat sank.",
            person("Bruce Kellan"),
            person("Bruce"),
        ),
        # The sons are named only by given names: no hub for them.
        merged_article(
            "b",
            "Irene Kellan and their sons Matthew and Zachary were aboard.",
            person("Irene Kellan"),
            person("Matthew"),
            person("Zachary"),
        ),
        merged_article("c", "Their son Matthew was found later.", person("Matthew"), place("Tennessee")),
        # A surname no full name holds, and no given name, keeps its hub.
        merged_article("d", "Quenbyx said the boat sank.", person("Quenbyx")),
        # A monarch's own name keeps its hub.
        merged_article("e", "Princess Diana visited the hospital.", person("Diana")),
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert {e.name for e in merged[0].people} == {"Bruce Kellan"}
    links = link_articles(merged, (), config=dataclasses.replace(CONFIG, hub_min_articles=1))
    hubs = {name for kind, name in links.hub_of if kind == "person"}
    assert not {"Matthew", "Zachary", "Bruce"} & hubs
    assert {"Bruce Kellan", "Irene Kellan", "Quenbyx", "Diana"} <= hubs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visitors flocked to the Gladys Porter Zoo on Monday.", "Gladys Porter Zoo"),
        ("He drank at the Billy Goat Tavern after the game.", "Billy Goat Tavern"),
    ],
)
def test_a_zoo_or_a_tavern_is_no_person(text: str, name: str) -> None:
    assert name not in kinds(text)["people"]


def test_a_given_name_before_a_surname_is_still_a_person() -> None:
    assert "Gladys Porter" in kinds("Gladys Porter, the keeper, said the zoo would reopen.")["people"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ships crossed the Sea of Quenby on Monday.", "Sea of Quenby"),
        ("Tankers in the Gulf of Arkwell stopped.", "Gulf of Arkwell"),
    ],
)
def test_a_feature_of_a_name_is_a_place(text: str, name: str) -> None:
    found = kinds(text)
    assert name in found["places"]
    assert name not in found["people"]


def test_a_body_of_a_place_stays_a_body() -> None:
    assert "Bank of Japan" in kinds("The Bank of Japan held rates on Monday.")["organizations"]


def test_a_facility_s_place_is_the_whole_place_it_opens_with() -> None:
    found = kinds("One of the victims of the San Francisco Airport attack was hurt.")
    assert "San Francisco" in found["places"]
    assert "San" not in found["places"]
    assert "San Francisco Airport" not in found["people"]


_SPORT = " The coach praised the rookie after the playoff and the tournament."


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # A plural after "the" in sport copy is a club's nickname though "who" follows it.
        ("Dale Tobin had 12 points for the Quenbies, who split their last four games." + _SPORT, "Quenbies"),
        # Once after "the", it is the club's wherever the story writes it.
        ("Quenbies coach Gary Tobin resigned. He wanted the Quenbies to win." + _SPORT, "Quenbies"),
    ],
)
def test_a_nickname_after_the_in_sport_copy_is_a_club(text: str, club: str) -> None:
    found = kinds(text)
    assert club in found["organizations"]
    assert club not in found["people"]


def test_a_family_or_a_surname_after_the_is_no_club() -> None:
    found = kinds("The Tobins, who lived nearby, watched. Dale Tobin scored. The Hayes, who coach, left." + _SPORT)
    assert not {"Tobins", "Hayes"} & found["organizations"]
