"""Words the story gives to people it does not name, though it names someone near them, on sentences written for
these tests after web stories: a social network's users, a clause's unnamed subject ("critics who have branded
it", "where the media starts saying"); and an institution speaking by its kind once named ("the zoo said").
"""

from __future__ import annotations

from .conftest import named, quote_of


def test_posts_on_a_social_network_are_no_one_named_not_the_network() -> None:
    text = (
        "A gorilla at the Oakdale Zoo was shot after a boy fell into its moat.\n\n"
        "Social media mourned the animal, with Facebook posts saying “terrible loss” and “RIP big fella.”"
    )
    assert named(quote_of(text, "terrible loss")) is None
    assert named(quote_of(text, "RIP big fella")) is None


def test_users_of_a_network_are_no_one_named() -> None:
    text = "The airline apologised on Monday.\n\nTwitter users wrote: “This is the worst flight I have ever taken.”"
    assert named(quote_of(text, "This is the worst")) is None


def test_a_person_posting_on_a_network_still_speaks() -> None:
    text = "The airline apologised on Monday.\n\nCarla Mendes wrote on Facebook: “This is the worst flight ever.”"
    assert named(quote_of(text, "This is the worst")) == "Carla Mendes"


def test_critics_who_branded_it_are_not_the_star_the_sentence_names() -> None:
    text = (
        "A new TV soap starring former heartthrob Jason Donovan has failed to impress critics who have branded "
        "it “downright insulting to viewers”.\n\nThe first episode ran on Monday."
    )
    assert named(quote_of(text, "downright insulting")) is None
    assert quote_of(text, "downright insulting").speaker == "critics"


def test_the_media_of_a_where_clause_is_no_one_named() -> None:
    text = (
        "Mike Huckabee is now close to the edge where the media starts saying “this guy does not know what he "
        "is talking about.”"
    )
    assert named(quote_of(text, "this guy does not")) is None
    assert quote_of(text, "this guy does not").speaker == "the media"


def test_a_spokesman_for_a_body_who_declined_to_be_named_still_speaks_for_it() -> None:
    text = "Acme Corp cut its forecast.\n\nA spokesman for Acme Corp who declined to be named said: “We are fine.”"
    assert named(quote_of(text, "We are fine")) == "Acme Corp"


def test_the_zoo_is_the_zoo_named_before() -> None:
    text = (
        "The boy fell into the moat at the Cincinnati Zoo & Botanical Garden on Saturday.\n\n"
        "The team “responded to the life-threatening situation and made the difficult decision,” the zoo said."
    )
    assert named(quote_of(text, "responded to the")) == "Cincinnati Zoo & Botanical Garden"


def test_the_hospital_is_no_body_when_none_was_named_a_hospital() -> None:
    text = (
        "The boy was taken to hospital after a visit to Johns Hopkins University.\n\n"
        "“He is recovering well,” the hospital said."
    )
    assert named(quote_of(text, "He is recovering")) is None


def test_a_spokeswoman_for_a_body_no_entity_was_made_of_speaks_for_it() -> None:
    text = (
        "The gorilla exhibit stayed closed on Sunday.\n\n"
        "“We are devastated by this loss,” said a spokeswoman for the Cincinnati Zoo."
    )
    quote = quote_of(text, "We are devastated")
    assert (quote.speaker, quote.speaker_kind) == ("Cincinnati Zoo", "organization")


def test_a_spokeswoman_for_a_person_named_with_a_title_speaks_for_no_body() -> None:
    text = "The bill passed on Monday.\n\n“No comment,” said a spokeswoman for Governor Jim Reed."
    assert named(quote_of(text, "No comment")) == "Jim Reed"


def test_a_capitalised_function_word_before_the_verb_is_no_speaker() -> None:
    # A reviewer's question: "What says …" gave the speaker "What".
    text = "The film opened on Friday.\n\nNothing says family like a film. What says “the holiday season” more than aliens?"
    assert quote_of(text, "the holiday season").speaker is None


def test_a_name_the_finder_could_not_place_still_speaks_as_written() -> None:
    text = "The ships sailed on Monday.\n\nGreenpeace warned “the oceans are dying fast” in a report."
    assert quote_of(text, "the oceans are dying").speaker == "Greenpeace"
