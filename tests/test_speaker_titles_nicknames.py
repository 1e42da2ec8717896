"""Speakers around lines and words that are no one's saying, and cues that are no verb, on sentences written for
these tests.

A linked video's or story's title between paragraphs ("… video imagines Ann Marsh staring at …", no stop)
hands the quotation after it to no one it names; two or three capitalised words in marks ("the “Never
Quitters”") are a nickname, no one's words; a quotation named as someone's remarks, comments or statement
("Oduya's “step up” remarks", "statements by Harper that “…”", "his comments – “…”") is theirs; "the brash
Ruritanian tyrant said" is the one person the story names with that nationality before the name, and no one
when it names two.
"""

from __future__ import annotations

from .conftest import named, quote_of


def test_a_title_line_between_paragraphs_hands_no_one_the_quotation_after_it() -> None:
    text = (
        "The agency's statement ran to four pages on Monday.\n\n"
        "State video imagines Ann Marsh staring at a flooded harbour after the storm\n\n"
        "“The republic has won a shining victory over its rivals in the region.”"
    )
    assert named(quote_of(text, "The republic has won")) is None


def test_a_sentence_naming_a_person_still_hands_over_the_quotation_after_it() -> None:
    text = (
        "Harbour master Ann Marsh watched the flooded quay on Monday.\n\n"
        "“The water came faster than anyone in the town expected.”"
    )
    assert named(quote_of(text, "The water came")) == "Ann Marsh"


def test_two_capitalised_words_in_marks_are_a_nickname_of_no_one() -> None:
    text = (
        "Governor Ben Salter said he had read the report. Over the weekend, Salter assailed Rita Vale as "
        "one of the “Never Quitters” who oppose his budget."
    )
    assert named(quote_of(text, "Never Quitters")) is None


def test_two_plain_words_in_marks_keep_their_speaker() -> None:
    text = "Governor Ben Salter said the budget was “fully funded” and would pass."
    assert named(quote_of(text, "fully funded")) == "Ben Salter"


def test_a_possessor_before_the_quotation_and_a_noun_of_speech_after_it() -> None:
    text = (
        "The awards were held in Lagos on Sunday.\n\n"
        "The row followed Mark Oduya's controversial “step up” remarks at the ceremony."
    )
    assert named(quote_of(text, "step up")) == "Mark Oduya"


def test_statements_by_a_person_that_are_quoted() -> None:
    text = (
        "Prime Minister Stephen Harper spoke in Ottawa on Monday.\n\n"
        "The opposition seized on statements by Stephen Harper that “the economy is in good shape” this week."
    )
    assert named(quote_of(text, "the economy is")) == "Stephen Harper"


def test_a_claim_owned_by_a_person_and_a_pronoun_s_comments() -> None:
    text = (
        "Union leader Jane Rowe met the plant's owners on Friday.\n\n"
        "Managers dismissed Jane Rowe's claim that “the plant will close by summer” as false.\n\n"
        "Rowe later issued an apology for her comments – “I was wrong about the date and I regret it.”"
    )
    assert named(quote_of(text, "the plant will close")) == "Jane Rowe"
    assert named(quote_of(text, "I was wrong")) == "Jane Rowe"


def test_a_described_speaker_is_the_one_person_named_with_that_nationality() -> None:
    text = (
        "Ruritanian leader Otto Brandt watched the parade in the capital on Tuesday.\n\n"
        "The brash Ruritanian tyrant boasted of his “shining victory over the enemy” to the crowd."
    )
    assert named(quote_of(text, "shining victory")) == "Otto Brandt"


def test_a_description_two_people_fit_or_a_body_s_word_names_no_one() -> None:
    text = (
        "Ruritanian leader Otto Brandt met the Ruritanian envoy Karl Vogt in the capital.\n\n"
        "The brash Ruritanian tyrant boasted of his “shining victory over the enemy” to the crowd.\n\n"
        "The Ruritanian radio transmission quoted him as saying “we will not stop now”."
    )
    assert named(quote_of(text, "shining victory")) is None
    assert named(quote_of(text, "we will not stop")) != "Karl Vogt"


def test_a_caption_opening_on_its_subject_still_hands_over_the_quotation_after_it() -> None:
    text = (
        "The driver waved to the crowd as he left the track on Sunday.\n\n"
        "Felipe Massa left Ferrari in 2014 after eight successful years with the team\n\n"
        "“I will never forget this day and all of these people here.”"
    )
    assert named(quote_of(text, "I will never forget")) == "Felipe Massa"


def test_a_title_case_line_names_no_speaker() -> None:
    text = (
        "The agency's statement ran to four pages on Monday.\n\n"
        "Ann Marsh Slams Harbour Board Over Flood Plans\n\n"
        "“The republic has won a shining victory over its rivals in the region.”"
    )
    assert named(quote_of(text, "The republic has won")) is None


def test_a_quotation_naming_the_person_of_the_paragraph_before_is_not_theirs() -> None:
    text = (
        "Karl Weber said the minister had promised to help him.\n\n"
        "This contradicts statements by Prime Minister Ann Cole, who said the matter was never raised with her.\n\n"
        "“It was a shock for me when Prime Minister Cole said on television that she had never heard of it.”"
    )
    assert named(quote_of(text, "It was a shock")) != "Ann Cole"


def test_a_claim_someone_else_calls_false_is_not_the_claimant_s() -> None:
    text = "Minister Ann Cole spoke on Monday.\n\nLater, Ann Cole's claim “is patently false and wrong” was repeated."
    assert named(quote_of(text, "is patently false")) is None


def test_a_single_mark_slipped_in_for_the_closing_double_one_before_he_said() -> None:
    text = (
        "Montreal general manager Bob Gainey spoke on Monday.\n\n"
        "\"I have a belief that you can fix a home record easier than a road record,' he said. "
        '"The team that does not play well on the road is one that has some fear".'
    )
    assert named(quote_of(text, "I have a belief")) == "Bob Gainey"
    assert quote_of(text, "I have a belief").text.endswith("road record")
    assert named(quote_of(text, "The team that")) == "Bob Gainey"


def test_nested_single_marks_inside_a_double_quotation_stay_nested() -> None:
    text = (
        "Tom Reed was on the tram on Monday.\n\n"
        "\"I asked him if he was okay. He said 'yeah'. I said to him 'what happened?' He said he thinks he "
        'blacked out," said Tom Reed.'
    )
    assert quote_of(text, "I asked him").text.endswith("blacked out")


def test_an_attribution_inside_a_quotation_whose_closing_marks_were_lost_still_names_its_speaker() -> None:
    text = (
        "Coach Kent Austin met the board of the university on Monday.\n\n"
        "\"I have a great love and affection for my university,'' said Austin, who attended it in the 1980s."
    )
    assert named(quote_of(text, "I have a great love")) == "Kent Austin"
