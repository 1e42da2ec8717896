"""A verb of opinion before a quotation gives it to the sentence's named subject: "X sees it as its “…”", "X felt
it was “…”"; a pronoun or an unnamed subject there names no one by this rule."""

from __future__ import annotations

from .conftest import named, quote_of


def test_the_named_subject_of_sees_as_gives_the_judgement() -> None:
    text = (
        "Ann Voss, research director at a market research firm, sees the console's lineup as its "
        "“single biggest weakness.” The service starts on Tuesday."
    )
    assert named(quote_of(text, "single biggest")) == "Ann Voss"


def test_a_critic_who_felt_something_was_quoted_words() -> None:
    text = "Jon Ekdal in the Evening Star felt the new soap was “impossible to watch for long” after its first night."
    assert named(quote_of(text, "impossible to watch")) == "Jon Ekdal"


def test_an_unnamed_subject_of_an_opinion_verb_names_no_speaker() -> None:
    text = "Pia Lund opened the hearing on Monday. The report found the bank was “reckless in its lending to builders.”"
    assert named(quote_of(text, "reckless in")) is None
