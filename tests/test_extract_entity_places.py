"""People after honorifics without a full stop, and places the word lists used to hide."""

from __future__ import annotations

import pytest

from newscorpus.extract import extract_article
from newscorpus.model import Source, SourceMeta

from .test_extract_entity_context import CONFIG, article, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # British papers write honorifics without a full stop: the name after one is a person's.
        ("The count went to Mr Vardanyan in the end.", "Vardanyan"),
        ("Mrs Okonkwo-Bright had 52 per cent of the vote.", "Okonkwo-Bright"),
        ("Dr Halvorsen said the results were clear.", "Halvorsen"),
    ],
)
def test_honorific_without_a_full_stop_marks_a_person(text: str, person: str) -> None:
    assert person in found(text, "people")


def test_honorific_alone_names_no_one() -> None:
    # Negative: "Mr" closing a sentence, or a word that is no name after it, is no person.
    assert found("Nobody answered when the clerk called for Mr.", "people") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Countries whose names look like nationality adjectives ending in "i".
        ("Burundi has pledged a total of 900 troops.", "Burundi"),
        ("Malawi will hold its vote in May.", "Malawi"),
        # "Ocean" ends like "Korean", yet closes a place's name.
        ("The rocket came down in the Indian Ocean on Friday.", "Indian Ocean"),
    ],
)
def test_places_that_look_like_adjectives(text: str, place: str) -> None:
    assert place in found(text, "places")


def test_nationality_adjectives_stay_no_places() -> None:
    # Negative: the people's word is no place ("Burundian", "Korean").
    places = found("Burundian and Korean troops arrived on Friday.", "places")
    assert not places & {"Burundian", "Korean"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A lower-case word for a kind of land after a name the gazetteer lacks.
        ("He is a tribal chief in the Kavaristan region, on the border.", "Kavaristan"),
        ("Troops fought in the northwestern Dulwat valley on Monday.", "Dulwat"),
        ("The rally across the Verrano desert was called off.", "Verrano"),
        # "the city of X", "the province of X".
        ("The truck sped along the seafront in the city of Belvaux as fireworks ended.", "Belvaux"),
        ("In her home province of Tharkand, troops were deployed.", "Tharkand"),
        # A state after the name and a comma, the clause going on.
        ("The families from Okerby, Florida, accounted for nine of the dead.", "Okerby"),
        ("Michael Raczko of Pellston, Ohio, said in nominating the word.", "Pellston"),
        ("Jeffrey Skrenes of Lindvale, Minn., said it adds nothing.", "Lindvale"),
        ("Jeffrey Skrenes of Lindvale, Minn., said it adds nothing.", "Minnesota"),
    ],
)
def test_places_named_by_the_words_around(text: str, place: str) -> None:
    assert place in found(text, "places")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Negative: a person's name before a comma and a state's possessive is the person's.
        ("Earlier, Maria Ostrander, Ohio's treasurer, said the fund was sound.", "Maria Ostrander"),
        # Negative: a given name opening the run, with nothing putting anyone in it.
        ("Yesterday Marcus Hale, Florida, and two others signed.", "Marcus Hale"),
        # Negative: the state opens a longer name after the comma.
        ("Students of Brenmoor, Ohio State University said so.", "Brenmoor"),
        # Negative: a body's own word keeps it a body.
        ("The Halvern Group district office said it would close.", "Halvern Group"),
    ],
)
def test_places_not_read_from_the_words_around(text: str, absent: str) -> None:
    assert absent not in found(text, "places")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A full name of given names no list holds, listed among people.
        (
            "With Frank Lampard, John Terry, Ondrej Vasilenko and Peter Cole all injured, the squad is thin.",
            "Ondrej Vasilenko",
        ),
        ("Squad: Graeme Smith (captain), Makhosi Mbeleko, Jacques Kallis, DJ Rantsho, Dale Stone.", "Makhosi Mbeleko"),
        ("Squad: Graeme Smith (captain), Makhosi Mbeleko, Jacques Kallis, DJ Rantsho, Dale Stone.", "DJ Rantsho"),
        ("The squad lists Paul Hart, Jannie de Kersten and Mark Cole.", "Jannie de Kersten"),
    ],
)
def test_full_names_listed_among_people(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Negative: a body in the list makes its unknown names no people.
        ("Bids came from Lockheed Martin, Draxler Systems Inc, Orvane Dynamics and John Terry.", "Orvane Dynamics"),
        # Negative: one person is no list of people.
        ("The prize went to Orvane Dynamics and John Terry.", "Orvane Dynamics"),
    ],
)
def test_unknown_names_listed_with_bodies_stay_no_people(text: str, absent: str) -> None:
    assert absent not in found(text, "people")


def test_full_name_whose_surname_is_a_persons_alone() -> None:
    # "Mikheil" is in no list of given names; "Mr Vardanyashvili" makes the surname a person's.
    text = "Incumbent Tamaz Vardanyashvili was ahead.\n\nMr Vardanyashvili had 52 per cent of the vote."
    people = {e.name: set(e.aliases) for e in article(text).people}
    assert people == {"Tamaz Vardanyashvili": {"Vardanyashvili"}}


def test_unknown_words_stay_unknown_without_a_person_of_their_last_word() -> None:
    # Negative: no person named by the last word alone, and a body's word, leave the runs no one's.
    text = "The Orvane Dynamics board met.\n\nMr Halloway said Orvane Systems would bid."
    assert "Orvane Dynamics" not in found(text, "people")
    assert "Orvane Systems" not in found(text, "people")


def test_a_lone_surname_two_people_share_is_the_first_named() -> None:
    text = (
        "Critics said Imrana Sayeed died of a gunshot.\n\n"
        "In 1979, Ms. Sayeed's father, Khalid Anwar Sayeed, was buried in the family tomb.\n\n"
        "Ms. Sayeed had returned from exile in October."
    )
    people = {e.name: set(e.aliases) for e in article(text).people}
    assert people["Imrana Sayeed"] == {"Sayeed"}
    assert people["Khalid Anwar Sayeed"] == set()


def orgs_of(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in article(text).organizations}


def test_a_clubs_nickname_alone_joins_its_full_name() -> None:
    text = (
        "The Houston Astros can clinch a playoff berth with a win.\n\n"
        "The Astros lost the last game of the season, the coach said."
    )
    assert orgs_of(text) == {"Houston Astros": {"Astros"}}


def test_a_clubs_nickname_that_is_no_plural_names_the_club_not_its_town() -> None:
    text = (
        "The Denver Frost beat the Tulsa Bay Lightning 3-2 in the playoff game.\n\n"
        "The Lightning goalkeeper made 30 saves, the coach said, and the defenders held on."
    )
    assert orgs_of(text).get("Tulsa Bay Lightning") == {"Lightning"}
    assert "Tulsa" not in found(text, "places")


def test_a_singular_nickname_alone_after_the_is_a_club_in_sport_copy() -> None:
    text = "Smith scored twice for the Wild, who beat the Bears 4-1 in the playoff.\n\nThe coach and the goalkeeper agreed."
    assert "Wild" in orgs_of(text)


def test_a_firms_word_alone_joins_no_club() -> None:
    # Negative: "Systems" is a firm's word, not a club's nickname, whatever town opens the name.
    text = "The Houston Systems deal closed.\n\nSystems analysts were not surprised, the paper said."
    assert "Systems" not in orgs_of(text).get("Houston Systems", set())


def test_a_club_before_its_record_after_an_adjective() -> None:
    text = (
        "The coach could rest his key players against the surging Denver Astros (8-7) in the playoff game.\n\n"
        "The quarterback threw two touchdowns."
    )
    assert "Denver Astros" in orgs_of(text)
    assert "Denver" not in found(text, "places")


def test_a_towns_possessive_before_a_player_is_the_team_in_sport_copy() -> None:
    text = (
        "Peterson leads the league in rushing, 14 yards more than Philadelphia's Brian Westbrook.\n\n"
        "The quarterback threw two touchdowns in the playoff game."
    )
    assert "Philadelphia" in found(text, "organizations")
    assert "Philadelphia" not in found(text, "places")


def test_a_towns_possessive_before_a_person_outside_sport_is_the_town() -> None:
    # Negative: outside sport, "Philadelphia's mayor" or a resident is the town's.
    text = "Philadelphia's Brian Westbrook, a teacher, opened the library on Monday."
    assert "Philadelphia" in found(text, "places")


def test_a_town_before_its_state_closing_the_sentence() -> None:
    assert "Pellston" in found("Their employee was Amanda Geissler, a native of Pellston, Wisconsin.", "places")


@pytest.mark.parametrize(
    "text", ["Wall Street analysts were expecting $2.52 a share.", "It went from a Wall Street darling to a pariah."]
)
def test_streets_are_no_places_nor_bodies(text: str) -> None:
    assert not found(text, "places") & {"Wall Street", "Street"}
    assert not found(text, "organizations") & {"Wall Street", "Street"}


def test_a_surname_that_is_a_street_word_stays_a_persons() -> None:
    # Negative: a given name before "Street" makes a person ("Della Street"), not a street.
    assert "Della Street" in found("The lawyer Della Street, 52, won the case.", "people")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Maria Kirilenko beat American Meilen Tovar 6-4, 4-6, 6-3 in the second round.", "Meilen Tovar"),
        ("Japan's Akiko Morigami beat Michaella Krastova 6-2, 6-2.", "Michaella Krastova"),
        ("In the late match, Amer Delovic beat fellow American Robert Kendrick 6-4, 7-5, 6-2.", "Amer Delovic"),
    ],
)
def test_a_full_name_a_result_ties_to_a_person(text: str, person: str) -> None:
    assert person in found(text, "people")


def test_a_result_between_clubs_makes_no_person() -> None:
    # Negative: neither side is a person, so the unknown name stays no person's.
    assert "Dorvale Rovers" not in found("Halvern Athletic beat Dorvale Rovers 2-1 on Saturday.", "people")


def test_a_party_word_between_a_state_and_a_title_is_a_descriptor() -> None:
    text = "Educators fear Kentucky GOP Gov. Matt Bevin, who lost his bid this month."
    assert "Kentucky" in found(text, "places")
    assert not found(text, "organizations") & {"GOP", "Kentucky GOP"}


def test_the_party_named_alone_stays_a_body() -> None:
    # Negative: the party acting in its own name is a body.
    assert "GOP" in found("The GOP said it would fight the ruling.", "organizations")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "They named Bruce and Irene Stenholm and their sons Matthias, Quinlan and Zebedee, all of Rye.",
            {"Matthias", "Quinlan", "Zebedee"},
        ),
        ("The Drs. Lena and Mark Orwell and their two children, Hanne and Aviel, died.", {"Hanne", "Aviel"}),
        ("Some believe that the actor's daughter Suri was born in the spring.", {"Suri"}),
    ],
)
def test_names_after_a_kinship_word_are_people(text: str, people: set[str]) -> None:
    assert people <= found(text, "people")


def test_a_kinship_word_before_a_country_leaves_the_country() -> None:
    # Negative: "the children, France and Spain" is no list of children's names: countries stay places.
    text = "Aid for the children, France and Spain agreed on Monday, would be doubled."
    assert {"France", "Spain"} <= found(text, "places")
    assert not found(text, "people") & {"France", "Spain"}


@pytest.mark.parametrize(
    ("text", "place", "not_person"),
    [
        # A place, a hyphen and a participle describe the name after it: the place, then the name.
        ("The offer from San Diego-headquartered Qualcomm was rejected, Qualcomm said.", "San Diego", "Qualcomm"),
        # A ship flagged in a place is no person.
        ("The Hong Kong-flagged Lighthouse Winmore sank off the coast.", "Hong Kong", "Lighthouse Winmore"),
    ],
)
def test_a_place_before_a_participle_is_a_place_and_no_part_of_the_name_after(
    text: str, place: str, not_person: str
) -> None:
    assert place in found(text, "places")
    assert not any(not_person in name for name in found(text, "people"))


def test_a_plural_of_doers_after_a_word_no_one_is_named_is_no_person() -> None:
    text = "The series, Puppy Minders, follows teenagers who look after dogs. Its producer, Tom Smith, was proud."
    assert found(text, "people") == {"Tom Smith"}


def test_a_surname_the_lists_lack_ending_like_a_plural_stays_a_person() -> None:
    # Negative: a given name the Census lists hold keeps the name a person's ("Robert Withers").
    assert "Harold Vickers" in found("The deal was signed by Harold Vickers on Monday in the capital.", "people")


def test_a_citys_initials_with_full_stops_are_the_city() -> None:
    text = "The singer left the clinic in L.A. on Friday.\n\nShe has lived in Los Angeles for ten years."
    assert "L.A." not in found(text, "organizations")
    assert "Los Angeles" in found(text, "places")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A batsman's score still running, and a batting role before the name, mark a person.
        ("The visitors were 181-6 when rain came. Farzan Rehmat was on 11 at the time.", "Farzan Rehmat"),
        ("The visitors were 181-6 when rain came, and Mushtaqur Rahin was on four.", "Mushtaqur Rahin"),
        ("Bangladesh made 250, and opener Tamiz Ikbal scored 43 of them.", "Tamiz Ikbal"),
    ],
)
def test_a_batsman_is_a_person_by_his_score_or_role(text: str, person: str) -> None:
    assert person in found(text, "people")


def test_a_share_that_was_on_a_percentage_marks_no_person() -> None:
    # Negative: "was on 5 per cent" is a figure's, not a batsman's.
    assert "Zorlan Trust" not in found("Zorlan Trust was on 5 per cent of the vote.", "people")


def test_two_name_words_after_a_countrys_possessive_are_a_person() -> None:
    text = "In the first round France's Nadine Dechaux beat China's Zi Yuan 6-2 6-2 on the hard court."
    assert {"Nadine Dechaux", "Zi Yuan"} <= found(text, "people")
    # A South Slavic family name's "-vic" is no adjective's "-ic"; "Civic" is a car's.
    text = "Serbia's Novak Djokovic won the title on Sunday, and Japan's Honda Civic sold well."
    people = found(text, "people")
    assert "Novak Djokovic" in people and "Honda Civic" not in people


@pytest.mark.parametrize(
    "text",
    ["Japan's Fast Retailing rose on Monday.", "Germany's Deutsche Presse Agentur said so on Monday."],
)
def test_a_body_after_a_countrys_possessive_is_no_person(text: str) -> None:
    assert found(text, "people") == set()


def test_the_emirates_initials_are_the_country() -> None:
    text = "Rosberg leads by 12 points ahead of the UAE race in Abu Dhabi."
    assert "United Arab Emirates" in found(text, "places")
    assert "UAE" not in found(text, "organizations")


def test_a_bodys_seat_written_as_the_dateline_is_the_body_not_a_place() -> None:
    source = Source(
        id="un", path="un.txt", text="UNITED NATIONS (Reuters) - The United Nations met on Monday.\n", meta=SourceMeta()
    )
    result = extract_article(source, CONFIG)
    assert result is not None
    assert not result.places
    assert {"UNITED NATIONS", "United Nations"} <= {n for e in result.organizations for n in (e.name, *e.aliases)}


def test_a_towns_name_opening_a_bodys_name_is_the_bodys_where_it_speaks() -> None:
    text = (
        "Halifax Air Lines Inc said its load factor fell in February. Halifax said it would add flights, "
        "and regulators reviewed Halifax safety records."
    )
    assert "Halifax" not in found(text, "places")
    assert "Halifax" in found(text, "organizations")


def test_a_town_the_story_places_things_in_stays_a_place_beside_its_namesake_body() -> None:
    text = "Halifax Edison Co said it would build a plant in Halifax. Halifax said the plant was welcome."
    assert "Halifax" in found(text, "places")


@pytest.mark.parametrize(
    "text",
    [
        "Halifax Corp expects sales to rise. Halifax reported earnings of 23.8 mln dlrs, and Halifax expects more.",
        "Halifax Corp said profits rose. The cash flow from Halifax's boat operations was strong.",
    ],
)
def test_a_towns_name_with_a_legal_form_alone_is_the_firms_wherever_it_places_nothing(text: str) -> None:
    # "Brunswick Corp … Brunswick expects": the firm's name is the town's and its legal form, nothing else.
    assert "Halifax" not in found(text, "places")
    assert "Halifax" in found(text, "organizations")


def test_a_town_named_firm_leaves_the_town_its_dateline_and_what_is_in_it() -> None:
    result = article("HALIFAX, Nova Scotia, March 31 - Halifax Corp said it will build a plant in Halifax.")
    assert "Halifax" in {e.name for e in result.places}
