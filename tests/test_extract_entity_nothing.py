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


def test_a_listings_verb_in_capitals_before_an_article_is_no_body() -> None:
    # A listing opens each item with a verb in capitals before its object.
    text = "VISIT the Harbour Horse Show in Harrisburg.\n\nSPEND a day at the Lake Fair.\n\nATTEND a talk by Ida Moss."
    assert not {"VISIT", "SPEND", "ATTEND"} & found(text, "organizations")


def test_an_acronym_before_an_article_inside_a_sentence_is_still_a_body() -> None:
    # "gave IBM a stake": an acronym with an article after it mid-sentence is the object of a verb.
    text = "NASA said the launch was delayed. The deal gave IBM a stake in the firm."
    assert {"NASA", "IBM"} <= found(text, "organizations")


def test_a_titles_words_holding_a_pronoun_name_no_one() -> None:
    text = "Links We Like includes a selection of information, tools and resources from our partners and sponsors."
    assert found(text, "people") == set()
    assert found(text, "organizations") == set()


def test_touchdowns_currents_and_a_pictures_range_in_capitals_name_no_body() -> None:
    text = "Arthur Jackson caught two TD passes, and the HDR color needs no AC power adapter, Acme Corp said."
    assert found(text, "organizations") == {"Acme Corp"}


def test_common_nouns_written_in_capitals_name_no_body() -> None:
    text = "Police cleared the VIP area near the IVF clinic, and fans called ASAP, Acme Corp said."
    assert found(text, "organizations") == {"Acme Corp"}
