"""Capitals and plurals that name nothing: units, file formats, a trade show, informal plurals of a people."""

from __future__ import annotations

from .test_extract_entity_context import found


def test_units_media_formats_and_a_trade_show_in_capitals_name_no_body() -> None:
    text = "At the CES show the player held 4GB, an OLED screen and FM radio, and played WAV files, Acme Corp said."
    assert found(text, "organizations") == {"Acme Corp"}


def test_informal_plurals_of_a_people_are_no_places() -> None:
    assert not found("More than two million Brits and three Aussies were hit, Acme Corp said.", "places")


def test_a_surname_shaped_like_a_peoples_nickname_stays_a_person() -> None:
    # Negative: "Brits" is a surname too.
    assert "Gary Brits" in found("Gary Brits scored twice for the visitors.", "people")


def test_nationality_adjectives_some_towns_share_are_no_places() -> None:
    # Negative for the gazetteer: "Thai" and "Uzbek" are adjectives here, Bangkok the place.
    places = found("The Thai and Uzbek envoys met Kazakh leaders in Bangkok.", "places")
    assert places == {"Bangkok"}


def test_a_nationality_adjective_alone_joins_no_body_it_opens() -> None:
    text = "The Thai Mineral Resources Department will act, and Thai miners agree, Thai Airways International said."
    assert found(text, "organizations") == {"Thai Mineral Resources Department", "Thai Airways International"}
