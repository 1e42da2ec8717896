"""Names that are also a place's or an event's: a person named for a country, a president's surname that is a
small foreign city's name written without its marks, an event named after a given name."""

from __future__ import annotations

import pytest

from .test_extract_entity_context import found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A given name that is a country's, before a surname the story names alone again.
        (
            "Luke Walton scored 10 points, while Jordan Farmar came off the bench for 13 points. "
            "Farmar also had four assists.",
            "Jordan Farmar",
        ),
        ("Chad Johnson caught two passes on Sunday. Johnson said he was happy with the win.", "Chad Johnson"),
        # A given name news writes far more often as a place, before a surname that speaks.
        ("Fans saw Paris Hilton arrive at the premiere.\n\nHilton said she loved the film.", "Paris Hilton"),
        # Listed beside a person: a place is seldom listed with one.
        ("Defensive backs Marcus Trufant and Jordan Babineaux each scored on late interceptions.", "Jordan Babineaux"),
        ("Green Bay's bookend tackle tandem of Chad Clifton and Mark Tauscher will be ones to watch.", "Chad Clifton"),
        (
            "The child of Christina Aguilera and Jordan Bratman was born on Sunday, her spokesman said.",
            "Jordan Bratman",
        ),
        # A player's score in brackets between two names of the list.
        ("Duggins had 19, joining Jordan Pleiman (12) and Scottie Wilson (10) in double figures.", "Jordan Pleiman"),
    ],
)
def test_a_person_named_like_a_country(text: str, person: str) -> None:
    assert person in found(text, "people")
    assert person.split(maxsplit=1)[0] not in found(text, "places")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Negative: a country's name before a feature, or before a word the story never names alone.
        ("The Jordan Valley is dry this year, and farmers said they were worried.", "Jordan Valley"),
        ("Georgia Power raised its rates on Monday. The utility said demand was high.", "Georgia"),
        # Listed beside another place, not a person.
        ("Officials from Egypt and Jordan met John Smith on Monday to discuss the border.", "Jordan"),
    ],
)
def test_a_countrys_name_before_another_word_is_still_the_place(text: str, place: str) -> None:
    assert place in found(text, "places")


def test_a_presidents_surname_is_no_foreign_town_written_without_its_marks() -> None:
    # "Bush" folds to Būsh, a city of Egypt under 300,000 people: a place only where the words around place it.
    text = "Abbas pledged to try to reach an agreement before Bush leaves office. Bush said he hoped so."
    assert "Bush" not in found(text, "places")


def test_a_small_city_written_without_its_marks_is_still_placed_by_its_context() -> None:
    assert "Tikrit" in found("Fighting in Tikrit, north of Baghdad, killed five people on Monday.", "places")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Illinois will play USC in the Rose Bowl on Tuesday, coach Ron Zook said.", "Rose Bowl"),
        ("Floral floats rolled under sunny skies as the Rose Parade drew thousands of revelers.", "Rose Parade"),
        ("Robert Gamez led the Bob Hope Chrysler Classic after three rounds on Friday.", "Bob Hope Chrysler Classic"),
        ("Buyers of the functionally identical Premiere Edition will receive a controller.", "Premiere Edition"),
        ("He played in two Rose Bowls before the Steelers drafted him in 2008.", "Rose Bowls"),
        ("The Davis Cup Finals is being played in World Cup-style in a single venue.", "Davis Cup Finals"),
        ("Lewis Hamilton won the Jacques Villeneuve Grand Prix on Sunday.", "Jacques Villeneuve Grand Prix"),
    ],
)
def test_an_event_or_edition_named_after_a_given_name_is_no_person(text: str, event: str) -> None:
    assert event not in found(text, "people")


def test_a_person_is_still_found_beside_an_event_named_for_another() -> None:
    text = "Robert Gamez led the Bob Hope Chrysler Classic after three rounds on Friday."
    assert "Robert Gamez" in found(text, "people")


def test_a_name_whose_last_word_reads_as_a_title_keeps_its_suffix() -> None:
    # "King" is a title too: the run was cut there and "Jr." published as a person.
    people = found("Martin Luther King Jr. spoke in Washington in 1963, and King said he had a dream.", "people")
    assert "Martin Luther King Jr." in people
    assert "Jr." not in people


def test_a_models_number_inside_a_name_makes_no_person() -> None:
    text = "The Delta IV Heavy rocket lifted off from Cape Canaveral on Tuesday, the company said."
    assert found(text, "people") == set()
    assert "Henry VIII" in found("King Henry VIII broke with Rome in 1534, historians say.", "people")


def test_a_city_regions_word_before_a_city_makes_no_person() -> None:
    # "Metro" is a given name in one list and a small town's name: neither in "Metro Manila".
    text = "PAGASA warned that the typhoon could arrive in central Luzon and Metro Manila on Sunday."
    assert found(text, "people") == set()
    assert "Metro" not in found(text, "places")
