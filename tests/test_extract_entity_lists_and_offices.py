"""Names a list, an office or a possessive used to hide: a lone company among companies, an acronym
joined by "and" to another body, an agency's administrator, a role after a bare apostrophe."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of
from tests.test_extract_entity_kinds import found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # One word no rule placed, listed among bodies, is a body too.
        ("Shares in Tesco, IBM and BP fell on Monday.", "Tesco"),
        # A town's name (Nokia, Finland) listed among companies is the company.
        ("Its members include IBM, Nokia and Oracle, the group said.", "Nokia"),
    ],
)
def test_a_lone_word_listed_among_bodies_is_a_body(text: str, org: str) -> None:
    assert org in found(text, "organizations")


def test_a_lone_word_beside_one_body_only_stays_unplaced() -> None:
    # One body is no list of bodies: "Snyder" may be a surname.
    assert "Snyder" not in found("The talks between Snyder and IBM ended.", "organizations")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # An acronym is a body's whole name, so "and" after it joins two bodies.
        ("Officials from the U.N. and European Union met in Geneva.", {"U.N.", "European Union"}),
        ("He wrote to the ECIS and European Commission on Monday.", {"ECIS", "European Commission"}),
    ],
)
def test_an_acronym_and_a_body_are_two_bodies(text: str, orgs: set[str]) -> None:
    assert orgs <= found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # A body named by the place it is of, then a second body's name: two bodies.
        ("Officials at the Bank of Japan and Bank of England met on Monday.", {"Bank of Japan", "Bank of England"}),
        (
            "The University of Pennsylvania and Johns Hopkins University ran the study.",
            {"University of Pennsylvania", "Johns Hopkins University"},
        ),
        # One body's name: its left part is of no place, or a place follows the "and".
        ("The Ministry of Agriculture and Fisheries said so.", {"Ministry of Agriculture and Fisheries"}),
        ("The Law Society of England and Wales said so.", {"Law Society of England and Wales"}),
    ],
)
def test_a_body_of_a_place_and_another_body_are_two(text: str, orgs: set[str]) -> None:
    assert orgs <= found(text, "organizations")


def test_one_name_joined_by_and_stays_whole() -> None:
    text = "The U.S. Securities and Exchange Commission opened an inquiry."
    assert "U.S. Securities and Exchange Commission" in found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "Administrator" heads an agency: the body, then its head.
        ("EPA Administrator Scott Pruitt visited the plant.", "Scott Pruitt", "EPA"),
        ("FAA Administrator Michael Huerta told reporters the jets were safe.", "Michael Huerta", "FAA"),
    ],
)
def test_an_agencys_administrator_is_a_person_of_the_body(text: str, person: str, org: str) -> None:
    assert person in found(text, "people")
    assert org in found(text, "organizations")
    assert not any("Administrator" in name for name in found(text, "organizations"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A role after a name's bare apostrophe, then the person named in an aside, speaks.
        ('"It is regrettable," ECIS\' spokesman, Thomas Vinje, said.', "Thomas Vinje"),
        ('"We will appeal," Williams’ lawyer, Jane Ortiz, told reporters.', "Jane Ortiz"),
        # As after "'s" (the rule this extends).
        ('"We will appeal," Acme\'s lawyer, Jane Ortiz, told reporters.', "Jane Ortiz"),
    ],
)
def test_a_role_after_a_bare_apostrophe_gives_the_person_named_beside_it(text: str, speaker: str) -> None:
    assert speaker_of(text, "It is" if "regrettable" in text else "We will") == speaker


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Two capitals before a known given name are initials, as South Asian news writes them.
        ("The match saw KL Rahul score a century on Sunday.", "KL Rahul"),
        # Before a family name too.
        ("The story was then taken up by a young JK Rowling in Edinburgh.", "JK Rowling"),
    ],
)
def test_two_capitals_before_a_known_name_are_initials(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        # A brand's letters before a plural noun, a club's before its town, a body's before a cue word.
        "Shares in EA Sports and XL Records rose.",
        "AC Milan beat Roma on Sunday.",
        "Shares in BT Group rose.",
        # A sponsor's letters before a venue's word that is a family name too.
        "The Canucks play at GM Place on Monday.",
    ],
)
def test_a_bodys_letters_before_a_word_make_no_person(text: str) -> None:
    assert not found(text, "people")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Capitals that spell an honorific are initials: the whole name is the person's, also at a
        # sentence's start and before a surname no list holds.
        ("Then MR Kowtal opened the batting with a boundary.", "MR Kowtal"),
        ("DR Bendre was named in the squad on Friday.", "DR Bendre"),
        ("MS Gopalan took three wickets before lunch.", "MS Gopalan"),
    ],
)
def test_an_honorific_in_capitals_is_initials(text: str, person: str) -> None:
    assert person in found(text, "people")


def test_an_honorific_in_title_case_stays_a_title() -> None:
    # "Ms" in title case is the title: the person is the surname after it.
    assert found("Ms Gopalan said she was pleased with the result.", "people") == {"Gopalan"}


def test_dr_congo_is_a_place_not_initials() -> None:
    text = "Troops crossed into DR Congo on Monday, officials said."
    assert "DR Congo" in found(text, "places")
    assert not found(text, "people")


def test_a_known_bodys_initials_after_a_title_word_are_the_body_not_a_person() -> None:
    text = "The dollar fell again. Senior EC official Tomas Garcia has watched the movements closely."
    assert "EC" not in found(text, "people")
    assert "EC" in found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        (
            "Continental filed to sell 100 mln dlrs of Senior Notes due 1997, the company said.",
            {"Notes", "Senior Notes"},
        ),
        ("The bonds were announced in the Official Bulletin on Monday, the bank said.", {"Bulletin"}),
        ("The state-owned Bank of Communications Ltd Hong Kong branch plans an issue.", {"Hong Kong"}),
    ],
)
def test_a_word_a_title_or_a_firm_qualifies_is_no_person(text: str, not_people: set[str]) -> None:
    assert not not_people & found(text, "people")


def test_a_title_before_a_name_still_makes_the_person() -> None:
    text = "Acting Governor Dana Whitfield said the plan would go ahead, and Senior Minister Lee Kuan Yew agreed."
    assert {"Dana Whitfield", "Lee Kuan Yew"} <= found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua's Sandinista government said it would talk, and the Sandinista army attacked.",
        "The Progressive Conservative government of Brian Mulroney said it would cut the tax.",
    ],
)
def test_a_partys_or_movements_adjective_before_government_is_no_person(text: str) -> None:
    assert not {"Sandinista", "Progressive Conservative"} & found(text, "people")


def test_a_surname_before_government_is_still_the_persons() -> None:
    text = "The Thatcher government said it would sell the shares, Prime Minister Margaret Thatcher said."
    assert "Margaret Thatcher" in found(text, "people")


def test_a_place_closing_a_firms_name_is_the_firms_place() -> None:
    text = "The state-owned Bank of Communications Ltd Hong Kong branch plans an issue, banking sources said."
    assert "Bank of Communications Ltd" in found(text, "organizations")
    assert "Hong Kong" in found(text, "places")
