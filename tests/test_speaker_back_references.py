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


def test_the_production_company_is_the_body_whose_name_holds_the_trade() -> None:
    text = (
        "Marlow Label Group had claimed a deal with Hartwell Productions. Hartwell Productions denied it.\n\n"
        "“No agreement was ever signed,” the production company said in a statement to Variety."
    )
    assert named(quote_of(text, "No agreement")) == "Hartwell Productions"


def test_the_company_with_no_trade_word_is_still_the_company_named_before() -> None:
    text = (
        "Hartwell Productions had claimed a deal with Marlow Label Group. Marlow Label Group denied it.\n\n"
        "“No agreement was ever signed,” the company said."
    )
    assert named(quote_of(text, "No agreement")) == "Marlow Label Group"


STATEMENT = (
    "On Monday Marlow Records issued a statement on the dispute with Dana Price.\n\n"
    "“As Dana's partner for a decade, we were shocked by her posts,” the statement read. “We owe her nothing.”\n\n"
)


def test_the_statement_read_is_its_issuer_s_not_a_name_in_its_words() -> None:
    text = STATEMENT + "“The truth is, Dana has owed us millions,” the statement continued."
    assert named(quote_of(text, "As Dana's")) == "Marlow Records"
    assert named(quote_of(text, "We owe her")) == "Marlow Records"
    assert named(quote_of(text, "The truth is")) == "Marlow Records"


def test_a_sign_that_reads_names_no_one() -> None:
    text = "The shop shut on Monday.\n\n“Closed until further notice,” the sign on its door read."
    assert named(quote_of(text, "Closed until")) is None


def test_a_person_s_rep_telling_an_outlet_speaks_for_the_person() -> None:
    text = STATEMENT + "Price's rep told Fox News that this was untrue. “Marlow is trying to deflect.”"
    assert named(quote_of(text, "Marlow is trying")) == "Dana Price"


def test_a_person_s_friend_telling_an_outlet_is_not_the_person() -> None:
    text = STATEMENT + "Price's friend told Fox News that this was untrue. “Marlow is trying to deflect.”"
    assert named(quote_of(text, "Marlow is trying")) != "Dana Price"


def test_words_closing_a_sentence_begun_before_them_are_not_the_next_subject_s() -> None:
    text = (
        "The statement, obtained by Variety, claimed that Marlow Records and Hartwell Productions had "
        "“come to terms on a licensing agreement.” The agreement noted that it covered two shows.\n\n"
        "“The deal stands,” Hartwell Productions said."
    )
    assert "agreement" not in (quote_of(text, "come to terms").cue or "")


def test_a_quoted_sentence_standing_alone_may_be_attributed_after_it() -> None:
    text = "Dana Price spoke on Monday.\n\n“We won the cup.” Coach Ian Marsh said it twice."
    assert named(quote_of(text, "We won the cup")) == "Ian Marsh"


def test_the_spokesman_adding_more_is_the_body_the_spokesman_before_spoke_for() -> None:
    text = (
        "Brindle Online Retail Inc sold more copies of the novel than of any other title this year.\n\n"
        "“It has been the year of this novel,” the Daily Ledger quoted a spokesman for the online retailer as saying.\n\n"
        "“We expect another strong Christmas for it,” the spokesman added."
    )
    first, second = quote_of(text, "It has been"), quote_of(text, "We expect")
    assert named(first) == "Brindle Online Retail Inc"
    assert named(second) == "Brindle Online Retail Inc"  # not the newspaper that quoted the spokesman


def test_a_spokesman_of_a_body_named_by_one_word_is_the_body_s() -> None:
    text = "NATO troops moved into the town on Monday.\n\n“We will reopen the road soon,” said a NATO spokesman."
    assert named(quote_of(text, "We will reopen")) == "NATO"


def test_a_spokesman_of_a_name_no_entity_was_made_of_keeps_the_whole_phrase() -> None:
    text = "The paintings were found on Monday.\n\n“Our guards were enough,” said a Zorblat spokesman."
    quote = quote_of(text, "Our guards")
    assert (quote.speaker, named(quote)) == ("a Zorblat spokesman", None)


def test_a_person_s_adviser_is_not_the_person() -> None:
    text = "Dana Voss spoke to the crowd on Monday.\n\n“She will not back down,” said a Voss adviser."
    quote = quote_of(text, "She will not")
    assert named(quote) is None
    assert quote.speaker == "a Voss adviser"
