"""Quotation speakers carried over from the words around them, on sentences written for these tests.

A pronoun or a role that adds to the previous quotation, a surname standing for the full name
written before, "it said" after a quotation naming another body, a participle's subject, and the
role words between a body and its member.
"""

from __future__ import annotations

import pytest

from .conftest import named, quote_of, speaker_of

CAMPAIGN = (
    "Foreign Minister Karl Smith would not comment.\n\n"
    '"There is growing concern about this," Greenpeace campaigner Sakyo Noda said.\n\n'
)


def test_he_said_after_a_quotation_goes_on_with_its_speaker() -> None:
    text = CAMPAIGN + '"For the past week we have stopped them," he said.'
    assert speaker_of(text, "For the past week") == "Sakyo Noda"


def test_he_said_is_someone_else_once_another_person_is_named_between() -> None:
    text = CAMPAIGN.replace("said.", "said. Karl Smith disagreed.") + '"We stopped them," he said.'
    assert speaker_of(text, "We stopped them") == "Karl Smith"


def test_she_said_is_not_the_man_who_spoke_before() -> None:
    text = 'Jane Holt spoke first.\n\n"It is growing," said Mark Olsen.\n\n"We stopped them," she said.'
    assert speaker_of(text, "We stopped them") == "Jane Holt"


def test_he_said_is_not_a_body_that_spoke_before() -> None:
    text = 'Chief executive Karl Smith would not comment at first.\n\n"It is growing," Acme Corp said.\n\n"We stopped them," he said.'
    assert speaker_of(text, "We stopped them") == "Karl Smith"


def test_a_role_adding_to_the_previous_quotation_is_its_speaker() -> None:
    text = (
        "Triple champion Lewis Hamilton led the field away.\n\n"
        '"This is just bad," Sebastian Vettel said over the radio.\n\n'
        '"We need to stop the race," added the four-times champion.'
    )
    assert speaker_of(text, "We need to stop") == "Sebastian Vettel"


ELECTION = "Several machines failed at dawn, according to Sandy Martin, the county election director.\n\n"


def test_a_surname_said_is_the_full_name_written_before() -> None:
    assert speaker_of(ELECTION + '"We are fixing it," Martin said.', "We are fixing it") == "Sandy Martin"


def test_a_surname_no_full_name_ends_with_stays_as_written() -> None:
    assert speaker_of(ELECTION + '"We are fixing it," Okafor said.', "We are fixing it") == "Okafor"


REGULATOR = (
    "Regulators questioned Acme Corp about the tool on Friday.\n\n"
    '"We have never worked with Zeta Labs and never will," it said.\n\n'
)


def test_it_said_is_not_a_body_named_inside_an_earlier_quotation() -> None:
    text = REGULATOR + 'The regulator said the figures held. "We stand by our research," it said.'
    assert speaker_of(text, "We stand by") == "Acme Corp"


def test_it_said_is_still_the_body_named_before_the_quotation() -> None:
    assert speaker_of(REGULATOR, "We have never worked") == "Acme Corp"


def test_a_possessor_is_not_the_subject_of_a_participle_before_a_quotation() -> None:
    text = (
        "The Finance Ministry rejected any claims that the money had to do with Tom Brand's meeting, "
        'stating, "The decision has no connection to the meeting."'
    )
    assert speaker_of(text, "The decision") == "Finance Ministry"


def test_a_person_opening_the_sentence_is_the_subject_of_a_participle() -> None:
    assert speaker_of('Coach Pia Lund praised the defence, adding: "We were solid."', "We were solid") == "Pia Lund"


def test_words_going_on_with_the_sentence_after_a_quotation_name_no_speaker() -> None:
    text = (
        'Prime Minister Tom Brand promised "real and serious changes" from his government in the new year '
        "as a senior Cabinet ally warned that rivals were gaining."
    )
    assert speaker_of(text, "real and serious") == "Tom Brand"


def test_a_member_named_after_a_body_and_role_words_is_the_speaker() -> None:
    text = '"Half the planet was never seen," said Messenger principal investigator Sean Solomon, of the institute.'
    assert speaker_of(text, "Half the planet") == "Sean Solomon"


def test_a_role_and_a_name_after_a_comma_still_name_the_speaker() -> None:
    assert speaker_of('"Half of it was never seen," said the friend, Ilona Herman.', "Half of it") == "Ilona Herman"


def test_a_person_opening_a_sentence_with_a_stray_comma_before_the_verb_is_the_speaker() -> None:
    text = (
        "Parliament member Tal Ben of the religious party Yesh Atid, explained that money has gone every year "
        'to the "local councils as compensation for security costs."'
    )
    assert speaker_of(text, "local councils") == "Tal Ben"


def test_a_possessor_before_a_stray_comma_is_not_the_speaker() -> None:
    text = 'Tal Ben\'s aide, explained that money has gone every year to the "local councils as compensation."'
    assert speaker_of(text, "local councils") is None


def test_a_clause_after_a_partial_quotation_names_no_speaker() -> None:
    text = (
        "Defence lawyer Brett Thomas said his client was unwell.\n\n"
        'He said he would be "very surprised" if Mr Graham was charged with hindering police.'
    )
    assert speaker_of(text, "very surprised") == "Brett Thomas"


RIVIERA = (
    "Police chief Jacques Morel arrived later.\n\n"
    "A journalist for Agence France-Presse said the truck rushed into the crowd.\n\n"
    '"It was absolute chaos" on the promenade, he said.'
)


def test_he_said_after_an_unnamed_journalist_of_an_agency_is_the_agency() -> None:
    assert speaker_of(RIVIERA, "It was absolute chaos") == "Agence France-Presse"


def test_he_said_after_a_journalist_of_no_named_body_is_no_one() -> None:
    text = RIVIERA.replace("A journalist for Agence France-Presse", "A journalist at the scene")
    assert speaker_of(text, "It was absolute chaos") is None


def test_a_name_after_a_hyphenated_role_and_a_comma_is_the_speaker() -> None:
    text = 'The truck "drove through the crowd over a long distance," said the Var sub-prefect, Anne Roux.'
    assert speaker_of(text, "drove through") == "Anne Roux"


def test_a_reporter_someone_told_is_the_audience_not_the_source() -> None:
    text = (
        "Two years ago, a cellist, Sergei Roldin, a friend of the president, told a reporter that he was a humble "
        'musician. "I have got an apartment and a car," he said.'
    )
    assert speaker_of(text, "I have got") == "Sergei Roldin"


COURT = (
    "Singer Lena Park left the court early on Monday.\n\n"
    "Her car circled the block, and as she got out for a moment, she was filmed telling the crowd and her staff, "
    '"Move back. I am scared."'
)


def test_a_pronoun_opening_a_verb_phrase_before_a_speech_verb_is_its_subject() -> None:
    assert speaker_of(COURT, "Move back") == "Lena Park"


def test_they_opening_a_verb_phrase_before_a_speech_verb_names_no_one() -> None:
    assert speaker_of(COURT.replace("she was filmed", "they were filmed"), "Move back") is None


def test_a_name_in_apposition_to_a_body_s_spokeswoman_is_the_speaker() -> None:
    text = (
        "A spokeswoman for the Foreign Ministry denied the report.\n\n"
        '"We never allow companies to break the rules," said the spokeswoman, Hua Chunying.'
    )
    assert speaker_of(text, "We never allow") == "Hua Chunying"


def test_a_body_s_spokeswoman_named_by_no_one_stays_the_body() -> None:
    text = (
        "A spokeswoman for the Foreign Ministry denied the report.\n\n"
        '"We never allow companies to break the rules," said the spokeswoman.'
    )
    assert speaker_of(text, "We never allow") != "Hua Chunying"


def test_the_name_before_a_role_missing_its_closing_comma_is_the_speaker() -> None:
    text = (
        "With the league under way, Habeeb Nizamudin, a growth officer of the media agency Lodestar Universal "
        'said: "The whole country is against them."'
    )
    assert speaker_of(text, "The whole country") == "Habeeb Nizamudin"


def test_a_role_with_no_name_before_it_is_the_role_s_body() -> None:
    text = (
        'Late on Monday, a growth officer of the media agency Lodestar Universal said: "The country is against them."'
    )
    assert speaker_of(text, "The country") != "Habeeb Nizamudin"


FIRM = "The papers name Acme Holdings, a law firm based in the capital.\n\n"


def test_the_firm_opening_a_sentence_that_introduces_a_statement_is_the_firm_named_before() -> None:
    text = FIRM + 'On Monday, the firm released a statement:\n\n"Our industry is not well understood."'
    assert speaker_of(text, "Our industry") == "Acme Holdings"


def test_the_firm_as_a_possessor_introduces_no_words_of_the_firm() -> None:
    text = FIRM + 'On Monday, the firm\'s critics released a statement:\n\n"Our industry is not well understood."'
    assert speaker_of(text, "Our industry") != "Acme Holdings"


def test_dubbing_after_a_subject_gives_the_words_to_the_subject() -> None:
    text = "Prime Minister Shinzo Abe was visibly unsettled, dubbing the launch an “unprecedented and grave threat.”"
    assert speaker_of(text, "unprecedented and grave") == "Shinzo Abe"


def test_to_warn_of_gives_the_words_to_whom_it_was_prompted_in() -> None:
    text = "The tests prompted President Donald Trump to warn of “fire and fury” last week."
    assert speaker_of(text, "fire and fury") == "Donald Trump"


def test_a_participle_that_is_no_speech_gives_the_subject_no_words() -> None:
    text = "Prime Minister Shinzo Abe was visibly unsettled, watching the launch of a “grave and serious threat.”"
    assert speaker_of(text, "grave and serious") is None


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # A pronoun and its verb alone in a clause before the words: the person the pronoun stands for.
        ("I think it will", "Ian Moss"),
        # The next paragraph of the quotation keeps its speaker.
        ("We have agreed", "Ian Moss"),
    ],
)
def test_a_pronoun_and_its_verb_before_the_words_name_the_speaker(quote: str, speaker: str) -> None:
    text = (
        "“It is fine,” said Ian Moss when asked about Lee.\n\n"
        "Warming to the theme, he expanded, “I think it will be sorted quickly.”\n\n"
        "“We have agreed how it will work.”"
    )
    assert named(quote_of(text, quote)) == speaker


def test_a_pronoun_after_when_names_no_speaker() -> None:
    # "When he arrived" sets a time, it attributes nothing.
    text = (
        "“It is fine,” said Ian Moss when asked about Lee.\n\nWhen he arrived, “Welcome home” was written on the wall."
    )
    assert named(quote_of(text, "Welcome home")) is None


def test_he_said_after_an_opening_phrase_is_the_subject_named_after_it() -> None:
    text = (
        '"We are happy," said Mark Odum, a farmer.\n\n'
        "Earlier in the day, Peter Kalu, the minister of health, denied reports that soldiers were freed.\n\n"
        '"Please note that this is not a swap," he said.'
    )
    assert speaker_of(text, "Please note") == "Peter Kalu"


def test_he_said_after_someone_is_heard_speaking_is_that_person() -> None:
    text = (
        '"We are happy," said Mark Odum, a farmer.\n\n'
        "The crowd listened to Vice President John Abara speak from behind a table.\n\n"
        '"We can imagine what they have gone through," he said.'
    )
    assert speaker_of(text, "We can imagine") == "John Abara"


def test_a_name_after_an_opening_phrase_with_no_verb_after_it_is_no_subject() -> None:
    text = (
        '"We are happy," said Mark Odum, a farmer.\n\n'
        "In a letter to Peter Kalu, the unions set out their terms.\n\n"
        '"We want a deal," he said.'
    )
    assert speaker_of(text, "We want a deal") == "Mark Odum"


def test_a_quotation_after_the_sentence_a_person_opens_is_that_persons() -> None:
    text = (
        "Director Ann Roy is looking forward to the release of her film this Friday. "
        '"Although the film is local, its theme is universal."'
    )
    assert speaker_of(text, "Although the film") == "Ann Roy"


def test_admits_the_role_after_a_quotation_is_the_person_named_with_the_role() -> None:
    text = (
        "Director Ann Roy is looking forward to the release of her film this Friday.\n\n"
        'But was the film not released a year back? "Yes it was," admits the director.'
    )
    assert speaker_of(text, "Yes it was") == "Ann Roy"


def test_said_in_a_statement_before_the_quotation_outweighs_a_name_after_it() -> None:
    text = (
        "Two hostages were released on Tuesday.\n\n"
        'Prime Minister Scott Morrison said in a statement, "We are profoundly pleased and relieved" at the '
        "release, adding that Weeks' family had asked for privacy."
    )
    assert speaker_of(text, "We are profoundly") == "Scott Morrison"


def test_a_country_with_its_article_speaks_for_its_government() -> None:
    text = 'Fighting went on.\n\nThe UK has urged an "end to the violence and for calm" in the region.'
    assert speaker_of(text, "end to the violence") == "United Kingdom"
