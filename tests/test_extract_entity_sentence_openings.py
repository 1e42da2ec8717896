"""A name that opens a sentence keeps its first word when that word is a place opening a team's or a
firm's name, or a given name no list holds before a surname one does; on sentences written for these tests."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.entities import find_rule_mentions
from newscorpus.extract.gazetteer import load_gazetteer
from tests.test_extract_entity_kinds import found

GAZETTEER = load_gazetteer(Config().min_place_population)


def texts(paragraph: str) -> set[str]:
    return {m.text for m in find_rule_mentions([paragraph], GAZETTEER)}


@pytest.mark.parametrize(
    ("paragraph", "name", "cut"),
    [
        # A place of one word, of two, and of two whose first word is no given name's shape ("Los").
        ("Minnesota Wild beat the Dallas Stars 3-1 on Tuesday.", "Minnesota Wild", "Wild"),
        ("New Jersey Devils lost at home on Friday.", "New Jersey Devils", "Jersey Devils"),
        ("Los Angeles Lakers beat the Phoenix Suns 101-99.", "Los Angeles Lakers", "Angeles Lakers"),
        # After a dateline in capitals.
        ("DENVER (Reuters) - Orlando Magic lost at home.", "Orlando Magic", "Magic"),
    ],
)
def test_a_place_opening_a_sentence_stays_on_the_name_it_opens(paragraph: str, name: str, cut: str) -> None:
    assert name in texts(paragraph)
    assert cut not in texts(paragraph)


def test_a_common_word_opening_a_sentence_is_still_dropped() -> None:
    # "Seasons" is only capitalised by its place: the rule keeps places, not every first word.
    assert "Seasons Greetings" not in texts("Seasons Greetings were sent to staff.")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # A club's name opens a sentence without its article, as after one ("the Las Vegas Raiders").
        ("Las Vegas Raiders beat the Denver Broncos 24-17 on Sunday.", "Las Vegas Raiders"),
        ("DENVER (Reuters) - Los Angeles Lakers beat the Phoenix Suns 101-99 on Sunday.", "Los Angeles Lakers"),
    ],
)
def test_a_club_opening_a_sentence_is_an_organisation(text: str, club: str) -> None:
    assert club in found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A hyphenated plural is no club's nickname: the town opening the sentence stays a place.
        ("Sydney A-listers flocked to the opening on Friday.", "Sydney"),
        ("Madrid X-rays were sent to the specialist.", "Madrid"),
    ],
)
def test_a_place_before_a_hyphenated_plural_is_no_club(text: str, town: str) -> None:
    assert town in found(text, "places")
    assert not found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A given name the lists lack before a surname they hold, at a story's and a sentence's start.
        ("Tamim Iqbal hit a century as the hosts won by six wickets.", "Tamim Iqbal"),
        ("The hosts won by six wickets. Shakib Hasan took three of them.", "Shakib Hasan"),
    ],
)
def test_an_unlisted_given_name_opening_a_sentence_stays(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A role or title opening the sentence is no given name.
        ("Coach Iqbal said the side would improve.", "Coach Iqbal"),
        # Nor a word the paragraph writes in lower case too.
        ("Veteran Hasan scored, as a veteran should.", "Veteran Hasan"),
    ],
)
def test_a_role_opening_a_sentence_is_no_given_name(text: str, wrong: str) -> None:
    assert wrong not in found(text, "people")
