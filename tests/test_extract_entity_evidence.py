"""Kinds the name's shape or the words right around it tell (mastheads, a member's body, events, an
opening wire credit, British parties), and places the data packages lack (provinces, former names)."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Article, Source, SourceMeta

CONFIG = Config()


def article(text: str) -> Article:
    source = Source(id="story", path="story.txt", text="Opening line of the story.\n\n" + text, meta=SourceMeta())
    result = extract_article(source, CONFIG)
    assert result is not None
    return result


def found(text: str, kind: str) -> set[str]:
    return {name for e in getattr(article(text), kind) for name in (e.name, *e.aliases)}


def test_a_town_and_a_newspapers_word_name_a_newspaper() -> None:
    text = "The phrase was first used by the San Mateo Chronicle in an editorial backing the mayor."
    assert "San Mateo Chronicle" in found(text, "organizations")


def test_an_unknown_word_and_a_newspapers_word_name_a_newspaper() -> None:
    text = "The phrase was first used by the Maplewood Monitor in an editorial backing the mayor."
    assert "Maplewood Monitor" in found(text, "organizations")


def test_a_given_name_before_a_newspapers_word_is_no_masthead() -> None:
    text = "The phrase was first used by court staff, and Anna Reporter wrote it down."
    assert "Anna Reporter" not in found(text, "organizations")


def test_a_name_and_another_players_role_after_a_conjunction_is_no_body() -> None:
    text = "Among the injured were defensive end Jorvan Tell-Ade and linebacker Marcus Obel on Sunday."
    assert "Jorvan Tell-Ade" not in found(text, "organizations")


def test_a_body_a_members_role_and_name_follow_is_an_organisation() -> None:
    text = "The winning goal came from Halifax Comets right wing Pavel Drozdov in the second period."
    assert "Halifax Comets" in found(text, "organizations")
    assert "Halifax" not in found(text, "places")


def test_a_sentences_opening_word_before_a_role_makes_no_body() -> None:
    text = "New club coach Pavel Drozdov said the side would train on Monday."
    assert not {n for n in found(text, "organizations") if n.startswith("New")}


def test_an_event_named_like_a_person_is_no_person() -> None:
    text = "Mitchell Hardy spoke at the Winter Debate in Denver, where Tom Reyes also spoke."
    assert "Winter Debate" not in found(text, "people")
    assert "Mitchell Hardy" in found(text, "people")


def test_an_opening_credit_in_brackets_is_the_wire_not_a_body() -> None:
    text = "Denver, CO (Rink Wire Service) - The league named its captains on Thursday, officials said."
    assert "Rink Wire Service" not in found(text, "organizations")


def test_a_body_in_brackets_later_in_the_story_stays_a_body() -> None:
    text = "The deal was approved by the regulator on Thursday, and the Ridgeway Trading Corp (RTC) said so."
    assert "Ridgeway Trading Corp" in found(text, "organizations")


def test_a_british_party_named_alone_is_a_body() -> None:
    text = "A poll showed that Labour trails the Conservatives by five points, the pollster said."
    assert {"Labour", "Conservatives"} <= found(text, "organizations")


def test_a_party_word_opening_a_sentence_or_before_a_role_is_no_body() -> None:
    text = "Labour costs rose in March, and a Labour spokesman said wages would follow."
    assert "Labour" not in found(text, "organizations")


def test_provinces_and_states_of_other_countries_are_places() -> None:
    text = "Floods reached coastal Orissa and Saskatchewan, and residents of Hokkaido were warned on Monday."
    assert {"Orissa", "Saskatchewan", "Hokkaido"} <= found(text, "places")


def test_a_countrys_former_name_is_a_place() -> None:
    text = "Tomas Brodsky of the Czech Republic won the final, and the team flew home to Burma."
    assert {"Czech Republic", "Burma"} <= found(text, "places")


def test_a_province_inside_a_bodys_name_is_no_place() -> None:
    text = "The Saskatchewan Wheat Pool Corp said on Monday that sales had doubled."
    assert "Saskatchewan" not in found(text, "places")


def test_a_bodys_word_before_an_office_is_no_body() -> None:
    text = "The reshuffle left 30 Cabinet ministers and a senior Cabinet ally without a say, aides said."
    assert "Cabinet" not in found(text, "organizations")


def test_a_bodys_word_before_its_spokesman_stays_a_body() -> None:
    text = "The convoy was delayed, Army spokesman Col. Peter Mbaye told reporters on Monday."
    assert "Army" in found(text, "organizations")


def test_leaked_documents_are_no_body() -> None:
    text = "The documents, known as the Chile Papers and revealed by a group of media outlets, show the trail."
    assert "Chile Papers" not in found(text, "organizations")


def test_an_edition_of_an_event_is_no_body_but_a_numbered_unit_is() -> None:
    text = "He spoke at the 41st Coastal Science Congress, and the 82nd Airborne Division sent troops."
    orgs = found(text, "organizations")
    assert "Coastal Science Congress" not in orgs
    assert "Airborne Division" in orgs


def test_a_party_as_a_descriptor_is_no_body() -> None:
    text = "The ad attacked his GOP presidential rival, and the GOP-dominated Legislature said nothing."
    assert "GOP" not in found(text, "organizations")


def test_a_party_that_acts_stays_a_body() -> None:
    text = "The plan passed after the GOP agreed to the changes on Monday, officials said."
    assert "GOP" in found(text, "organizations")


def test_two_peoples_names_run_on_are_two_people() -> None:
    text = "The picture shows Daniel Brookner Maria Santovic at the launch in June."
    people = found(text, "people")
    assert {"Daniel Brookner", "Maria Santovic"} <= people
    assert "Daniel Brookner Maria Santovic" not in people


def test_a_name_with_initials_and_a_suffix_is_one_person() -> None:
    text = "The picture shows James P. Kennedy Jr. at the launch in June."
    assert "Kennedy Jr." not in found(text, "people")


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The Halifax Sun reported the trade on Monday.", "Halifax Sun"),
        ("Boston Globe reporters asked the mayor.", "Boston Globe"),
    ],
)
def test_a_known_places_name_and_a_papers_word_that_is_a_surname_too_is_a_masthead(text: str, paper: str) -> None:
    assert paper in found(text, "organizations")
    assert paper not in found(text, "people")


def test_a_given_name_and_a_papers_word_that_is_a_surname_too_stays_a_person() -> None:
    assert "Tobias Sun" in found("The crypto founder Tobias Sun said he would bid.", "people")
