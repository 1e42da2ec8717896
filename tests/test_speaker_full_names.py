"""A quotation's speaker in the fullest form the story writes the name, on sentences written for these tests.

The entity finder may keep only the surname of a name it does not know, or take a given name for a
town: the speaker is then the longer name written around it, unless another place or body, a
headline or the opening of a sentence makes that longer run no name. A lone surname one letter off
the surname of the one person named in full ("Schacham", "Ofer Shacham") is that person, and so is a
place or body run on into a surname in copy that lost its comma ("the Soviet Union Lyng said"). A surname the
body never completes is the full name the headline writes, when that opens on a given name ("Karl Osterby quits"),
never a headline's run of capitals ("Osterby Predicts Rovers Win").
"""

from __future__ import annotations

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.speaker_names import longer_form, run_on
from newscorpus.model import Source, SourceMeta

from .conftest import speaker_of


def test_a_surname_kept_alone_becomes_the_full_name_the_attribution_writes() -> None:
    text = '"The remotes have sold well all year," said Ashish Arora, head of the unit.'
    assert speaker_of(text, "The remotes have") == "Ashish Arora"


def test_the_quotation_after_it_goes_on_with_the_full_name() -> None:
    text = '"The remotes have sold well all year," said Ashish Arora. "We listened to buyers."'
    assert speaker_of(text, "We listened") == "Ashish Arora"


def test_a_given_name_taken_for_a_town_is_the_person_its_attribution_names() -> None:
    text = 'Thane Maynard said: "We take safety very seriously at the zoo."'
    assert speaker_of(text, "We take safety") == "Thane Maynard"


def test_a_place_before_the_name_joins_no_name() -> None:
    text = 'The envoy to Ukraine Kurt Volker met the panel.\n\n"We talked for hours about the aid," Volker said.'
    assert speaker_of(text, "We talked") != "Ukraine Kurt Volker"


def test_a_capitalised_word_opening_the_sentence_joins_no_name() -> None:
    text = 'Bystander Franck Sidoli saw it all.\n\n"The truck stopped and we ran," Sidoli said.'
    assert speaker_of(text, "The truck stopped") != "Bystander Franck Sidoli"


def test_a_surname_two_given_names_could_complete_is_left_alone() -> None:
    assert longer_form("Arora", ["Ashish Arora", "Rakesh Arora"]) is None
    assert longer_form("Arora", ["Ashish Arora", "Ashish Arora"]) == "Ashish Arora"


def test_a_run_of_four_words_or_a_company_completes_no_name() -> None:
    assert longer_form("Watson", ["Steve Irwin Paul Watson"]) is None
    assert longer_form("Arora", ["Arora Holdings"]) is None


def test_two_names_run_together_give_the_second() -> None:
    assert run_on("Steve Irwin Paul Watson")
    text = 'The ship Steve Irwin Paul Watson sailed south.\n\n"We will stop the hunt," Steve Irwin Paul Watson said.'
    speaker = speaker_of(text, "We will stop")
    assert speaker is not None and "Steve" not in speaker


def test_a_name_of_four_words_with_no_second_given_name_is_one_name() -> None:
    assert not run_on("Luiz Carlos Bresser Pereira")
    assert not run_on("James Van Der Beek")
    assert not run_on("Patrick W. Carlineo Jr.")


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = (
        "You won't notice it, says Ofer Shacham, the chip's engineering manager.\n\n"
        '"We basically hide it," says Schacham. "That is what enables every developer."'
    )
    assert speaker_of(text, "We basically") == "Ofer Shacham"
    assert speaker_of(text, "That is what") == "Ofer Shacham"


def test_a_surname_with_two_neighbouring_letters_swapped_is_the_person_named_in_full() -> None:
    text = 'You won\'t notice it, says Ofer Shacham.\n\n"We basically hide it," says Shachma.'
    assert speaker_of(text, "We basically") == "Ofer Shacham"


def test_a_surname_two_full_names_come_close_to_is_left_as_written() -> None:
    text = 'Ann Hollis and Bo Hollings spoke at the meeting on Monday.\n\n"It is fast," says Hollins.'
    assert speaker_of(text, "It is fast") == "Hollins"


def test_a_surname_written_after_a_title_is_its_own_person_not_a_slip() -> None:
    text = (
        "President Nolan denied reports about his chief of staff, Donald Nolen, on Monday.\n\n"
        '"That is fiction," Nolan said.'
    )
    assert speaker_of(text, "That is fiction") != "Donald Nolen"


def test_a_short_surname_one_letter_off_is_another_name() -> None:
    text = 'Tom Bell spoke at the meeting on Monday.\n\n"It is fast," says Belt.'
    assert speaker_of(text, "It is fast") != "Tom Bell"


def test_a_place_run_on_into_a_surname_is_the_person_it_ends_with() -> None:
    text = (
        "Agriculture Secretary Richard Lyng declined to say whether wheat will go to the Soviet Union.\n\n"
        "When asked to clarify comments by Rep. Pat Roberts that wheat would soon be offered to the "
        'Soviet Union Lyng said, "well it won\'t be today."'
    )
    assert speaker_of(text, "well it won't") == "Richard Lyng"


def test_a_body_named_after_a_place_stays_the_body() -> None:
    text = (
        "Agriculture Secretary Richard Lyng declined to say whether wheat will go to the Soviet Union.\n\n"
        'Officials at the Soviet Union Embassy said, "no comment at this time."'
    )
    assert speaker_of(text, "no comment") == "Soviet Union Embassy"


def test_a_describing_word_opening_the_run_is_no_part_of_the_name() -> None:
    text = (
        "GOLD COAST (Australia), May 2: Fourth-seeded Tamar Kessel of Israel moved through to the second "
        "round on Sunday with a win over Ana Ruiz.\n\n"
        "Kessel, the only seed in action, came from behind to win.\n\n"
        "“The wind made it hard,” Kessel said."
    )
    assert speaker_of(text, "The wind made") == "Tamar Kessel"


def _headline_speaker(headline: str, body: str, start: str) -> str | None:
    """Return the speaker of a story whose first line is its headline."""
    article = extract_article(Source(id="s", path="s.txt", text=f"{headline}\n\n{body}", meta=SourceMeta()), Config())
    assert article is not None
    return next(q.speaker for q in article.quotes if q.text.startswith(start) and q.speaker_kind is not None)


def test_a_surname_the_body_never_completes_is_the_full_name_the_headline_writes() -> None:
    body = (
        "The Rovers manager resigned on Monday after a run of defeats.\n\n“It is time for someone else,” Osterby said."
    )
    assert _headline_speaker("Karl Osterby quits as Rovers manager", body, "It is time") == "Karl Osterby"


def test_a_headline_s_capitals_join_no_other_words_to_the_surname() -> None:
    body = "The Rovers manager spoke on Monday.\n\nOsterby owns his record. “We will win,” Osterby said."
    assert _headline_speaker("Osterby Predicts Rovers Win", body, "We will win") == "Osterby"
