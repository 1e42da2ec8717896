"""Names that share a body's or a person's words but name a product, a base or a building: "Air" after
a camel-case brand or before "force", air bases, a building named after a person, a descriptor before a
name, and a town's name a body's spokesman speaks by."""

from __future__ import annotations

import pytest

from tests.test_extract_entity_kinds import found


def test_a_camel_case_brand_before_air_is_a_product_no_body() -> None:
    assert "QuillBook Air" not in found("The astonishing QuillBook Air went on sale.", "organizations")


def test_air_before_a_lower_case_force_is_no_airline() -> None:
    text = "Rocket parts went to the Norland Air force, Moss Corp said."
    assert found(text, "organizations") == {"Moss Corp"}


def test_an_airline_named_with_air_stays_a_body() -> None:
    assert "Vellant Air" in found("Vellant Air said the flight was delayed.", "organizations")


def test_an_air_base_is_a_place_not_a_body() -> None:
    text = "Drills were held at Kessler Air Base near the coast."
    assert "Kessler Air Base" in found(text, "places")
    assert not found(text, "organizations")


@pytest.mark.parametrize(
    "text",
    [
        "Stars tonight at the Alice T. Brown Planetarium, near the school.",
        "Lunch at the Alice T. Brown Hotel, near the school.",
    ],
)
def test_a_building_named_after_a_person_is_no_person(text: str) -> None:
    assert not found(text, "people")


def test_a_person_with_a_middle_initial_stays_one_person() -> None:
    assert "Alice T. Brown" in found("Fans met Alice T. Brown at the door.", "people")


def test_hall_of_famer_before_a_name_is_no_part_of_it() -> None:
    assert found("Hall of Famer Tomas Brekke signed autographs.", "people") == {"Tomas Brekke"}


def test_the_hall_of_fame_stays_a_body() -> None:
    assert "Hall of Fame" in found("He entered the Hall of Fame in May.", "organizations")


def test_a_towns_name_before_a_spokesman_is_a_body() -> None:
    text = "A Phoenix spokesman said the flight was delayed."
    assert "Phoenix" in found(text, "organizations")
    assert "Phoenix" not in found(text, "places")


def test_a_towns_name_elsewhere_stays_a_place() -> None:
    assert "Phoenix" in found("They flew to Phoenix on Monday.", "places")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The missile flew over Cape Tarvik on Friday.", "Cape Tarvik"),
        ("Climbers set off up Mount Kenya at dawn.", "Mount Kenya"),
    ],
)
def test_a_cape_or_a_mountain_before_one_name_is_a_place(text: str, place: str) -> None:
    assert place in found(text, "places")
    assert not found(text, "people")


def test_a_hospital_named_after_a_mountain_stays_a_body() -> None:
    assert "Mount Sinai Hospital" in found("Mount Sinai Hospital said the patient was stable.", "organizations")


@pytest.mark.parametrize(
    "text",
    [
        "Patients were taken to Norland Hospital, officials said.",
        # The place the name opens with is not where the story is.
        "The probe was built at NASA's Houston Space Flight Center last year.",
        "A gorilla was shot at the Cincinnati Zoo on Saturday.",
    ],
)
def test_an_institutions_building_is_neither_a_body_nor_the_place_it_opens_with(text: str) -> None:
    assert not found(text, "places")
    assert found(text, "organizations") <= {"NASA"}


def test_an_institution_that_speaks_is_a_body() -> None:
    text = "He was treated at Houston Methodist Hospital. Houston Methodist Hospital said he was stable."
    assert found(text, "organizations") == {"Houston Methodist Hospital"}
    assert not found(text, "places")


def test_an_institution_named_after_a_saint_is_no_person() -> None:
    text = "He was taken to Our Lady of Lourdes Hospital in Camden."
    assert not found(text, "people")
    assert found(text, "places") == {"Camden"}


@pytest.mark.parametrize(
    "text",
    [
        "NASA grounded the shuttle Atlantis on Friday. Atlantis had a fuel sensor problem.",
        "The satellite rode a Delta rocket. The Delta has flown 300 times.",
        "Microsoft said Windows Vista SP1 was ready. Users of Vista were pleased.",
    ],
)
def test_a_craft_or_a_program_named_like_a_place_is_no_place(text: str) -> None:
    assert not found(text, "places")


def test_a_place_the_story_also_places_things_in_stays_a_place() -> None:
    text = "Militants in Gaza fired rockets at Sderot. The Gaza rockets hit a school."
    assert {"Gaza", "Sderot"} <= found(text, "places")


@pytest.mark.parametrize("text", ["The next day they took a ride up River Road.", "She lives on Grace Avenue."])
def test_a_road_is_no_person_though_its_first_word_is_a_given_name(text: str) -> None:
    # Only "Street" is a surname as well ("Picabo Street won the downhill").
    assert not found(text, "people")
