"""Speaker phrases and verbs, on sentences written for these tests.

"his spokeswoman said" after a person is named speaks for that person; with no one named before, the
spokesman names no one, and "his office" or "her family" is no one named, nor are residents, witnesses or a person's daughter left unnamed (the
quotation is not the previous speaker's going on). Right after a closing mark, "comments" or "reports" before a name is the
verb, not a plural noun; "wondered" introduces the asker's question; "was quoted by the Times as
saying" is the subject's words, not the paper's. "the Dorsey family said" is the family's (no adverb ending in
"ly"); a role closing the paragraph before ("But the prime minister insisted …") is whom "she told" stands for.
"""

from __future__ import annotations

from .conftest import named, quote_of, speaker_of


def test_his_spokeswoman_speaks_for_the_man_named_before() -> None:
    text = (
        "Harold Weinberg has been accused of misconduct. Though the producer has admitted to wrongdoing, "
        'his spokeswoman has said that "any allegations of assault are denied by Mr. Weinberg."'
    )
    assert named(quote_of(text, "any allegations")) == "Harold Weinberg"


def test_her_spokesman_after_the_quotation_speaks_for_the_woman() -> None:
    text = 'Lena Ortiz spoke later. "We will appeal the ruling in full," her spokesman said.'
    assert named(quote_of(text, "We will appeal")) == "Lena Ortiz"


def test_his_spokesman_with_no_man_named_is_no_one() -> None:
    text = 'The ruling came on Monday. "The case will collapse at trial," his spokesman said.'
    assert named(quote_of(text, "The case will")) is None


def test_comments_right_after_the_quotation_is_the_verb() -> None:
    text = (
        "Tom Johnston founded the band in 1970.\n\n"
        "“We're truly excited about the tour,” comments Johnston in a statement, “as it's a celebration.”"
    )
    assert named(quote_of(text, "We're truly")) == "Tom Johnston"
    assert named(quote_of(text, "as it's")) == "Tom Johnston"


def test_reports_right_after_the_quotation_is_the_verb() -> None:
    text = "“Such scams promise a big payoff,” reports the Federal Trade Commission."
    assert named(quote_of(text, "Such scams")) == "Federal Trade Commission"


def test_notes_as_a_noun_after_the_quotation_names_no_one() -> None:
    text = "The board met the unions. “The plan is dead,” notes of protest from the floor said."
    assert named(quote_of(text, "The plan")) is None


def test_cited_him_as_saying_after_the_quotation_is_his() -> None:
    text = (
        "Kim Sun-ho watched the launch on Tuesday, the agency said.\n\n"
        "There would be “more launching drills with the ocean as a target”, it cited him as saying."
    )
    assert named(quote_of(text, "more launching")) == "Kim Sun-ho"


def test_saying_after_the_quotation_with_no_one_quoted_is_not_read_so() -> None:
    text = (
        "Kim Sun-ho watched the launch.\n\nThe drills went on “for many hours”, the agency said, saying nothing more."
    )
    assert named(quote_of(text, "for many hours")) != "Kim Sun-ho"


def test_words_he_said_others_agreed_to_are_his_report() -> None:
    text = (
        "Prime Minister Ken Ota called the launch an “outrageous act” and, after a call with Mr. Bell, "
        "he said the allies had agreed to “raise pressure on the regime.”"
    )
    assert named(quote_of(text, "raise pressure")) == "Ken Ota"


def test_words_a_named_person_agreed_to_stay_that_persons() -> None:
    text = "Ken Ota met the press. He said Ann Bell had agreed to “raise pressure on the regime.”"
    assert named(quote_of(text, "raise pressure")) == "Ann Bell"


def test_his_office_names_no_one() -> None:
    text = 'Kofi Arden fell ill in Geneva, and his office in Geneva said he would travel "as soon as feasible."'
    quote = quote_of(text, "as soon as")
    assert named(quote) is None
    assert quote.speaker == "his office in Geneva"


def test_his_representative_releasing_a_statement_speaks_for_him() -> None:
    text = 'Leon Mikhel owns the jet. His representative released a statement saying "Mr. Mikhel acts within the law."'
    assert named(quote_of(text, "Mr. Mikhel acts")) == "Leon Mikhel"


def test_an_office_written_with_a_straight_apostrophe_stops_the_speaker_before_going_on() -> None:
    text = (
        'The senator, Paul Grant, told reporters he had "no doubt" about the funds.\n\n'
        '"Help is coming," the governor\'s office said on Twitter.'
    )
    assert named(quote_of(text, "Help is coming")) is None


def test_the_companys_statement_with_a_straight_apostrophe_is_the_company() -> None:
    text = 'Harbor Trust Inc cut 200 jobs on Monday.\n\n"We regret the loss," the company\'s statement said.'
    assert named(quote_of(text, "We regret")) == "Harbor Trust Inc"


def test_residents_said_after_a_named_speaker_is_no_one() -> None:
    text = 'Mayor Tom Reyes visited the town. "We will rebuild," he said.\n\n"It is over," residents said.'
    assert named(quote_of(text, "It is over")) is None


def test_two_witnesses_left_unnamed_are_no_one() -> None:
    text = (
        'Mayor Tom Reyes visited the town. "We will rebuild," he said.\n\n"It was awful," two witnesses told reporters.'
    )
    assert named(quote_of(text, "It was awful")) is None


def test_a_pronoun_after_the_quotation_still_names_the_person() -> None:
    text = 'Mayor Tom Reyes visited the town.\n\n"We will rebuild," he said.'
    assert named(quote_of(text, "We will rebuild")) == "Tom Reyes"


def test_a_persons_daughter_left_unnamed_is_no_one() -> None:
    text = 'Mayor Tom Reyes visited the town.\n\n"It was terrible," Reyes\'s daughter said.'
    assert named(quote_of(text, "It was terrible")) is None


def test_a_persons_spokesman_after_the_possessive_is_the_person() -> None:
    text = 'Mayor Tom Reyes visited the town.\n\n"It was terrible," Reyes\'s spokesman said.'
    assert named(quote_of(text, "It was terrible")) == "Tom Reyes"


def test_a_question_after_wondered_is_the_askers() -> None:
    text = 'Safety John Lunde turned to his coach and wondered, "Are you sure this is not a highlight tape?"'
    assert named(quote_of(text, "Are you sure")) == "John Lunde"


def test_unnamed_people_wondering_name_no_one() -> None:
    text = 'John Lunde played on Sunday.\n\nFans were left wondering about "the whole season" after the loss.'
    assert named(quote_of(text, "the whole season")) is None


def test_quoted_by_a_paper_as_saying_is_the_subjects() -> None:
    text = 'Bob Wein spoke on Monday. "We need to get back to work," Wein was quoted by the Harbor Times as saying.'
    assert named(quote_of(text, "We need")) == "Bob Wein"


def test_a_persons_spokesperson_with_an_adverb_after_is_the_person() -> None:
    text = 'Prime Minister Theresa Moy spoke. "We are outraged," Theresa Moy\'s spokesperson today said.'
    assert named(quote_of(text, "We are outraged")) == "Theresa Moy"


def test_an_auxiliary_after_a_quotation_is_no_speaker() -> None:
    text = 'The group - which means "Western learning is forbidden" - has declared itself loyal to the cause.'
    assert quote_of(text, "Western learning").speaker is None


def test_a_phrase_holding_a_speech_verb_is_no_speaker() -> None:
    text = (
        'The paper\'s editorial adds, alluding to the camps, adds: "Each of the shocks has fueled talk of a precipice."'
    )
    assert quote_of(text, "Each of the shocks").speaker is None


def test_would_say_before_the_words_names_the_speaker() -> None:
    text = "Tom Ardley coached the side for a decade.\n\nThe deal could be done by Friday. As Tom Ardley would say, “Welcome to the league.”"
    assert speaker_of(text, "Welcome to the league") == "Tom Ardley"


def test_say_alone_after_a_plural_is_no_attribution() -> None:
    text = "Harbor Airways apologised on Monday after passengers say the cabin was “covered in bites” on a flight."
    assert speaker_of(text, "covered in bites") is None


def test_a_present_tense_before_the_words_names_the_speaker() -> None:
    text = "Harbor Trust chairman Tom Ardley contends the plan is the “next step for the whole region.”"
    assert speaker_of(text, "next step for") == "Tom Ardley"


def test_a_staffer_named_by_the_person_is_no_one_named() -> None:
    text = (
        "Dana Fields was taken to hospital on Friday.\n\n"
        "“She did nothing to calm him down,” said the Fields staffer. “It went on for hours,” a Fields aide said."
    )
    assert named(quote_of(text, "She did nothing")) is None
    assert named(quote_of(text, "It went on")) is None


def test_a_persons_spokeswoman_still_speaks_for_the_person() -> None:
    text = "Dana Fields was taken to hospital on Friday.\n\n“She is resting,” Fields's spokeswoman said."
    assert named(quote_of(text, "She is resting")) == "Dana Fields"


DRUGMAKERS = (
    "Drugmakers GlaxoSmithKline and AstraZeneca were asked for papers on Saturday.\n\n"
    "GSK and AstraZeneca denied any wrongdoing.\n\n"
)


def test_a_spokesman_for_the_firm_speaks_for_the_company_the_quotation_opens_on() -> None:
    text = DRUGMAKERS + '"GSK does not believe its staff did anything wrong," said a spokesman for the firm.'
    assert speaker_of(text, "GSK does not believe") == "GSK"


def test_a_spokesman_for_the_firm_speaks_for_the_company_named_last() -> None:
    text = DRUGMAKERS + '"We will help," said a spokeswoman for the firm.'
    assert speaker_of(text, "We will help") == "AstraZeneca"


def test_a_spokesman_for_a_company_named_by_its_trade_quoted_as_saying() -> None:
    text = (
        "Harry Potter has topped Amazon's best-seller lists.\n\n"
        '"It has very much been the year of Harry Potter," the Daily Snack quoted a spokesman for the online '
        "retailer, as saying."
    )
    assert speaker_of(text, "It has very much") == "Amazon"


def test_a_spokesman_for_the_family_speaks_for_no_body() -> None:
    text = DRUGMAKERS + '"We are grieving," said a spokesman for the family.'
    assert speaker_of(text, "We are grieving") not in ("GSK", "AstraZeneca", "GlaxoSmithKline")


def test_a_report_quoted_after_reported_that_is_the_reporters() -> None:
    text = (
        "Tom Hale wrote the first novel in 1969.\n\n"
        'The New York Times reported that of 34 reviews of the novel, "10 had treated the book as genuine history".'
    )
    assert speaker_of(text, "10 had treated") == "New York Times"


def test_a_name_after_while_speaks_the_next_quotation_not_the_one_before() -> None:
    text = (
        "The race was stopped on lap 28.\n\n"
        'Lewis Hamilton was heard on race radio saying "we should be going" while Max Verstappen agreed saying, '
        '"I think we can definitely race now".'
    )
    assert speaker_of(text, "we should be going") == "Lewis Hamilton"
    assert speaker_of(text, "I think we can") == "Max Verstappen"


def test_a_family_after_a_name_is_the_family_not_an_adverb() -> None:
    text = (
        "Tom Dorsey was named in the files.\n\n“The company was never active,” the Dorsey family said in a statement."
    )
    assert named(quote_of(text, "The company was")) is None


def test_an_adverb_before_the_verb_leaves_the_name_the_speaker() -> None:
    text = "Tom Dorsey was named in the files.\n\n“The company was never active,” Dorsey quickly said."
    assert named(quote_of(text, "The company was")) == "Tom Dorsey"


PREMIER = (
    "Norland's prime minister, former banker Halla Berg Olafsdottir, resisted calls to resign on Monday.\n\n"
    "Lena Cole, a spokeswoman for the opposition, said the vote would go ahead. "
)


def test_a_role_closing_the_paragraph_before_is_whom_he_stands_for() -> None:
    text = PREMIER + "But the prime minister insisted she had hidden nothing.\n\n“I will not quit,” she told the radio."
    assert named(quote_of(text, "I will not quit")) == "Halla Berg Olafsdottir"


def test_without_the_role_closing_the_paragraph_the_subject_named_last_stays() -> None:
    text = PREMIER + "The vote was set for Friday.\n\n“I will not quit,” she told the radio."
    assert named(quote_of(text, "I will not quit")) == "Lena Cole"
