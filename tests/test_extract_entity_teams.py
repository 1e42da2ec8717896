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
