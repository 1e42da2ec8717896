"""Two names run together by a short lower-case word ("for", "of", "the", "and") are two names; names that
hold such a word stay whole. Camps and towns' police, and a judge's district."""

from __future__ import annotations

import pytest

from tests.test_extract_entity_kinds import found


def named(text: str) -> set[str]:
    return found(text, "people") | found(text, "organizations") | found(text, "places")


@pytest.mark.parametrize(
    ("text", "people", "run_on"),
    [
        ("The deal sent Dale Hobart for Ned Carrow to the coast.", {"Dale Hobart", "Ned Carrow"}, "Dale Hobart for"),
        ("It was a contrast to Mark Lowry for the Mariners, who had 80 yards.", {"Mark Lowry"}, "Lowry for"),
        ("Without the injured Paul Keane the Scotland winger was missed.", {"Paul Keane"}, "Keane the"),
        ("Fans cheered Zorvan Telik of the Oslo Sharks on Friday. Telik scored twice.", {"Zorvan Telik"}, "Telik of"),
    ],
)
def test_a_person_run_on_into_the_next_name_is_cut(text: str, people: set[str], run_on: str) -> None:
    assert people <= found(text, "people")
    assert not any(run_on in name for name in named(text))


def test_a_surname_of_a_body_is_the_person_named_in_full() -> None:
    text = "Ann Ruddle spoke first. The plan fails, Ruddle of the Institute for Coastal Studies said."
    assert "Institute for Coastal Studies" in found(text, "organizations")
    assert not any(name.startswith("Ruddle of") for name in named(text))


def test_a_place_run_on_into_a_team_is_cut() -> None:
    text = "Now it is on to Denver for the Falcons, who were written off early."
    assert "Denver" in found(text, "places")
    assert not any("for the" in name for name in named(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He spoke at the Bank of England on Monday.", "Bank of England"),
        ("She studied at the University of Texas for a year.", "University of Texas"),
        ("Riders complained to Transport for London about the fares.", "Transport for London"),
        ("He was inducted into the Reel and Spool Hall of Fame last year.", "Reel and Spool Hall of Fame"),
        ("The Alliance for Coastal Fishing said the quota was too low.", "Alliance for Coastal Fishing"),
    ],
)
def test_names_holding_a_joining_word_stay_whole(text: str, name: str) -> None:
    assert name in named(text)


def test_two_bodies_joined_by_and_are_cut_where_the_second_is_written_alone() -> None:
    text = "On Friday, Tarrow Bank and Merriam Bank said they would bar the payments. Merriam Bank fell."
    assert {"Tarrow Bank", "Merriam Bank"} <= found(text, "organizations")


def test_a_nations_company_after_and_is_cut() -> None:
    text = "The firm represents Capital One and British Gas, the letter said."
    assert {"Capital One", "British Gas"} <= found(text, "organizations")


@pytest.mark.parametrize(
    "name",
    [
        "Pacific Gas and Electric Co",
        "Reynolds and Reynolds Co",
        "Merrill Lynch and Co",
        "Latin American and Caribbean Bank",
    ],
)
def test_one_company_holding_and_stays_whole(name: str) -> None:
    text = f"Shares of {name} rose on Monday. Pacific Gas said the rate was set."
    assert not {"Electric Co", "Reynolds Co", "Co", "Caribbean Bank"} & found(text, "organizations")


def test_a_person_after_a_body_and_and_is_cut() -> None:
    text = "The Ministry of Fisheries and Olga Brandt rejected the quota on Monday. Brandt said it was too low."
    assert "Olga Brandt" in found(text, "people")
    assert "Ministry of Fisheries" in found(text, "organizations")


def test_one_body_holding_and_stays_whole() -> None:
    text = (
        "The Department of Health and Human Services and the Securities and Exchange Commission met. "
        "The Department of Health said so."
    )
    assert {"Department of Health and Human Services", "Securities and Exchange Commission"} <= named(text)
    assert "Human Services" not in named(text)


def test_a_towns_police_name_the_town() -> None:
    text = "It was midnight when a tip led Maple Ridge police officers to the motel."
    assert "Maple Ridge" in found(text, "places")
    assert "Maple Ridge" not in found(text, "people")


def test_a_camp_named_by_its_place_is_no_person() -> None:
    text = "Aid reached the Kakuma camp on Monday, and families in the Kakuma camp were fed."
    assert "Kakuma" not in found(text, "people")


def test_a_towns_police_opening_a_sentence_keep_the_town() -> None:
    assert "Harlow" in found("Harlow police said the man was held overnight.", "places")


def test_a_countrys_initials_before_a_judges_district_name_no_place() -> None:
    text = "U.S. District Judge Ellen Marsh said the sentence was fair."
    assert "Ellen Marsh" in found(text, "people")
    assert "U.S. District" not in named(text)


def test_a_place_of_a_league_is_its_club() -> None:
    text = "Denver recalled the defenseman Tom Ruddick from Manitoba of the Western Hockey League."
    assert {"Manitoba", "Western Hockey League"} <= found(text, "organizations")
