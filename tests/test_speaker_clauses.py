"""A passive "was quoted as saying", a pronoun's colon bringing in the next quotation, "He said" after a named
speaker, a participle of naming, "the Serb" and a surname the entity finder made nothing of, on sentences
written for these tests."""

from __future__ import annotations

from .conftest import named, quote_of


def test_a_role_and_name_quoted_as_saying_speak() -> None:
    text = (
        "The army will not hold the border for years, the defence ministry said on Tuesday.\n\n"
        "“By our own reckoning we will be ready in 2012,” the minister, Omar Haddadin, was quoted as saying."
    )
    assert named(quote_of(text, "By our own")) == "Omar Haddadin"


def test_a_colon_after_the_next_pronoun_brings_in_the_next_words() -> None:
    text = (
        "Pia Lund, the head of the dock workers' union, called the strike on Monday.\n\n"
        "A shipping agent told the paper he does not believe “the port can gain from the strike.” "
        "He said: “It is not in anyone's interest.”"
    )
    assert named(quote_of(text, "the port can gain")) is None


def test_he_said_after_a_named_speaker_is_his() -> None:
    text = (
        "Energy Minister Karl Brenner said in a statement that a helicopter caused the blaze.\n\n"
        "The fire started at dawn “because of an explosion,” said Jon Ekdal, the plant's spokesman. "
        "He said the crews had put out the fire, “which hit the gas unit,” and that output went on."
    )
    assert named(quote_of(text, "which hit the gas")) == "Jon Ekdal"


def test_a_participle_of_naming_is_the_main_clause_subject() -> None:
    text = (
        "Mara Quint, the party's leader, spoke in Leeds on Thursday after the vote.\n\n"
        "Calling it a “sad day for the town” and a “tragic hour for us all”, Quint praised the volunteers."
    )
    assert named(quote_of(text, "sad day")) == "Mara Quint"
    assert named(quote_of(text, "tragic hour")) == "Mara Quint"


def test_the_serb_is_not_the_player_of_another_country() -> None:
    text = (
        "Fatigue spoiled his last season, but Dragan Milicevic is making sure it will not happen again.\n\n"
        "The top seed beat Italy's Marco Ferrante in straight sets, having beaten first-round opponent Jens Vogel.\n\n"
        "“I feel good,” the Serb said.\n\n"
        "Next up for Milicevic is the American Tom Reilly."
    )
    assert named(quote_of(text, "I feel good")) == "Dragan Milicevic"


def test_the_frenchman_is_the_story_s_subject_not_the_scorer_named_last() -> None:
    text = (
        "Remi Fontaine's move to Chelsea is done, and Fontaine watched his new side from the stands on Sunday.\n\n"
        "Ivan Petrov and Sam Whitlow scored the goals, and Fontaine met the squad after the match.\n\n"
        "“This is one of the biggest clubs in the world,” said the Frenchman."
    )
    assert named(quote_of(text, "This is one")) == "Remi Fontaine"


def test_a_surname_no_entity_was_made_of_speaks_as_a_person() -> None:
    text = (
        "Liam Carver scored twice for the home side on Saturday.\n\n"
        "Trowbridge said: “There were some great goals today.”\n\n"
        "Trowbridge admitted the visitors had made it hard before Carver scored.\n\n"
        "“Early on this game was tight.”\n\n"
        "Trowbridge defended his decision to take Carver off."
    )
    assert named(quote_of(text, "There were")) == "Trowbridge"
    assert named(quote_of(text, "Early on")) == "Trowbridge"


def test_a_body_that_speaks_with_its_own_pronoun_is_no_person() -> None:
    text = (
        "Output fell in March, the statistics office said.\n\n"
        "Greenwatch said: “The figures show a clear decline.”\n\n"
        "Greenwatch published its report on Monday."
    )
    assert quote_of(text, "The figures").speaker_kind != "person"


def test_a_role_that_adds_goes_on_from_the_speaker_before() -> None:
    text = "“We kept going to the end,” said Ruth Amsel after the final.\n\n“It was a long week,” added the four-times champion."
    assert named(quote_of(text, "It was a long")) == "Ruth Amsel"


def test_someone_an_unnamed_source_reports_on_has_not_spoken_since() -> None:
    text = (
        "The Harbour Authority closed the port on Monday after the spill.\n\n"
        "A Harbour Authority spokesman said chairman Ole Brandt was being kept up to date. "
        "He stressed: “Our thoughts are with the crews of the ships.”"
    )
    assert named(quote_of(text, "Our thoughts")) == "Harbour Authority"


def test_an_outlet_s_editorial_speaks_for_the_outlet() -> None:
    text = (
        "A car bomb killed a general in the capital on Wednesday.\n\n"
        "An editorial in the country's French-language daily, the Valdia Tribune, notes that the “blind killing machine” "
        "goes on.\n\n"
        "An editorial in the Valdia Herald points out that the attack “strikes at the last symbol of unity.”\n\n"
        "The paper's editorial adds: “Each of the shocks has fed talk of a precipice.”"
    )
    assert named(quote_of(text, "blind killing")) == "Valdia Tribune"
    assert named(quote_of(text, "strikes at")) == "Valdia Herald"
    assert named(quote_of(text, "Each of the")) == "Valdia Herald"


def test_a_comma_inside_a_sum_does_not_open_the_clause_of_the_speech_verb() -> None:
    text = (
        "Ann Voss told the court on Monday the $300,000 she lent the firm came after Jon Ekdal told her it was in "
        "“desperate shape and needed the money.”"
    )
    quote = quote_of(text, "desperate shape")
    assert named(quote) == "Jon Ekdal"
    assert quote.cue is not None and not quote.cue.startswith("000")
