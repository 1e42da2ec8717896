"""A speaker described by the sides of a career, and sources close to a body, on sentences written for these tests.

Sports copy names a manager's assistant or a candidate, then refers back to him by the clubs he played for
("the former Manchester United and Leeds striker said"): the person named just before speaks, not the clubs
and not the paragraph's subject. Sources "close to" a company or a person are unnamed and speak for no one
the story names; a spokeswoman "for" a body still speaks for it. A field's analysts opening a sentence
("Aviation analysts called it") are unnamed too, where the story writes the field's word nowhere else.
"""

from __future__ import annotations

from .conftest import named, quote_of


def test_a_career_of_clubs_is_the_person_named_just_before_not_the_clubs() -> None:
    text = (
        "Portsmouth manager Harry Redknapp did not appear at the news conference, which was instead taken by "
        "his assistant Joe Jordan.\n\n"
        "“We had a laugh about all the speculation this morning,” the former Manchester United and Leeds "
        "striker said."
    )
    assert named(quote_of(text, "We had a laugh")) == "Joe Jordan"


def test_a_career_of_clubs_after_the_subject_named_before_is_that_subject() -> None:
    text = (
        "Blackburn manager Mark Hughes is another leading candidate, but he said he had received no contact "
        "from Newcastle.\n\n"
        "“There's always speculation when any big job comes up,” the former Manchester United and FC Barcelona "
        "striker said."
    )
    assert named(quote_of(text, "There's always speculation")) == "Mark Hughes"


def test_a_short_role_after_a_club_still_refers_back_as_before() -> None:
    text = (
        "Chelsea signed Tom Reid from Leeds on Friday.\n\n"
        "“I am glad the deal is done at last,” said the Chelsea manager, Frank Dale."
    )
    assert named(quote_of(text, "I am glad")) == "Frank Dale"


def test_sources_close_to_a_company_speak_for_no_one_named() -> None:
    text = (
        "EMI will cut its marketing budgets this year, the company said on Monday.\n\n"
        "Sources close to EMI hinted that the company would take a more “focus group approach” to releases."
    )
    assert named(quote_of(text, "focus group approach")) is None


def test_a_person_close_to_the_talks_is_no_party_to_them() -> None:
    text = (
        "Acme Corp and Delmar Inc resumed merger talks in Chicago on Tuesday.\n\n"
        "“Both sides want a deal before the summer,” a person close to Acme said."
    )
    assert named(quote_of(text, "Both sides want")) is None


def test_a_spokeswoman_for_a_company_still_speaks_for_it() -> None:
    text = (
        "Acme Corp and Delmar Inc resumed merger talks in Chicago on Tuesday.\n\n"
        "“Both sides want a deal before the summer,” a spokeswoman for Acme said."
    )
    assert named(quote_of(text, "Both sides want")) == "Acme Corp"


def test_a_fields_analysts_opening_a_sentence_are_unnamed() -> None:
    text = (
        "Emirates cut its order for the A380 on Monday, and Airbus will stop building the jet.\n\n"
        "Aviation analysts called it the “end of an era,” as airlines turn to smaller planes."
    )
    assert named(quote_of(text, "end of an era")) is None


def test_a_banks_analysts_speak_for_the_bank_the_story_names_again() -> None:
    text = (
        "Goldman analysts said the deal was “a clear win for investors” on Monday. Goldman has backed "
        "the merger since March."
    )
    assert named(quote_of(text, "a clear win")) == "Goldman"
