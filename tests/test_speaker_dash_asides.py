"""An aside set off by dashes between a speaker and the verb, on sentences written for these tests.

A dash with spaces either side closes an aside, not a broken word ("so- called"), so the verb after
it introduces the quotation; the subject is the name before the aside, not a name inside it.
"""

from __future__ import annotations

from .conftest import quote_of


def test_a_verb_after_a_dashed_aside_introduces_the_quotation() -> None:
    text = 'Speaking on Tuesday, Jenny Franco - who lost an eye in the crash - described it as "a kick in the teeth".'
    assert quote_of(text, "a kick").speaker == "Jenny Franco"


def test_a_name_inside_the_dashed_aside_is_not_the_speaker() -> None:
    text = (
        'Speaking on Tuesday, Jenny Franco - who met Tom Baker at the hearing - described it as "a kick in the teeth".'
    )
    assert quote_of(text, "a kick").speaker == "Jenny Franco"


def test_a_body_before_a_dashed_aside_speaks() -> None:
    text = (
        "Last night, the Northern Towns Alliance - which represents 70 councils in Ohio - said: "
        '"The fund has thrown a lifeline to small groups."'
    )
    quote = quote_of(text, "The fund")
    assert (quote.speaker, quote.speaker_kind) == ("Northern Towns Alliance", "organization")


def test_a_word_broken_at_a_hyphen_is_still_no_verb() -> None:
    text = "Critics attacked the so- called “cultural industries” rule on Monday."
    assert quote_of(text, "cultural industries").speaker is None
