"""Who speaks beside whom the words are told to, comment verbs, a person written with a body's name after "of",
and a lone surname the story gives the other sex than the one full name holding it, on sentences written for these
tests."""

from __future__ import annotations

from .conftest import named, quote_of


def test_the_object_of_told_is_the_listener() -> None:
    text = (
        "Tessa Morland, the head of Vireo Labs, sat down on Monday with Paul Ashdown, its largest investor.\n\n"
        "“We are only getting started with the new sensors,” analyst Dana Hollis told Ashdown at the meeting.\n\n"
        "Ashdown took questions from the floor.\n\n"
        "Later Morland spoke to the room. “I run the whole firm from my phone,” she told Ashdown."
    )
    assert named(quote_of(text, "We are only")) == "Dana Hollis"
    assert named(quote_of(text, "I run the whole")) == "Tessa Morland"


def test_the_subject_of_a_comment_verb_speaks() -> None:
    text = (
        "The founder of the firm, Oskar Vennholt, died in 2011. Tessa Morland has led it since.\n\n"
        "“We all miss Oskar so much,” Paul Ashdown weighed in at the dinner.\n\n"
        "Dana Hollis chimed in: “It was a great day for all of us.”"
    )
    assert named(quote_of(text, "We all miss")) == "Paul Ashdown"
    assert named(quote_of(text, "It was a great")) == "Dana Hollis"


def test_a_person_of_a_body_speaks_as_the_person() -> None:
    text = (
        "Output rose by 4 percent in March, the statistics office said on Friday.\n\n"
        "Ilsa Varkonyi of Brennwald Capital said the figures were strong.\n\n"
        "“Demand at home has held up well this year,” Varkonyi said."
    )
    assert named(quote_of(text, "Demand at home")) == "Ilsa Varkonyi"


def test_a_body_named_of_a_place_is_no_person() -> None:
    text = (
        "The Liberation Front of Eastern Valdia said on Monday it had left the talks.\n\n"
        "The Front has fought the army for a decade.\n\n"
        "“We are fighting them and will go on,” the Front said."
    )
    assert named(quote_of(text, "We are fighting")) != "Liberation Front"


DAUGHTER = (
    "Her hall holds a golden Buddha from her parents; her father, Peter Lindqvist, teaches philosophy.\n\n"
    "Lindqvist says she was afraid for years. “I used the word anger but I was more worried about crying,” she says.\n\n"
    "“The next day a bunch of roses arrived at the house,” Lindqvist says. Lindqvist tells her story slowly, "
    "and she laughs."
)


def test_a_lone_surname_the_story_makes_a_woman_is_not_her_father() -> None:
    assert named(quote_of(DAUGHTER, "I used the word")) == "Lindqvist"
    assert named(quote_of(DAUGHTER, "The next day")) == "Lindqvist"


def test_one_sentence_with_her_pronoun_leaves_the_surname_his() -> None:
    text = (
        "Dr. Martin Okafor, a primatologist at the Lagos institute, led the study.\n\n"
        "Okafor found after a male grooms a female, the chance that she will mate rises.\n\n"
        "“It is a sign of friendship and family,” Okafor said."
    )
    assert named(quote_of(text, "It is a sign")) == "Martin Okafor"
