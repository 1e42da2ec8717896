"""Names a rule used to break apart: a month that is a surname, a title word that opens a company's
name, connectors inside one name, apostrophes inside a firm's name."""

from __future__ import annotations

import pytest

from tests.test_extract_entity_kinds import found


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Dora May met the envoys on Tuesday.",
        "The singer Rosa March performed on Sunday night.",
    ],
)
def test_a_month_after_a_given_name_is_a_surname(text: str) -> None:
    people = found(text, "people")
    assert any(name.endswith((" May", " March")) for name in people), people


@pytest.mark.parametrize(
    "text",
    [
        "The talks opened on Friday May 5 in the capital.",
        "The board told Dana March 3 was the last day.",
        "In March Peru said it would halt the payments.",
        "Cocoa fell, with the London May price at a low.",
    ],
)
def test_a_month_before_a_day_or_year_stays_a_date(text: str) -> None:
    named = found(text, "people") | found(text, "organizations")
    assert not any(name.endswith((" May", " March")) or name.startswith("March ") for name in named)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The flight was operated by Marshal Air, a regional carrier, the airport said.", "Marshal Air"),
        ("She flew on Wren Air Lines to the coast on Monday.", "Wren Air Lines"),
    ],
)
def test_an_airlines_name_after_a_title_or_given_name_is_a_body(text: str, org: str) -> None:
    assert org in found(text, "organizations")
    assert not {"Air", org} & found(text, "people")


def test_a_title_before_a_surname_still_makes_a_person() -> None:
    assert "Garrow" in found("The flight was met by Marshal Garrow, the airport said.", "people")


def test_a_hall_of_fame_joined_by_and_is_one_body() -> None:
    text = "She was inducted into the Reel and Spool Hall of Fame, with two other Hall of Famers."
    assert "Reel and Spool Hall of Fame" in found(text, "organizations")
    assert not {"Spool Hall", "Hall of Famers", "Fame"} & (found(text, "people") | found(text, "organizations"))


def test_a_person_of_a_company_is_still_split() -> None:
    text = "Tom Weller of Acme Corp met the buyers on Monday."
    assert "Tom Weller" in found(text, "people")
    assert "Acme Corp" in found(text, "organizations")


@pytest.mark.parametrize(
    "text",
    [
        "“We never stopped,” Portland Manger Tobias Wendt said after the game.",
        "The Boston Herold Tobias Wendt wrote on Sunday.",
    ],
)
def test_a_place_and_a_word_before_a_full_name_are_no_part_of_it(text: str) -> None:
    people = found(text, "people")
    assert "Tobias Wendt" in people
    assert not any(name.endswith(("Manger", "Herold")) or " Tobias " in name for name in people)


def test_the_place_before_an_offices_word_and_a_full_name_is_a_place() -> None:
    text = "Delegates heard former Iowa Congressmann Tobias Wendt speak."
    assert "Tobias Wendt" in found(text, "people")
    assert "Iowa" in found(text, "places")


def test_a_place_and_a_bodys_word_before_a_full_name_stay_the_body() -> None:
    text = "After the blast, Inspector General of Oregon Police Tobias Wendt told reporters it was bad."
    assert "Oregon Police" in found(text, "organizations")
    assert "Tobias Wendt" in found(text, "people")


def test_a_four_word_name_opened_by_given_names_stays_whole() -> None:
    assert "Maria Luisa Cruz Lopez" in found("Maria Luisa Cruz Lopez said she was pleased.", "people")


@pytest.mark.parametrize(
    "text",
    [
        "They stopped at Pennock's, the driver said, then drove home.",
        "Rivals such as Pennock's and Velo Burger cut prices. Pennock’s said sales rose.",
    ],
)
def test_a_family_name_written_only_in_the_possessive_and_owning_nothing_is_a_business(text: str) -> None:
    assert {"Pennock's", "Pennock’s"} & found(text, "organizations")
    assert "Pennock" not in found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Pennock arrived late. The decision was Pennock's, the board said.",
        "The fire destroyed Pennock's house on Monday.",
        "The best album of the year was Pennock's, at No. 1 for a month.",
        "Both Pennock's and Garrow's albums sold well.",
        "Stem cells may treat diseases such as Parkinson's, the scientists said.",
        "Standard and Pennock's said it cut the rating.",
    ],
)
def test_a_persons_possessive_stays_no_business(text: str) -> None:
    assert not {"Pennock's", "Pennock", "Garrow's", "Parkinson's"} & found(text, "organizations")


def test_a_business_is_named_so_wherever_its_possessive_is_written() -> None:
    text = "Rivals like Pennock's and Velo Burger cut prices, and chains such as Velo Burger and Pennock's grew."
    assert {"Pennock's", "Velo Burger"} <= found(text, "organizations")
    assert "Pennock" not in found(text, "organizations")


def test_names_listed_after_a_plural_noun_of_bodies_are_bodies() -> None:
    text = "Meanwhile, chains such as Dunlow' Donuts and Velo Burger are moving in, and fans like Tom Harris agree."
    assert {"Dunlow' Donuts", "Velo Burger"} <= found(text, "organizations")
    assert "Tom Harris" in found(text, "people")


def test_a_papers_the_after_a_writers_of_is_no_part_of_its_name() -> None:
    text = "The sharpest column was by Dana Whitby of The Marlow Daily Herald, who knew her."
    assert "Marlow Daily Herald" in found(text, "organizations")
    assert "The Marlow Daily Herald" not in found(text, "organizations")


def test_a_one_word_papers_the_after_a_writers_of_stays() -> None:
    assert "The Ledger" in found("A column by Dana Whitby of The Ledger said so.", "organizations")


def test_a_character_named_with_its_actor_in_brackets_is_no_person() -> None:
    text = "The cast returns: Doctor Marvel (Benedict Harlow) and Captain Tide (Chris Orlan) lead it."
    people = found(text, "people")
    assert {"Benedict Harlow", "Chris Orlan"} <= people
    assert not {"Doctor Marvel", "Captain Tide"} & people


def test_a_name_with_its_fuller_form_or_a_role_in_brackets_stays_a_person() -> None:
    text = "Chadwick Orlan (Black Tide) smiled, and Jane Whitby (Jane Anne Whitby) waved."
    assert {"Chadwick Orlan", "Jane Whitby"} <= found(text, "people")


def test_a_historical_person_played_by_an_actor_stays_a_person() -> None:
    text = "In the last scene the Scottish hero Tomas Brede (Mel Orlan) is cheered by the crowd."
    assert {"Tomas Brede", "Mel Orlan"} <= found(text, "people")


def test_a_firm_named_by_two_countries_and_its_trade_is_one_body() -> None:
    text = "Banks affected are Australia and New Zealand Tarvel Group Ltd and two others."
    assert "Australia and New Zealand Tarvel Group Ltd" in found(text, "organizations")
    assert not {"Australia", "New Zealand"} & found(text, "places")


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("Sales rose in Japan and Osaka Tarvel Works Ltd said so.", "Osaka Tarvel Works Ltd", "Japan"),
        ("Sales rose in Japan and Korea Steel Co said so.", "Korea Steel Co", "Japan"),
    ],
)
def test_a_country_before_a_firm_short_of_two_countries_stays_apart(text: str, org: str, place: str) -> None:
    assert org in found(text, "organizations") and place in found(text, "places")


@pytest.mark.parametrize(
    ("text", "kind", "name", "not_name"),
    [
        # Scraped pages lose the space after an ellipsis or a full stop: the next sentence's first name is whole.
        ("The Knicks lost again at home...New York fell to 7-12.", "places", "New York", "York"),
        ("The Knicks lost again at home.New York fell to 7-12.", "places", "New York", "York"),
        (
            "Sales rose in Europe...Deutsche Bank said profits fell.",
            "organizations",
            "Deutsche Bank",
            "Europe...Deutsche Bank",
        ),
    ],
)
def test_a_name_after_a_full_stop_with_no_space_is_whole(text: str, kind: str, name: str, not_name: str) -> None:
    names = found(text, kind)
    assert name in names
    assert not_name not in names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A given name before "and" and a full name shares its surname.
        ("The studio run by moguls Harvey and Bob Weinstein reached a deal.", {"Harvey Weinstein", "Bob Weinstein"}),
        ("Venus and Serena Williams will play doubles on Sunday.", {"Venus Williams", "Serena Williams"}),
    ],
)
def test_a_given_name_before_and_and_a_full_name_shares_its_surname(text: str, people: set[str]) -> None:
    assert people <= found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        # A club the story names elsewhere is no given name.
        "Tickets for Chelsea and Frank Lampard's testimonial sold out. Chelsea beat Everton.",
        # A word before "and" that is no given name joins no surname.
        "Shoppers at Marks and Peter Spencer's shop said prices rose.",
    ],
)
def test_a_name_that_is_no_given_name_shares_no_surname(text: str) -> None:
    assert not {"Chelsea Lampard", "Marks Spencer"} & found(text, "people")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A surname the story writes in full elsewhere is the person's surname, not a given name.
        ("Daren Powell bowled well. Powell and Fidel Edwards ripped through the order.", "Powell Edwards"),
        # The last two names of a list are two people, one known by one name.
        ("He has written about Princess Diana, Madonna and Monica Lewinsky.", "Madonna Lewinsky"),
    ],
)
def test_a_surname_or_a_listed_name_before_and_shares_no_surname(text: str, wrong: str) -> None:
    assert wrong not in found(text, "people")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A given name, then a word that ends laws' and events' names, is a person's full name.
        ("Jason Day birdied the last hole on Sunday.", "Jason Day"),
        ("The actor Jude Law said he was tired of the role.", "Jude Law"),
        # Right after a title the two words are the name, a given name or not.
        ("Public Safety Minister Stockwell Day said the man would be deported.", "Stockwell Day"),
    ],
)
def test_a_surname_that_ends_events_names_is_a_persons(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        # A holiday named for a queen, and events and laws, are still no one.
        "Shops closed for Victoria Day on Monday.",
        "The Labor Day weekend was quiet.",
        "The Patriot Act was renewed.",
    ],
)
def test_holidays_and_laws_are_still_no_people(text: str) -> None:
    assert not found(text, "people")


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        (
            'Ed Jovanovski was hit by Jeff Cowan. "I know what he is out there for," said Jovanovski of Cowan.',
            "Ed Jovanovski",
            "Jeff Cowan",
        ),
        (
            'Maria Okafor beat Lena Brandt in two sets. "She never gave up," said Okafor of Brandt.',
            "Maria Okafor",
            "Lena Brandt",
        ),
    ],
)
def test_one_surname_of_another_is_one_person_speaking_of_another(text: str, speaker: str, other: str) -> None:
    people = found(text, "people")
    assert {speaker, other} <= people, people
    assert not any(" of " in name for name in people), people


@pytest.mark.parametrize(
    "text",
    [
        "Two paintings were returned to the Sao Paulo Museum of Art on Monday.",
        "He visited the Boston Museum of Fine Arts with his daughter.",
    ],
)
def test_a_museum_of_a_town_is_no_person_and_its_subject_no_body(text: str) -> None:
    named = found(text, "people") | found(text, "organizations")
    assert not {"Art", "Fine Arts", "Sao Paulo Museum", "Boston Museum"} & named, named
    assert not any("Museum" in name for name in found(text, "people"))


def test_an_unlisted_given_name_and_surname_of_a_firm_then_said_is_a_person_of_the_firm() -> None:
    text = (
        "The vote failed on Tuesday.\n\n"
        "Katya Malofeeva of Renaissance Capital, an investment bank, said the outcome could leave Ukraine "
        "without a government for some time."
    )
    assert "Katya Malofeeva" in found(text, "people")
    assert "Renaissance Capital" in found(text, "organizations")


@pytest.mark.parametrize(
    "text",
    [
        "Two parties of the Orange Revolution won enough seats to form a coalition.",
        "The Rose Revolution in Georgia was cited by the speakers on Monday.",
    ],
)
def test_a_revolution_named_by_a_colour_or_flower_is_no_person(text: str) -> None:
    assert not any("Revolution" in name for name in found(text, "people"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("UN aid chief Jan Egeland said the camps were full.", "Jan Egeland"),
        ("Jan Kowalski, a miner, said the pit was closed on Monday.", "Jan Kowalski"),
    ],
)
def test_a_months_short_name_that_is_a_given_name_opens_a_persons_name(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose on Jan 5 and again in Jan Four weeks later.",
        "Jan Sales Rose 5 Pct, the agency said on Monday.",
    ],
)
def test_a_months_short_name_before_a_number_or_a_headings_word_stays_a_date(text: str) -> None:
    assert not any(name.startswith("Jan") for name in found(text, "people"))
