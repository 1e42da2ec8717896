"""Typing by a name's shape and the words around it: letters in capitals inside prose, names ending like a
nationality adjective or an adverb, a party's word a town bears too, a body's initials in another tongue."""

from __future__ import annotations

from tests.test_extract_entity_kinds import found


def test_a_word_in_capitals_inside_prose_is_no_small_town() -> None:
    text = "The council is a strong supporter of AGEN (Action Group for Empty Newsrooms) and its members."
    assert "Agen" not in found(text, "places")
    assert "Apex" not in found("He worked at APEX (Allied Press Exchange) for years.", "places")


def test_a_dateline_in_capitals_keeps_its_town() -> None:
    text = "ELKO, Nev. (AP) — The borough council met on Tuesday to discuss the road."
    assert "Elko" in found(text, "places")


def test_a_city_in_capitals_inside_prose_stays_a_place() -> None:
    text = "Reporting for the paper by Ann Lee in the city, with help from a desk in WASHINGTON and others."
    assert "Washington" in found(text, "places")


def test_a_given_name_ending_like_a_nationality_is_kept() -> None:
    text = '"The remote does it all," said Harish Mehrotra, vice president of sales at the company.'
    assert "Harish Mehrotra" in found(text, "people")


def test_a_nationality_ending_in_ish_is_no_name() -> None:
    text = "Turkish fans cheered as the Swedish side lost to Kenji Abe's club."
    assert not {"Turkish", "Swedish"} & found(text, "people")


def test_a_title_ending_in_an_adverb_is_no_person() -> None:
    text = "The actress (Joanna Pell from Love Obviously and the soap Docklands) has settled in a small town."
    assert "Love Obviously" not in found(text, "people")
    assert "Joanna Pell" in found(text, "people")


def test_a_surname_ending_in_ly_stays_a_person() -> None:
    text = "The striker Conor Donnelly scored twice, and Michael Daly added a third."
    assert {"Conor Donnelly", "Michael Daly"} <= found(text, "people")


def test_a_partys_word_before_a_role_is_no_town() -> None:
    text = "Liberal leader Paul Harte called for talks, and Liberal finance critic Mark Olan agreed."
    assert "Liberal" not in found(text, "places")


def test_a_town_named_like_a_party_word_with_its_state_is_a_place() -> None:
    text = "Farmers near Liberal, Kansas, said the wheat harvest was poor this year."
    assert "Liberal" in found(text, "places")


def test_a_bodys_two_letters_in_title_case_are_no_body() -> None:
    text = "Eu acho que a decisao foi boa, disse o ministro. The EU said it would reply."
    assert "Eu" not in found(text, "organizations")
    assert "EU" in found(text, "organizations")


def test_a_role_after_which_or_as_is_someone_elses() -> None:
    text = (
        "Probes will study the icy moon Calypsa, which geologists regard as a good bet, and Calypsa, as scientists say."
    )
    assert "Calypsa" not in found(text, "people")


def test_a_role_in_apposition_still_marks_a_person() -> None:
    text = "The paper was written by Dana Kell, an economist at the bank, and Tom Ruiz, chief economist at the fund."
    assert {"Dana Kell", "Tom Ruiz"} <= found(text, "people")


def test_a_given_name_before_a_creek_is_no_person() -> None:
    text = "Protesters gathered opposite the Grace Creek power plant on the river."
    assert "Grace Creek" not in found(text, "people")


def test_a_short_word_in_capitals_the_story_writes_in_lower_case_is_no_body() -> None:
    text = "Fans can watch the HUGE draw online tonight. It is a huge night, and the FIFA draw is BIG news; big."
    assert not {"HUGE", "BIG"} & found(text, "organizations")
    assert "FIFA" in found(text, "organizations")


def test_a_known_bodys_short_initials_stay_a_body_beside_the_word() -> None:
    text = "Analysts at the SEC said the sec filings were late."
    assert "SEC" in found(text, "organizations")


def test_a_name_ending_in_two_letters_a_body_is_written_as_stays_whole() -> None:
    text = "Leaders met after Pak Song Un's latest visit to the border."
    assert "Pak Song Un" in found(text, "people")
