"""Companies a business page names by what they are or by their ticker, however unknown the word, and
clubs named by their town before a role and the person holding it, and a person "of" a body after a role."""

from __future__ import annotations

import pytest

from .test_extract_entity_context import found


@pytest.mark.parametrize(
    ("text", "company", "code"),
    [
        # A one-word name with its ticker in brackets is a company; the ticker names nothing.
        ("Profits at Brenmoor (BRNM) fell, and its shares dropped.", "Brenmoor", "BRNM"),
        ("Analysts expect Talvesta (TVS), in particular, to gain.", "Talvesta", "TVS"),
    ],
)
def test_a_name_with_its_ticker_in_brackets_is_a_company(text: str, company: str, code: str) -> None:
    orgs = found(text, "organizations")
    assert company in orgs
    assert code not in orgs


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A dateline's wire credit follows a place, which stays a place.
        ("PARIS (AFP) - Ministers met on Monday to discuss the budget.", "places", "Paris"),
        # The body's own acronym after its name stays its short form.
        ("The Kelmar Shipping Council (KSC) said rates would rise.", "organizations", "Kelmar Shipping Council"),
    ],
)
def test_brackets_after_a_place_or_a_longer_name_are_left_alone(text: str, kind: str, name: str) -> None:
    assert name in found(text, kind)


def test_a_results_tables_country_codes_make_no_company() -> None:
    text = "Dorrin (JAM) won the heat ahead of Pellew (USA) and Marsk (JAM)."
    assert not {"Dorrin", "Pellew", "Marsk"} & found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # What a company is, written bare before its name with no article.
        ("Credit report company Dravex said on Monday that more people were hit.", "Dravex"),
        ("The bid came from rival chipmaker Quorvane after months of talks.", "Quorvane"),
        ("Prices rose, according to ad company Velomi.", "Velomi"),
        ("Oil giant Harrowell has said the tax will cost it dearly.", "Harrowell"),
    ],
)
def test_a_bare_noun_before_a_name_says_it_is_a_company(text: str, company: str) -> None:
    assert company in found(text, "organizations")


def test_a_given_name_after_the_bare_noun_is_still_a_person() -> None:
    text = "The tech giant Steve Jobs built was worth billions, and company founder Mary Lenz agreed."
    assert "Steve Jobs" in found(text, "people")
    assert "Mary Lenz" in found(text, "people")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # A town, a club's role and the person holding it, in a story with no other sport word.
        ("Harlow manager Dean Sitwell has denied the rumours linking him with the job.", "Harlow"),
        ("The offer went to former Exeter boss Tom Varley, who turned it down.", "Exeter"),
    ],
)
def test_a_town_before_a_clubs_role_and_a_person_is_the_club(text: str, club: str) -> None:
    assert club in found(text, "organizations")
    assert club not in found(text, "places")


@pytest.mark.parametrize(
    "text",
    [
        # A town's own officials, and roles every kind of body has, leave the town a town.
        "Harlow mayor Dean Sitwell opened the new library on Friday.",
        "Exeter chairman Tom Varley opened the new library on Friday.",
    ],
)
def test_a_towns_officials_leave_it_a_town(text: str) -> None:
    town = text.split(maxsplit=1)[0]
    assert town in found(text, "places")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # A role opening the sentence, a title and a person "of" a body: the person and the body.
        ("Astrophysicist Professor Pieter Velde of Kornmark University told reporters he was hopeful.", "Pieter Velde",
         "Kornmark University"),
        ("Economist Mary Hale of Brightwater Capital said rates would rise.", "Mary Hale", "Brightwater Capital"),
    ],
)  # fmt: skip
def test_a_role_opening_the_sentence_leaves_the_person_of_a_body(text: str, person: str, body: str) -> None:
    assert person in found(text, "people")
    assert body in found(text, "organizations")
