"""A speaker named by one word of a name the story writes in full, on sentences written for these tests.

A one-word place that opens or ends the name of the one person the story names so ("Kim" after
"Kim Jong Un") is that person; a lone surname merged into a name ending otherwise ("Daley" into
"Troy Cassar-Daley") is the person last written in full with that surname.
"""

from __future__ import annotations

from newscorpus.extract.mentions import Resolved
from newscorpus.extract.quote_context import MentionIndex
from newscorpus.extract.quote_spans import Span
from newscorpus.extract.speaker_names import name_parts_as_people
from newscorpus.extract.speakers import namesake

from .conftest import speaker_of

TEXTS = ["North Korean leader Kim Jong Un spoke.", "Kim said it."]


def mention(kind: str, name: str, paragraph: int, end: int) -> Resolved:
    return Resolved(kind, name, paragraph, end - len(name), end)  # type: ignore[arg-type]


def test_a_place_word_opening_a_persons_name_is_that_person() -> None:
    found = name_parts_as_people([mention("person", "Kim Jong Un", 0, 31), mention("place", "Kim", 1, 3)], TEXTS)
    assert [(m.kind, m.name) for m in found] == [("person", "Kim Jong Un"), ("person", "Kim Jong Un")]


def test_a_place_word_two_names_hold_stays_a_place() -> None:
    people = [mention("person", "Kim Jong Un", 0, 31), mention("person", "Kim Yo Jong", 0, 31)]
    found = name_parts_as_people([*people, mention("place", "Kim", 1, 3)], TEXTS)
    assert (found[-1].kind, found[-1].name) == ("place", "Kim")


def test_a_place_no_name_holds_stays_a_place() -> None:
    found = name_parts_as_people([mention("person", "Ann Lee", 0, 7), mention("place", "Kim", 1, 3)], TEXTS)
    assert (found[-1].kind, found[-1].name) == ("place", "Kim")


STORY = [
    "Rugby league star Laurie Daley came too.",
    "Daley persuaded his mate Troy Cassar-Daley to sing.",
    '"I forgot the words," Daley says.',
]
QUOTE = Span(((2, "I forgot the words,"),), 2, 0, 2, 21)


def daley(merged_into: str) -> Resolved:
    return Resolved("person", merged_into, 2, 22, 27)


def story_mentions(said: Resolved) -> MentionIndex:
    written = [
        Resolved("person", "Laurie Daley", 0, 18, 30),
        Resolved("person", "Troy Cassar-Daley", 1, 0, 5),
        Resolved("person", "Troy Cassar-Daley", 1, 25, 42),
        said,
    ]
    return MentionIndex(written, STORY, [QUOTE])


def test_a_surname_merged_into_another_name_is_the_person_written_in_full_with_it() -> None:
    said = daley("Troy Cassar-Daley")
    assert namesake(said, QUOTE, story_mentions(said)) == "Laurie Daley"


def test_a_surname_merged_into_a_name_ending_with_it_is_kept() -> None:
    said = daley("Laurie Daley")
    assert namesake(said, QUOTE, story_mentions(said)) == "Laurie Daley"


def test_a_full_name_written_is_kept() -> None:
    said = Resolved("person", "Troy Cassar-Daley", 1, 25, 42)
    assert namesake(said, QUOTE, story_mentions(said)) == "Troy Cassar-Daley"


def test_kim_said_after_the_full_name_is_the_leader() -> None:
    text = 'North Korean leader Kim Jong Un gave his annual address.\n\n"North and South must work together," Kim said.'
    assert speaker_of(text, "North and South") == "Kim Jong Un"


def test_a_surname_goes_to_the_person_written_in_full_with_it() -> None:
    text = (
        "Rugby league star Laurie Daley came to the festival.\n\n"
        "Daley persuaded his mate Troy Cassar-Daley to sing a duet with him.\n\n"
        '"I forgot the words," Daley says.'
    )
    assert speaker_of(text, "I forgot the words") == "Laurie Daley"


def test_the_double_barrelled_name_keeps_its_own_words() -> None:
    text = (
        "Rugby league star Laurie Daley came to the festival.\n\n"
        "Singer Troy Cassar-Daley busked in shop doorways.\n\n"
        '"It was great fun," Cassar-Daley says.'
    )
    assert speaker_of(text, "It was great fun") == "Troy Cassar-Daley"
