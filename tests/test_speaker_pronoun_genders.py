"""Whom "he said" stands for when a name list gives the subject just before the other gender, on sentences written for these tests.

A given name only a locale's list knows, as a woman's ("Addison"), does not keep "he" from the man
the sentence just before makes its subject; a given name the Census lists as a woman's does, and
so does a man who is a subject in the paragraph before.
"""

from __future__ import annotations

from .conftest import speaker_of

FAR = "Dan Parker hit a double in the tenth inning.\n\nThe rain came.\n\nThe crowd stayed.\n\n"


def test_he_is_the_subject_just_before_whose_given_name_a_locale_list_calls_a_womans() -> None:
    text = (
        FAR + "Later, in the locker room, shortstop Addison Clarke smiled. “We talk to each other all year,” he said."
    )
    assert speaker_of(text, "We talk to each") == "Addison Clarke"


def test_a_given_name_the_census_calls_a_womans_is_not_he() -> None:
    text = FAR + "Later, in the locker room, shortstop Mary Clarke smiled. “We talk to each other all year,” he said."
    assert speaker_of(text, "We talk to each") == "Dan Parker"


def test_a_man_who_is_a_subject_in_the_paragraph_before_is_he() -> None:
    text = (
        "Dan Parker hit a double in the tenth inning.\n\n"
        "Shortstop Addison Clarke smiled. “We talk to each other all year,” he said."
    )
    assert speaker_of(text, "We talk to each") == "Dan Parker"
