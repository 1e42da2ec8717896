"""A speaker's name the entity finder did not make, on sentences written for these tests.

After a role in apposition ("said the Var sub-prefect, Anne Roux.") or after lower-case role words
ending in an agent noun ("said planetary geologist Rosa Lopes"), two or three capitalised words are
the person who spoke, even with no entity made of them; a month, a title or a function word among
them is no name, and a phrase the entity finder read otherwise is left to that reading.
"""

from __future__ import annotations

from newscorpus.extract.attribution import attribute
from newscorpus.extract.mentions import Resolved
from newscorpus.extract.quote_context import MentionIndex
from newscorpus.extract.quote_spans import find_spans


def speaker(text: str, mentions: list[Resolved] | None = None) -> tuple[str | None, str | None]:
    """Return the speaker and kind of the first quotation of a one-paragraph story with no entities made."""
    paragraphs = [text]
    spans = find_spans(paragraphs)
    name, kind, _ = attribute(spans[0], paragraphs, MentionIndex(mentions or [], paragraphs, spans))
    return name, kind


def test_a_name_in_apposition_after_a_role_is_the_speaker() -> None:
    text = "“The truck drove into the crowd,” said the Var sub-prefect, Anne Roux. “The driver was killed.”"
    assert speaker(text) == ("Anne Roux", "person")


def test_a_name_after_role_words_is_the_speaker() -> None:
    text = "“Organics matter for life on Titan,” said planetary geologist Rosa Lopes of the space agency."
    assert speaker(text) == ("Rosa Lopes", "person")


def test_a_weekday_in_apposition_is_no_name() -> None:
    text = "“The market will turn,” said the bank's chief economist, Monday Morning."
    assert speaker(text)[1] != "person"


def test_capitals_after_words_that_are_no_role_are_no_name() -> None:
    text = "“Prices will fall,” said the quarterly Market Review."
    assert speaker(text)[1] != "person"


def test_a_name_the_entity_finder_read_as_a_body_stays_a_body() -> None:
    text = "“Prices will fall,” said industry regulator Harbor Board."
    body = Resolved("organization", "Harbor Board", 0, text.index("Harbor"), len(text) - 1, False)
    assert speaker(text, [body]) == ("Harbor Board", "organization")
