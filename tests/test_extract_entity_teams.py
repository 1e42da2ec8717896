"""Places that stand for a team in sports copy, and capitals and plurals that name nothing."""

from __future__ import annotations

import pytest

from .test_extract_entity_context import found

SPORT = "The striker scored a goal in the tournament playoffs.\n\n"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (SPORT + "Fredonia scored twice in a 6-1 rout of Toronto on Saturday.", "Toronto"),
        (SPORT + "The Hawks clinched despite drawing with Portugal at home.", "Portugal"),
        (SPORT + "The Hawks are three points back of first-place Ohio.", "Ohio"),
        (SPORT + "Croatia clinched its spot on Saturday with two late goals.", "Croatia"),
        (SPORT + "After a 2-0 loss to Denmark the coach was sacked.", "Denmark"),
    ],
)
def test_a_place_a_result_or_a_league_table_names_is_a_team(text: str, team: str) -> None:
    assert team in found(text, "organizations")
    assert team not in found(text, "places")


def test_a_place_with_no_result_around_it_stays_a_place_in_sports_copy() -> None:
    # Negative: a trip or a home town is the place, even in a story about sport.
    text = SPORT + "The striker grew up in Toronto and flew to Portugal for the rout of his rivals."
    assert {"Toronto", "Portugal"} <= found(text, "places")
    assert not {"Toronto", "Portugal"} & found(text, "organizations")


def test_results_words_outside_sports_copy_leave_the_place() -> None:
    # Negative: "a loss to Denmark" in a trade story is the country.
    text = "The exporter booked a loss to Denmark after the tariff rose, its chairman said."
    assert "Denmark" in found(text, "places")


def test_a_former_manager_of_a_country_names_its_side_in_any_story() -> None:
    text = "The bookmakers offer 16/1 on former Sweden manager Bob Hill taking the job."
    assert "Sweden" in found(text, "organizations")
    assert "Sweden" not in found(text, "places")


def test_a_country_before_a_manager_without_former_stays_a_place() -> None:
    # Negative: outside sport, "the Sweden manager of a bank" is the country's.
    text = "The bank said its Sweden manager Bob Hill would retire in May."
    assert "Sweden" not in found(text, "organizations")


def test_units_media_formats_and_a_trade_show_in_capitals_name_no_body() -> None:
    text = "At the CES show the player held 4GB, an OLED screen and FM radio, and played WAV files, Acme Corp said."
    assert found(text, "organizations") == {"Acme Corp"}


def test_informal_plurals_of_a_people_are_no_places() -> None:
    assert not found("More than two million Brits and three Aussies were hit, Acme Corp said.", "places")


def test_a_surname_shaped_like_a_peoples_nickname_stays_a_person() -> None:
    # Negative: "Brits" is a surname too.
    assert "Gary Brits" in found("Gary Brits scored twice for the visitors.", "people")


def test_a_score_after_a_place_names_its_team() -> None:
    text = SPORT + "Fredonia beat Gibraltar 6-0 to win the group."
    assert "Gibraltar" in found(text, "organizations")


def test_a_score_after_a_box_scores_given_name_names_no_team() -> None:
    # Negative: "Criner, Dellena 4-7 7-8 17;" is a player's line.
    text = SPORT + "Totals: Criner, Dellena 4-7 7-8 17; Moore, Shavon 6-6 1-2 13."
    assert not {"Dellena", "Shavon"} & found(text, "organizations")


def test_places_listed_with_a_team_are_teams() -> None:
    text = (
        SPORT
        + "Fredonia and Portugal clinched on Monday.\n\nIceland, Peru/Chile/Gibraltar play off in March.\n\nPeru beat Fredonia 2-0."
    )
    orgs = found(text, "organizations")
    assert {"Portugal", "Iceland", "Chile", "Gibraltar"} <= orgs


def test_places_listed_with_no_team_stay_places_in_sports_copy() -> None:
    # Negative: a list of towns with no team among them.
    text = SPORT + "The striker flew from London and Paris to Madrid."
    assert {"London", "Paris", "Madrid"} <= found(text, "places")
    assert not {"London", "Paris", "Madrid"} & found(text, "organizations")


def test_both_sides_of_vs_are_teams_in_sports_copy() -> None:
    orgs = found(SPORT + "Denver vs. Oakland was the game of the week.", "organizations")
    assert {"Denver", "Oakland"} <= orgs


def test_nationality_adjectives_some_towns_share_are_no_places() -> None:
    # Negative for the gazetteer: "Thai" and "Uzbek" are adjectives here, Bangkok the place.
    places = found("The Thai and Uzbek envoys met Kazakh leaders in Bangkok.", "places")
    assert places == {"Bangkok"}
