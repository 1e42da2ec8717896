"""Bodies a story goes on with by a pronoun or a noun ("it said", "the agency said"), on sentences written for these tests.

A body named with its initials in brackets before the verb ("the Harbour Transport Agency (HTA) said")
is the subject "it" refers back to, not a name the sentence after it mentions in passing; a company
named just before ", the agency said" is not thereby called the agency.
"""

from __future__ import annotations

from .conftest import named, quote_of

AGENCY = (
    "Ferries should not be sold off, the Harbour Transport Agency (HTA) said in a review. "
    "It also backed the open standard XTF (Extended Timetable Format) for schedules.\n\n"
)


def test_a_body_with_its_initials_in_brackets_before_the_verb_is_what_it_refers_to() -> None:
    text = AGENCY + "“We have seen nothing that would justify a sale,” it said."
    assert named(quote_of(text, "We have seen")) == "Harbour Transport Agency"


def test_a_name_mentioned_after_the_subject_is_not_what_it_refers_to() -> None:
    # Without the brackets the subject is the agency all the same.
    text = (
        "Ferries should not be sold off, the Harbour Transport Agency said in a review. "
        "It also backed the open standard XTF (Extended Timetable Format) for schedules.\n\n"
        "“We have seen nothing that would justify a sale,” it said."
    )
    assert named(quote_of(text, "We have seen")) == "Harbour Transport Agency"


def test_a_company_before_the_agency_said_is_not_called_the_agency() -> None:
    text = (
        AGENCY
        + "Kestrel Marine Ltd runs the ferries. A third of the cost would go to Kestrel Marine Ltd, the agency said.\n\n"
        "As for the timetable, “there is no case for changing it,” the agency said."
    )
    assert named(quote_of(text, "there is no case")) == "Harbour Transport Agency"


def test_a_body_called_the_agency_in_apposition_still_is() -> None:
    text = (
        "Kestrel Marine Ltd, the agency that runs the ferries, met the unions. Ferrylink Group was not there.\n\n"
        "“Nothing is decided,” the agency said."
    )
    assert named(quote_of(text, "Nothing is decided")) == "Kestrel Marine Ltd"
