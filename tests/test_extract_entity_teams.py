"""Clubs named by their town in football copy, on sentences written for these tests: the plurals of sport's
words and a cup tie's legs say a story is about sport, and a town listed with a club is a club too."""

from __future__ import annotations

from tests.test_extract_entity_kinds import found

# Sport's words here only in the plural, or as a tie's leg and a club's silverware.
FOOTBALL = (
    "Ahead of tonight's first-leg between Kendal and Everton, the squads trained. "
    "Kendal go into the tie against Everton without two strikers. Landing some silverware would help."
)


def test_a_town_listed_with_a_club_in_football_copy_is_a_club() -> None:
    assert {"Kendal", "Everton"} <= found(FOOTBALL, "organizations")
    assert "Kendal" not in found(FOOTBALL, "places")


def test_a_town_listed_with_a_club_outside_sport_is_a_place() -> None:
    text = "Prices rose between Kendal and Everton, the agents said. Kendal held up against Everton."
    assert "Kendal" not in found(text, "organizations")


def test_a_town_opening_a_sentence_before_a_plural_verb_is_its_club_in_any_story() -> None:
    # No sport's word at all: "Leicester have" is how British copy writes a club, a town takes "has".
    text = "Leicester have paid the fee to secure the signing this morning. The deal was agreed late on Monday."
    assert "Leicester" in found(text, "organizations")
    assert "Leicester" not in found(text, "places")


def test_a_town_with_a_singular_verb_or_inside_a_sentence_stays_a_place() -> None:
    for text in (
        "Leicester has paid the fee to repair the bridge, officials said on Monday.",
        "Shoppers in Leicester were stranded when the bridge closed on Monday.",
        "The council said Leicester and Penrith are short of water this summer.",
    ):
        assert "Leicester" in found(text, "places"), text
        assert "Leicester" not in found(text, "organizations"), text


def test_a_country_before_a_plural_verb_needs_a_story_about_sport() -> None:
    text = "Britain are among the largest buyers of the grain, the traders said on Monday."
    assert "Britain" not in found(text, "organizations")


def test_a_fixture_written_with_v_in_football_copy_names_two_clubs() -> None:
    text = (
        "The semi-final draw was made on Sunday with Leicester v Kendal and Everton v Penrith. "
        "Both ties are played over two legs, and the squads were named for the first-leg."
    )
    assert {"Leicester", "Kendal"} <= found(text, "organizations")
    assert not {"Leicester", "Kendal"} & found(text, "places")


def test_a_case_written_with_v_outside_sport_is_no_fixture() -> None:
    text = "The court cited Leicester v Kendal, a ruling on the town's water rights, the lawyers said on Monday."
    assert "Leicester" not in found(text, "organizations")


def test_rounds_of_a_draw_as_american_copy_spells_them_are_sports_words() -> None:
    text = "Ahead of the semifinals, Kendal and Everton trained. Kendal reached the quarterfinals against Everton."
    text += " The tournament ends on Sunday."
    assert {"Kendal", "Everton"} <= found(text, "organizations")
