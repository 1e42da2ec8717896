"""Players of a box score, written surname first, are people named given name first."""

from __future__ import annotations

from .test_extract_entity_context import found

TABLE = "Quillon, Natalie 11-17 0-0 22; Brask, Myosha 4-6 2-2 10; Davis, Tamiko 4-9 0-0 8; Totals 23-51 4-9 51."


def test_players_of_a_box_score_table_are_people() -> None:
    people = found("Natalie Quillon scored 22 points.\n\n" + TABLE, "people")
    assert {"Natalie Quillon", "Myosha Brask", "Tamiko Davis"} <= people


def test_a_lone_pair_is_a_player_when_its_second_word_is_a_given_name() -> None:
    assert "Emily Brask" in found("3-point goals: (Brask, Emily 1-1).", "people")


def test_a_town_and_its_state_before_a_figure_stay_places() -> None:
    # Negative: "Paris, Texas 12" is a town and its state, no player.
    places = found("He was born in Paris, Texas 12 years ago.", "places")
    assert {"Paris", "Texas"} <= places
    assert "Texas Paris" not in found("He was born in Paris, Texas 12 years ago.", "people")
