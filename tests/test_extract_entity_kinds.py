"""What a name is when capitals alone mislead: honours, racing teams, titles of works, media named as
the source of a report."""

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


def test_british_honours_are_no_organisations() -> None:
    text = "The coach Brian Oldfield receives an OBE, and the referee Tom Haddon is made MBE."
    assert not {"OBE", "MBE"} & found(text, "organizations")


def test_an_acronym_beside_the_honours_is_still_a_body() -> None:
    text = "The coach Brian Oldfield receives an OBE from the RFU for his work."
    assert "RFU" in found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Ferrari's Tomas Berglund spun on the straight.", {"Ferrari"}),
        ("The Mercedes driver Alan Pike led from pole.", {"Mercedes"}),
        ("He put his Red Bull down the inside of turn one.", {"Red Bull"}),
    ],
)
def test_racing_teams_named_by_their_carmaker(text: str, orgs: set[str]) -> None:
    assert orgs <= found(text, "organizations")
    assert not orgs & found(text, "places")


def test_a_given_name_that_is_a_carmaker_still_opens_a_persons_name() -> None:
    assert "Mercedes Alvaro" in found("The actress Mercedes Alvaro won the award on Sunday.", "people")


@pytest.mark.parametrize(
    ("text", "works"),
    [
        # A year's possessive dates a work, never a person.
        ("The sequel follows 2014's Moon Harbor, which Dana Whitby directed.", {"Moon Harbor"}),
        # A noun for a work after a name no given name opens.
        ("The third Iron Tide film opens in May, Dana Whitby said.", {"Iron Tide"}),
        # A title whose longer names are sequels: the title and the sequels are works.
        (
            "The fourth Star Voyage film is due. Star Voyage Beyond was directed by Dana Whitby.",
            {"Star Voyage", "Star Voyage Beyond"},
        ),
    ],
)
def test_titles_of_works_are_no_people(text: str, works: set[str]) -> None:
    people = found(text, "people")
    assert not works & people
    assert "Dana Whitby" in people


def test_a_person_named_before_a_work_noun_stays_a_person() -> None:
    assert "Woody Barnes" in found("It was the third Woody Barnes film of the decade.", "people")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("He will direct it, according to reports from The Reel and Cutline.", {"The Reel"}),
        ("The Reel's report today claims the deal is done.", {"The Reel"}),
        ("Cutline reports that the studio agreed.", {"Cutline"}),
        ("According to a report by Harbour Wire, the man was shot.", {"Harbour Wire"}),
        # A medium closing the clause that reports, or quoting someone.
        ("The singer left the clinic on Friday, Gossipline.net reported.", {"Gossipline.net"}),
        ("The plan is safe, state-run Dalton Daily quoted officials as saying.", {"Dalton Daily"}),
    ],
)
def test_media_named_as_the_source_of_a_report(text: str, orgs: set[str]) -> None:
    assert orgs <= found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("John Mallory reports that the weather held.", "John Mallory"),
        ("According to a report by Jane Oakes, the mayor resigned.", "Jane Oakes"),
    ],
)
def test_a_person_reporting_is_no_medium(text: str, person: str) -> None:
    assert person in found(text, "people")
    assert person not in found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He lost to Frenchman Jean-Marc Dorval in the first round.", "Jean-Marc Dorval"),
        ("She beat South African Rory Kestrel by three shots.", "Rory Kestrel"),
    ],
)
def test_a_nationality_before_a_full_name_is_cut_off(text: str, person: str) -> None:
    assert person in found(text, "people")


def test_a_body_opening_with_a_nationality_keeps_its_name() -> None:
    text = "The American Heart Association said on Monday it would fund the study."
    assert "American Heart Association" in found(text, "organizations")
    assert not found(text, "people")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Prices hit a record, according to CoinTallyCap.", "CoinTallyCap"),
        ("Shares of DataHarborNet rose.", "DataHarborNet"),
    ],
)
def test_a_word_with_capitals_inside_names_a_firm(text: str, org: str) -> None:
    assert org in found(text, "organizations")


def test_a_surname_with_a_name_prefix_stays_a_person() -> None:
    assert "Angus MacTavish" in found("The striker Angus MacTavish scored twice, MacTavish said.", "people")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("He led the Harbor Street Boys, the police said.", "Harbor Street Boys"),
        ("The Qassam Brigades fired rockets on Monday.", "Qassam Brigades"),
    ],
)
def test_groups_named_in_the_plural_are_bodies(text: str, group: str) -> None:
    assert group in found(text, "organizations")
    assert group not in found(text, "people")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Citibank said it raised its prime rate to 7.75 pct.", "Citibank"),
        ("Freddie Mac said it would buy more mortgages.", "Freddie Mac"),
    ],
)
def test_banks_and_mortgage_agencies_read_as_people_are_bodies(text: str, org: str) -> None:
    assert org in found(text, "organizations")
    assert org not in found(text, "people")


def test_a_surname_ending_in_bank_stays_a_persons() -> None:
    assert "Chris Eubank" in found("The boxer Chris Eubank said he was ready.", "people")


def test_a_venue_ending_in_a_surname_is_no_person() -> None:
    assert not found("Fans lined up at Heinz Field on Sunday.", "people")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The award went to Sally Field, the actress.", "Sally Field"),
        ("They met at Tom Field's home, Field said.", "Tom Field"),
    ],
)
def test_a_person_with_a_venue_word_for_surname_stays_a_person(text: str, person: str) -> None:
    assert person in found(text, "people")


@pytest.mark.parametrize("body", ["Professional Golfers' Association", "Screen Writers' Guild", "Dock Workers' Union"])
def test_a_plural_possessive_inside_a_bodys_name_is_kept(body: str) -> None:
    assert body in found(f"Alan Mercer, chief executive of the {body}, spoke on Monday.", "organizations")


def test_a_plural_possessive_before_another_word_still_cuts_the_run() -> None:
    orgs = found("The Lakers' Staples Center crowd cheered the Dallas Mavericks.", "organizations")
    assert not any("'" in name for name in orgs)


def test_a_currency_code_before_a_dollar_sign_is_no_place() -> None:
    assert "United States" not in found("The bed costs between US$20,000 and $50,000.", "places")


def test_the_country_code_elsewhere_is_still_a_place() -> None:
    assert "United States" in found("US officials said the bed costs US$5,000.", "places")


@pytest.mark.parametrize(
    "text",
    [
        "The actress shared a picture of newborn Hayes on Instagram.",
        "The couple welcomed a baby boy named Hayes on Sunday.",
        "Her cousin, Hayes, was at the party.",
    ],
)
def test_a_town_named_after_a_newborn_or_a_relative_is_a_person(text: str) -> None:
    assert "Hayes" in found(text, "people")
    assert "Hayes" not in found(text, "places")


def test_a_town_with_no_relative_before_it_stays_a_place() -> None:
    assert "Hayes" in found("The fire broke out in Hayes on Sunday.", "places")


def test_a_word_cited_as_a_source_that_is_no_persons_name_is_a_body() -> None:
    assert "Tradequay" in found("Bitcoin traded near $14,475, according to Tradequay.", "organizations")


@pytest.mark.parametrize("text", ["The figure was wrong, according to Smith.", "It fell, according to Jessica."])
def test_a_surname_or_given_name_cited_as_a_source_is_no_body(text: str) -> None:
    assert not found(text, "organizations")


def test_a_model_name_ending_in_an_edition_word_is_no_person() -> None:
    people = found("Mac Pro sales rose, and the Nova Ultra sold out, Tim Cook said.", "people")
    assert people == {"Tim Cook"}


def test_transliterated_russian_given_names_open_full_names() -> None:
    people = found("Dmitry Orlovsky of Russia beat Evgeny Baranov in two sets.", "people")
    assert {"Dmitry Orlovsky", "Evgeny Baranov"} <= people


def test_trades_and_techniques_in_capitals_are_no_bodies() -> None:
    text = "The DJ played while a GP watched the DVR, and the GSM network failed, the BBC said."
    assert found(text, "organizations") == {"BBC"}


def test_a_town_and_a_numbered_nickname_name_a_club() -> None:
    text = "The Majors lost to the Kingsford 67s in Ottawa, and the Philadelphia 76ers won."
    assert {"Kingsford 67s", "Philadelphia 76ers"} <= found(text, "organizations")
    assert "Ottawa" in found(text, "places")


def test_a_decade_after_a_town_names_no_club() -> None:
    assert not found("Winters in Ottawa 1990s-style were cold.", "organizations")


@pytest.mark.parametrize(
    "text",
    [
        "On Friday an Afghan who had arrived in the spring was detained in Leer, police said.",
        "The charges against the Afghan, who was not named, were dropped on Monday.",
        "The Kiwis beat the hosts by two tries in Brisbane.",
        "A Czech coach and two Thais finished the race near Linz.",
    ],
)
def test_a_nationality_noun_alone_is_no_entity(text: str) -> None:
    names = found(text, "people") | found(text, "organizations")
    assert not names & {"Afghan", "Kiwis", "Czech", "Thais"}


def test_a_surname_spelled_like_a_nationality_stays_a_person() -> None:
    assert "Tom Pole" in found("Tom Pole, a lawyer, said the ruling was fair.", "people")
    assert "Kay Arab" in found("Ms Kay Arab said on Monday that the talks had failed.", "people")


def test_an_organisation_is_no_other_name_of_a_city() -> None:
    # A city's alternate names in the place tables hold an organisation's now and then (a town renamed for a
    # month, a news agency's initials): the organisation is never read as that city.
    text = "Buyers of the Google Pixel said it worked well. Hamas said the talks had failed."
    assert not found(text, "places")


def test_al_alone_is_a_given_name_not_the_arabic_article_of_a_body() -> None:
    text = "And we are not talking Al and Tipper. Al Qaeda claimed the attack."
    assert found(text, "organizations") == {"Al Qaeda"}


def test_a_compound_titles_rank_and_portfolio_name_no_body() -> None:
    text = (
        "Japan's Chief Cabinet Secretary Yoshihide Suga told reporters the missile fell. "
        "White House Press Secretary Stephanie Grisham said the talks went well."
    )
    assert found(text, "organizations") == {"White House"}
    assert {"Yoshihide Suga", "Stephanie Grisham"} <= found(text, "people")


def test_a_venue_ending_in_garden_is_no_person() -> None:
    text = "The concert at Madison Square Garden sold out in an hour."
    assert not found(text, "people")


def test_a_trade_written_after_a_name_makes_it_a_body() -> None:
    text = "Guy Hands, whose Terra Firma private equity house bought EMI last year, will speak."
    assert "Terra Firma" in found(text, "organizations")
    assert "Terra Firma" not in found(text, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Turn the heat down and let the sauce simmer for an hour.",
        "The survey by the National Institute on Drug Abuse was published in March.",
        "She looked at him and said: Okay, I will come tomorrow.",
        "He won his second career Tour title on the fourth playoff hole.",
    ],
)
def test_a_small_citys_other_name_that_is_a_word_is_no_place_by_itself(text: str) -> None:
    # "Turn" is another name of Angren, "Drug" of Durg, "Okay" of Les Cayes, "Tour" of Tours: towns of a few
    # hundred thousand whose other names are words far more often than places.
    assert not found(text, "places") & {"Turn", "Drug", "Okay", "Tour", "Angren", "Durg", "Les Cayes", "Tours"}


def test_a_small_citys_other_name_is_a_place_where_the_story_puts_something_in_it() -> None:
    text = "The delegation arrived in Torun on Monday, and the talks opened there on Tuesday."
    assert found(text, "places") & {"Torun", "Toruń"}


def test_a_large_citys_other_name_needs_no_words_around_it() -> None:
    # Cologne (Köln) and Kiev (Kyiv) are read as places wherever they stand: news uses those names.
    assert {"Cologne", "Kiev"} <= found("Cologne beat Bremen 2-0, and Kiev welcomed the result.", "places")


def test_a_towns_name_before_a_noun_is_its_place_only_where_a_phrase_opens() -> None:
    # "The Slidell police": the town's own; "quoted Moorhead president Ann Lee": a name already inside a phrase
    # ("Moorhead" is a town's name) is the firm's, not the town's, until the story puts something in the town.
    assert "Slidell" in found("The Slidell police said the road was closed.", "places")
    assert "Moorhead" not in found("The paper quoted Moorhead president Ann Lee as saying so.", "places")
    assert "Slidell" in found("'Beware of such offers,' Slidell police said in a statement.", "places")


def test_a_towns_name_listed_beside_a_citys_is_a_place() -> None:
    # "Basle" (Basel's other name) and "Sderot" (a town) need words around them; a city beside them is such words.
    text = "The bourses in Zurich, Basle and Geneva will close early. Rockets hit Ashkelon and Sderot on Monday."
    assert {"Basle", "Sderot"} <= found(text, "places")
    # Beside another town's name or a person's, a town's name proves nothing.
    assert "Kaka" not in found("Kaka, Pato and Ronaldinho scored in the first half.", "places")


def test_the_games_adjective_is_no_town() -> None:
    text = "London will enjoy the first claim on the sales of Olympic land after 2012, the Olympics minister said."
    assert not found(text, "places") & {"Olympic", "Olympics"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Steelers QB Mason Rudolph was fined $50,000 on Monday.", "Mason Rudolph"),
        ("Browns DL Sheldon Richardson, however, weighed in. Richardson said he saw it all.", "Sheldon Richardson"),
        ("Arsenal GK Aaron Ramsdale kept a clean sheet.", "Aaron Ramsdale"),
    ],
)
def test_a_players_position_in_capitals_is_his_title(text: str, person: str) -> None:
    assert person in found(text, "people")
    assert not found(text, "places")  # "Richardson" is the player, not the Texas town


def test_people_a_subheading_names_are_named_by_the_story() -> None:
    text = (
        "The carmakers paid for the most watched slots of the night.\n\n"
        "Steven Tyler for KIA\n\n"
        "The rock star went back in time for KIA, and when he gets out of the car Tyler's a teenager again."
    )
    result = article(text)
    assert result.blocks[2].kind == "subheading"
    assert "Steven Tyler" in {e.name for e in result.people}
    assert not result.places


def test_a_subheading_names_no_one_by_its_capitals_alone() -> None:
    text = "The plan went out to every member.\n\nHow To Adopt A Leader Success Mindset\n\nIt asks a lot of them."
    assert not found(text, "people")


def test_a_person_only_a_heading_names_is_a_link_to_another_story() -> None:
    text = "The price of the controller dropped overnight.\n\nSteven Tyler for KIA\n\nIt costs $39.99 in three colours."
    assert not found(text, "people")


@pytest.mark.parametrize(
    ("text", "places", "not_places"),
    [
        # A firm's address: the town placed in its state names where the firm is; the firm is no place.
        ("NASA picked SpaceX, Hawthorne, California, and others.", {"Hawthorne", "California"}, {"SpaceX"}),
        ("It signed an agreement with Del Mar Avionics, Irvine, Calif., on Friday.", {"Irvine"}, {"Avionics"}),
        # A town the gazetteer lacks, placed in its state, stays a place; so does one in a list of places.
        ("Rescuers reached Brewton, Alabama, by noon.", {"Brewton", "Alabama"}, set()),
        ("He flew from Belleair, Florida, United States, on Monday.", {"Belleair", "Florida"}, set()),
    ],
)
def test_a_name_before_a_town_and_its_state_is_what_stands_there(
    text: str, places: set[str], not_places: set[str]
) -> None:
    found_places = found(text, "places")
    assert places <= found_places
    assert not not_places & found_places
