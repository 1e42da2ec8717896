"""A speaker named by a description ("the group says", "the gun control advocate wrote"), on sentences written for these tests.

A body the text calls by the noun in apposition, after its name or before it ("The group, X,"),
is what "the group" refers to, before one whose name merely holds the noun; an airline is referred
back to as a body; campaigners and public figures are roles naming the person last spoken of; an
expert the story leaves unnamed stays unnamed; a role no one was named with is the person a pronoun
would stand for, not a name inside the quotation. "Police" alone is the one police force the story
names, and no one when it names two.
"""

from __future__ import annotations

import pytest

from newscorpus.extract.quote_context import MentionIndex
from newscorpus.extract.quote_spans import Span
from newscorpus.extract.speakers import resolve

from .conftest import named, quote_of


def test_the_group_is_the_body_called_a_group_in_apposition() -> None:
    text = (
        "The figures came from the Harbor Research Group on Monday.\n\n"
        "Most freight goes by barge, according to the Barge Operators Council, an industry group. "
        "“Without barges,” the group says, “the river stops.”"
    )
    assert named(quote_of(text, "Without barges")) == "Barge Operators Council"


def test_the_group_is_the_body_the_text_calls_a_group_before_its_name() -> None:
    text = (
        "The group, Harbor Workers Coalition, wrote to managers this month.\n\n"
        "Later the group said that Delmar Corp had reached a deal with Acme Inc. "
        "In a tweet, the group added that Delmar “is not keeping its promise.”"
    )
    assert named(quote_of(text, "is not keeping")) == "Harbor Workers Coalition"


def test_a_descriptor_run_into_a_name_calls_no_body_so() -> None:
    text = (
        "“We never worked for him,” the legal firm Pardo Lima said in a statement.\n\n"
        "What is Harbor Trust saying?\n\n"
        "On Monday, the firm released a statement:\n\n"
        "“Our industry is not well understood by the public.”"
    )
    assert named(quote_of(text, "Our industry")) == "Harbor Trust"


def test_the_group_is_the_body_whose_name_holds_it_when_none_is_called_so() -> None:
    text = (
        "The figures came from the Harbor Research Group on Monday.\n\n"
        "Most freight goes by barge, according to the Barge Operators Council. "
        "“Without barges,” the group says, “the river stops.”"
    )
    assert named(quote_of(text, "Without barges")) == "Harbor Research Group"


def test_the_airline_is_the_airline_named_before() -> None:
    text = "Delmar Airlines turned away two passengers on Sunday.\n\n“Our dress code applies to staff passes,” the airline said."
    assert named(quote_of(text, "Our dress code")) == "Delmar Airlines"


def test_the_airline_is_the_one_the_story_is_about_not_another_named_last() -> None:
    text = (
        "A Velmar Airways flight from Oslo turned back after two hours.\n\n"
        "“The crew saw that a passenger had boarded the wrong plane,” Velmar Airways told reporters.\n\n"
        "The passenger held a ticket for Northwind Airlines, a friend said.\n\n"
        "“We are looking into how this happened,” the airline said."
    )
    assert named(quote_of(text, "We are looking")) == "Velmar Airways"


def test_the_airline_is_the_one_named_last_when_each_is_named_once() -> None:
    text = (
        "Velmar Airways and its rival agreed on Monday to share a lounge.\n\n"
        "Northwind Airlines will run it from May.\n\n"
        "“It saves both of us money,” the airline said."
    )
    assert named(quote_of(text, "It saves")) == "Northwind Airlines"


def test_the_advocate_is_the_person_last_spoken_of() -> None:
    text = (
        "Even Nora Pike, the woman who first posted about the scene, is tired of it.\n\n"
        "“There are bigger stories this week,” the gun control advocate wrote on her blog."
    )
    assert named(quote_of(text, "There are bigger")) == "Nora Pike"


def test_the_expert_after_an_unnamed_expert_names_no_one() -> None:
    text = (
        "Prince Edwin gave a long interview on Sunday.\n\n"
        "“He has no immunity from questions,” said one legal expert.\n\n"
        "“His friendship with the banker is under investigation,” the expert warned."
    )
    assert named(quote_of(text, "His friendship with")) is None


def test_the_expert_no_one_was_named_with_is_the_person_spoken_of_not_a_name_quoted() -> None:
    text = (
        "Peter Lund, a board member of the Policy Institute, spoke on Monday.\n\n"
        "Yet Lund believes the pressure will continue.\n\n"
        "“The Carter administration wants a collapse,” the expert concluded."
    )
    assert named(quote_of(text, "The Carter administration")) == "Peter Lund"


PAPER = "“No compromise at all,” the Harbour Daily warned."
PAPER_QUOTE = Span(((0, "No compromise at all,"),), 0, 0, 0, 23)


def test_a_newspapers_name_with_its_article_is_the_newspaper_though_no_entity_was_made_of_it() -> None:
    found = resolve("the Harbour Daily", 0, 24, PAPER_QUOTE, MentionIndex([], [PAPER], [PAPER_QUOTE]))
    assert found == ("Harbour Daily", "organization")


def test_a_capitalised_role_with_its_article_is_no_body() -> None:
    text = PAPER.replace("Harbour Daily", "Vice President")
    found = resolve("the Vice President", 0, 24, PAPER_QUOTE, MentionIndex([], [text], [PAPER_QUOTE]))
    assert found is None or found[1] is None


def test_a_lone_article_after_a_clause_word_names_no_body() -> None:
    text = PAPER.replace("the Harbour Daily", "and the")
    found = resolve("and the", 0, 24, PAPER_QUOTE, MentionIndex([], [text], [PAPER_QUOTE]))
    assert found is None or found[1] is None


def test_an_outlet_after_a_clause_word_is_the_outlet() -> None:
    text = PAPER.replace("the Harbour Daily", "and the Harbour Daily")
    found = resolve("and the Harbour Daily", 0, 24, PAPER_QUOTE, MentionIndex([], [text], [PAPER_QUOTE]))
    assert found == ("Harbour Daily", "organization")


def test_police_are_the_one_police_force_the_story_names() -> None:
    text = (
        "Mark Dorn, 67, was charged after the Harbor Police Department's fraud unit ended its inquiry.\n\n"
        'On Thursday, police said that Dorn is suspected of being the "middle man" in the scams.'
    )
    assert named(quote_of(text, "middle man")) == "Harbor Police Department"


def test_police_with_two_forces_named_are_no_one() -> None:
    text = (
        "The Harbor Police Department and the Lake Police Service worked on the case.\n\n"
        'On Thursday, police said that Dorn is suspected of being the "middle man" in the scams.'
    )
    assert named(quote_of(text, "middle man")) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # A person described by two roles, an organisation in each, is the person spoken of, not the body.
        (
            "Carla Breen met the board on Monday.\n\n"
            "The former Leeds captain and Rovers favourite said last night, “I have had a talk with the club.”",
            "I have had a talk",
            "Carla Breen",
        ),
        # A player named by a place in the side refers back like "the coach".
        (
            "Carla Breen met the board on Monday.\n\nThe tireless back rower added, “It is about sharing.”",
            "It is about sharing",
            "Carla Breen",
        ),
        (
            "Omar Sadiq hit 80 on Sunday.\n\n“The pitch was slow,” the batsman said.",
            "The pitch was slow",
            "Omar Sadiq",
        ),
        # Two people after "the ... and the ..." are no one person.
        (
            "Tom Veld spoke to Carla Breen on Monday.\n\nThe coach and the players said, “We are ready.”",
            "We are ready",
            None,
        ),
    ],
)
def test_a_player_or_a_person_described_twice_is_the_person_spoken_of(
    text: str, quote: str, speaker: str | None
) -> None:
    assert named(quote_of(text, quote)) == speaker


def test_he_is_the_person_a_role_at_a_body_describes_not_the_body() -> None:
    # "Tom Barker, a policy analyst at X, said" names the analyst: "he" is him, not an unnamed source of X.
    text = (
        "Panel member Tom Barker, a policy analyst at Northfield University, said another failure must be avoided.\n\n"
        "“Every time we fly, we risk the program,” he said."
    )
    assert named(quote_of(text, "Every time")) == "Tom Barker"


def test_he_after_an_unnamed_analyst_at_a_body_is_still_the_body() -> None:
    # Negative: with no one named before the role, the source stays the body's.
    text = (
        "A policy analyst at Northfield University said another failure must be avoided.\n\n"
        "“Every time we fly, we risk the program,” he said."
    )
    assert named(quote_of(text, "Every time")) == "Northfield University"


@pytest.mark.parametrize(
    "role",
    ["Norway's chief prosecutor", "Norway's deputy director of public prosecutions"],
)
def test_a_place_s_role_of_several_words_before_a_name_in_commas_gives_the_name(role: str) -> None:
    text = f"Norway has dropped the case.\n\n“The evidence is not strong enough to bring a charge,” {role}, Anna Berg, said."
    assert named(quote_of(text, "The evidence")) == "Anna Berg"


def test_a_name_opening_a_clause_after_but_is_what_the_role_refers_to() -> None:
    text = (
        "Harbor coach Ian Voss confirmed the deal on Monday.\n\n"
        "Former Harbor fitness chief Carl Brandt is set to join them in May, but Tom Ardley could beat him to it.\n\n"
        "The former Wales captain and Lions great confirmed last night: “I have talked with Ian.”"
    )
    assert named(quote_of(text, "I have talked")) == "Tom Ardley"
