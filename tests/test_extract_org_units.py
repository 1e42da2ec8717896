"""Bodies told by the words beside them: "A and B Inc" split, an officer's "Office", shouted words."""

from __future__ import annotations

from .test_extract_entity_context import found


def test_two_companies_joined_by_and_split_when_the_second_is_written_alone() -> None:
    text = "Quillon Century Films and Zorvex Inc. plan a deal.\n\nZorvex has for months tried to persuade studios."
    orgs = found(text, "organizations")
    assert {"Quillon Century Films", "Zorvex Inc"} <= orgs
    assert "Quillon Century Films and Zorvex Inc" not in orgs


def test_a_company_named_with_and_stays_whole() -> None:
    # Negative: no part of "Quillon Telephone and Telegraph Co" is written alone.
    text = "Quillon Telephone and Telegraph Co said profits rose."
    assert "Quillon Telephone and Telegraph Co" in found(text, "organizations")


def test_a_companys_name_written_again_without_its_legal_form_stays_whole() -> None:
    # Negative: "Quillon Shipping" is written only after "British and", the same company's name cut short.
    text = (
        "Zorvex Air Ltd, a unit of British and Quillon Shipping Plc, flies to Oslo.\n\n"
        "British and Quillon Shipping said last week it held talks."
    )
    orgs = found(text, "organizations")
    assert "British and Quillon Shipping Plc" in orgs
    assert "British" not in orgs


def test_an_officers_possessive_before_office_opens_the_bodys_name() -> None:
    text = "The charges were filed by the U.S. Attorney's Office for the Northern District of Zorvex on Monday."
    assert "U.S. Attorney's Office for the Northern District of Zorvex" in found(text, "organizations")


def test_a_persons_possessive_before_office_joins_nothing() -> None:
    # Negative: "Mayor Quillon's office" is the mayor's room, and "Quillon" a person.
    text = "Mayor Mary Quillon's office declined to comment."
    assert not found(text, "organizations")


def test_a_word_in_capitals_the_story_writes_in_lower_case_is_no_body() -> None:
    text = "CREDIT monitoring firm Zorvex Inc. admitted a breach.\n\nThe files held credit card numbers."
    assert "CREDIT" not in found(text, "organizations")


def test_an_acronym_never_written_in_lower_case_stays_a_body() -> None:
    # Negative: "UNICEF" is written in capitals only, so it names the body.
    text = "UNICEF said the famine was near.\n\nThe credit of the donors ran short."
    assert "UNICEF" in found(text, "organizations")


def test_a_film_studios_name_word_marks_a_company() -> None:
    assert "Quillon Pictures" in found("Zorvex Inc.'s Quillon Pictures sells older titles.", "organizations")


def test_films_in_lower_case_mark_no_company() -> None:
    # Negative: "films" as a common noun after a name is no studio.
    assert not found("Bob Hill's films opened on Friday.", "organizations")
