"""Speakers of words a charge, a reproach, a joint statement, a participle or a nationality introduces, on
sentences written for these tests.

"accused … of", "objected to", "reminded … that" and "goes on to accuse" introduce the subject's words; a
name with an initial's dot still stands before its aside; a body's name holding "of" runs on to its role
and member after "said"; words two bodies give jointly are the first named's; a participle after a
preposition's object is the clause subject's; "the Dutch coach" and "the Spaniard" are the person the
story named, no body or person called "Dutch" or "Spaniard".
"""

from __future__ import annotations

import pytest

from tests.test_extract_entity_kinds import found

from .conftest import named, quote_of

COUNCIL = (
    "Councillor Mary Hensley, chair of the finance panel, objected to the mayor's “reckless spending plan” "
    "on Monday.\n\n"
    "Alderman Tom Brakes accused the mayor of running “a secret slush fund for friends” and Labour councillor "
    "Ruth Dane reminded the council that “the reserves belong to the taxpayers.”\n\n"
    "The mayor's deputy, Kevin Orme, wrote a reply. The Harbour Gazette goes on to accuse the council of "
    "“playing games with people's jobs” in its leader."
)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("reckless spending", "Mary Hensley"),
        ("a secret slush", "Tom Brakes"),
        ("the reserves belong", "Ruth Dane"),
        ("playing games", "Harbour Gazette"),
    ],
)
def test_a_charge_or_reproach_introduces_the_subjects_words(start: str, speaker: str) -> None:
    assert named(quote_of(COUNCIL, start)) == speaker


def test_a_name_with_an_initial_stands_before_its_aside() -> None:
    text = (
        "“Children deserve better than this,” Mara K. Lindqvist, CEO and founder of Safe Play, said in a "
        "statement. “It is time to act.”"
    )
    assert named(quote_of(text, "Children deserve")) == "Mara K. Lindqvist"


def test_a_body_named_with_of_runs_on_to_its_role_and_member() -> None:
    text = "“The weather matters more than anything,” said Festival of Lights President Joan Wexler on Friday."
    assert named(quote_of(text, "The weather matters")) == "Joan Wexler"


def test_words_two_bodies_give_jointly_are_the_first_named() -> None:
    text = (
        "The Teachers Union and the Nurses Guild wrote to ministers.\n\n"
        "“We stand together on pay,” the Teachers Union and Nurses Guild said."
    )
    assert named(quote_of(text, "We stand together")) == "Teachers Union"


def test_a_participle_after_an_object_is_the_clause_subjects() -> None:
    text = (
        "When Ron Pike became governor, he said he would review the case. He did not, but he reportedly wrote "
        "a letter to Dale Ferris saying “my hope is that you will be freed soon.”"
    )
    assert named(quote_of(text, "my hope is")) == "Ron Pike"


SPORT = (
    "Rovers coach Frank Rijker was delighted after the 3-0 win over City on Saturday.\n\n"
    "“We played with real belief today,” said the Dutch coach.\n\n"
    "The Icelandic international opened the scoring, and City were down to ten men after the French "
    "defender's dismissal.\n\n"
    "Striker Mario Gomez scored twice. “I am very happy for the fans,” the German said."
)


def test_a_nationality_before_a_role_is_the_person_named_with_the_role() -> None:
    assert named(quote_of(SPORT, "We played")) == "Frank Rijker"


def test_a_nationality_alone_is_the_person_last_spoken_of() -> None:
    assert named(quote_of(SPORT, "I am very happy")) == "Mario Gomez"


def test_a_nationality_names_no_body_nor_person() -> None:
    assert not {"Dutch", "Icelandic", "French", "German"} & (found(SPORT, "organizations") | found(SPORT, "people"))


def test_a_nations_government_is_no_person_described_by_nationality() -> None:
    text = "Coach Frank Rijker spoke on Friday.\n\n“We will not accept this,” said the French government."
    assert named(quote_of(text, "We will not")) != "Frank Rijker"


def test_the_final_declaration_is_the_bodys_whose_communique_was_named() -> None:
    text = (
        "The Harbour Alliance's final communique said the members would form a common market.\n\n"
        "“The market aims to create one market for all,” said the final declaration."
    )
    assert named(quote_of(text, "The market aims")) == "Harbour Alliance"


def test_the_companys_statement_is_still_the_company_named_last() -> None:
    text = "Acme Corp cut jobs. Lomax Ltd grew.\n\n“We regret the losses,” the company's statement said."
    assert named(quote_of(text, "We regret")) == "Lomax Ltd"


def test_two_apostrophes_close_what_a_straight_mark_opened() -> None:
    text = (
        "Jim Vance is a father of four.\n\n"
        "\"The first time around I was living the dream,'' he said. \"Now I'm working the dream.''"
    )
    assert quote_of(text, "The first time").text == "The first time around I was living the dream"
    assert named(quote_of(text, "Now I'm working")) == "Jim Vance"


def test_a_one_word_answer_still_says_who_speaks_the_words_after_it() -> None:
    text = "Jim Vance is a father of four.\n\n“Today,” he said. “It is a second life for me.”"
    assert named(quote_of(text, "It is a second")) == "Jim Vance"


def test_a_sentences_first_word_before_a_known_body_names_no_person() -> None:
    text = (
        "Early Facebook executive and former vice president of growth, Chamath Palihapitiya, also accused "
        "Facebook of creating “short-term, dopamine-driven feedback loops” in a talk."
    )
    assert named(quote_of(text, "short-term")) == "Chamath Palihapitiya"
    assert "Early Facebook" not in found(text, "people")
    assert "Facebook" in found(text, "organizations")


def test_a_title_ending_in_a_bodys_letters_as_a_word_is_no_body() -> None:
    assert "Who" not in found("He worked on shows like “Doctor Who.”", "organizations")


def test_a_role_phrase_in_apposition_is_the_person_it_follows() -> None:
    text = (
        "In November, Sean Parker, the founding president of Facebook, took aim at Facebook in an interview, "
        "saying he and others created a “social-validation feedback loop” to keep users."
    )
    assert named(quote_of(text, "social-validation")) == "Sean Parker"
