"""A wire's slug under its copy dates the story; bylines run on to a city, an outlet's brand or a mangled
space; a dateline's dash set without spaces; editors' initials over the agencies used; the writers a credit
line names are people of the story; an agency alone under a caption credits the photo;
a feed's closing line dates the story."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.extract.agency import signoff_credits
from newscorpus.extract.authors import byline_names
from newscorpus.extract.byline import split_signoff
from newscorpus.extract.dateline import split_dateline
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.published import find_published, parse_stamp
from newscorpus.extract.structure import split_body
from newscorpus.extract.text import unmangled_spaces
from newscorpus.model import PageBlock, Source, SourceMeta

from .test_extract_page_credits import HEADLINE
from .test_extract_page_writers import extracted


@pytest.mark.parametrize(
    ("slug", "date"),
    [
        ("AP-ES-01-10-08 0607EST", "2008-01-10"),  # month-day-year; the time code is the wire's, no hour
        ("AP-NY-12-31-07 2359EST", "2007-12-31"),
        ("AP-NY-13-40-08 1200EST", None),  # no month 13: no date
        ("AP-US--Harbour-Strike, 4th Ld-Writethru", None),  # a slug without its date
        ("Model XR-TS-10-20 harbour crane", None),  # a part number, no year
    ],
)
def test_a_wire_slug_line_dates_its_copy(slug: str, date: str | None) -> None:
    assert parse_stamp(slug) == date


def test_the_slug_under_the_story_is_its_stamp() -> None:
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("byline", "By JANE ROE"),
        PageBlock("story", "HARBOURTON (AP) -- Dock workers returned to work on Tuesday."),
        PageBlock("story", "The union said the deal would hold for two years."),
        PageBlock("furniture", "AP-ES-01-10-08 0607EST"),
        PageBlock("furniture", "More harbour news"),
    )
    published = find_published(None, page, None, None)
    assert published is not None
    assert published.date == "2008-01-10"


GIVEN = frozenset({"Jane", "Mary", "Ann", "Peter", "Juliet", "Jack"})


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe Paris | Monday, 14 January, 2008", ["Jane Roe"]),  # the bureau's city run on
        ("By Peter Poe Tokyo", ["Peter Poe"]),
        ("By Mary Ann Paris", ["Mary Ann Paris"]),  # a middle name before it: the surname
        ("By Jane R. Paris", ["Jane R. Paris"]),  # an initial before it: the surname
        ("By Jane Paris", ["Jane Paris"]),  # a surname alone
        ("By Jane Roe Harbourton", ["Jane Roe Harbourton"]),  # no bureau's city
    ],
)
def test_a_bureau_s_city_run_on_to_the_byline(line: str, names: list[str]) -> None:
    assert byline_names(line, GIVEN) == names


def test_an_outlet_s_brand_under_the_byline_is_no_name() -> None:
    assert byline_names("HBCnet Assignment Editor", GIVEN) == []
    assert byline_names("HNNmoney Staff", GIVEN) == []
    assert byline_names("By Jane McRoe", GIVEN) == ["Jane McRoe"]  # one capital before the lower case: a name
    assert byline_names("Jack DeRoe", GIVEN) == ["Jack DeRoe"]


def test_a_mangled_no_break_space_before_the_service() -> None:
    line = "Juliet Roe and Jack Poe ,Â Harbour News Service"
    assert byline_names(line, GIVEN) == ["Juliet Roe", "Jack Poe"]
    assert unmangled_spaces("Published:Â Friday") == "Published:  Friday"
    assert unmangled_spaces("JosÂ Roe and Â") == "JosÂ Roe and  "  # inside a word it stays


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        (
            "HARBOURTON, British Columbia—Jane Roe scored twice.",
            "HARBOURTON, British Columbia",
            "Jane Roe scored twice.",
        ),
        (
            "HARBOURTON, British Columbia?Jane Roe scored twice.",
            "HARBOURTON, British Columbia",
            "Jane Roe scored twice.",
        ),
        ("HARBOURTON—Jane Roe scored twice.", "HARBOURTON", "Jane Roe scored twice."),
        # The lost dash after a place in capitals, or before a one-letter word.
        ("HARBOURTON?The ferry sank at dawn.", "HARBOURTON", "The ferry sank at dawn."),
        ("HARBOURTON, Northland?A storm hit the quay.", "HARBOURTON, Northland", "A storm hit the quay."),
        ("OK?The harbour reopened today.", None, "OK?The harbour reopened today."),  # two capitals are no place
        ("WHAT?Really, the harbour again.", None, "WHAT?Really, the harbour again."),  # a question, no dash
        ("HB&C—Harbour deal is done.", None, "HB&C—Harbour deal is done."),  # a firm, no place
        ("U.S.-Canada harbour talks resumed.", None, "U.S.-Canada harbour talks resumed."),
    ],
)
def test_a_dash_set_without_spaces_after_the_dateline(paragraph: str, place: str | None, rest: str) -> None:
    match, blocks = split_dateline([paragraph, "The union said the deal would hold."])
    assert (match.group("place") if match else None) == place
    assert blocks[0] == rest


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # The service after a comma, the no-break space before it mangled to "Â".
        ("Jane Roe and Sam Poe ,Â Harbour News Service", ("Jane Roe", "Sam Poe"), None),
        ("Jane Roe and Sam Poe , CanWest News Service", ("Jane Roe", "Sam Poe"), "CanWest News Service"),
    ],
)
def test_writers_and_their_service_after_a_comma_over_the_stamp(
    line: str, authors: tuple[str, ...], agency: str | None
) -> None:
    article = extracted([HEADLINE, line, "Published 10:02 AM EST Nov 19, 2019"])
    assert (article.title, article.authors, article.agency) == (HEADLINE, authors, agency)


def test_a_headline_naming_two_people_and_a_comma_stays_the_headline() -> None:
    # A headline's comma follows its word; a template's comma before the service is set off by a space.
    headline = "Mary Dockett and John Crane, Harbour Heroes"
    article = extracted([headline, "Published 10:02 AM EST Nov 19, 2019"])
    assert article.title == headline
    assert article.authors == ()


@pytest.mark.parametrize(
    ("last", "signoff", "agencies"),
    [
        ("jm/dm (AFP, dpa)", "jm/dm (AFP, dpa)", ["AFP", "dpa"]),  # editors' initials over the agencies used
        ("cw (Reuters)", "cw (Reuters)", ["Reuters"]),
        ("ok (see above)", None, []),  # words in brackets: the story's own line
        ("The strike ended (AFP reported).", None, []),
    ],
)
def test_editors_initials_over_the_agencies_close_the_story(
    last: str, signoff: str | None, agencies: list[str]
) -> None:
    found, blocks = split_signoff(["Dock workers returned to work on Tuesday.", last])
    assert found == signoff
    assert [credit.name for credit in signoff_credits(found)] == agencies
    assert len(blocks) == (1 if signoff else 2)


WIRE_STORY = (
    "HARBOURTON (AP) -- Dock workers returned to work on Tuesday after a long strike, the union said.\n\n"
    "The union said the deal would hold for two years and that its members were pleased with it."
)


def test_the_writer_a_credit_line_names_is_a_person_of_the_story() -> None:
    text = f"Harbour strike ends\n\nBy JANE ROE, Associated Press Writer\n\n{WIRE_STORY}"
    article = extract_articles([Source(id="p", path="p.txt", text=text)], Config()).articles[0]
    assert article.authors == ("Jane Roe",)
    assert "Jane Roe" in [person.name for person in article.people]


def test_a_writer_only_the_metadata_names_is_no_person_of_the_story() -> None:
    text = f"Harbour strike ends\n\n{WIRE_STORY}"
    source = Source(id="p", path="p.txt", text=text, meta=SourceMeta(byline="Jane Roe"))
    article = extract_articles([source], Config()).articles[0]
    assert article.authors == ("Jane Roe",)
    assert [person.name for person in article.people] == []


@pytest.mark.parametrize(
    ("before", "bylines"),
    [
        # Under a photo's caption, the agency alone is the photo's credit.
        (PageBlock("supplemental", "Dock workers leave the harbour gates on Tuesday."), ("By Jane Roe",)),
        # Under the byline, it is the story's.
        (PageBlock("furniture", "Email this story"), ("By Jane Roe", "Reuters")),
    ],
)
def test_an_agency_alone_under_a_caption_credits_the_photo(before: PageBlock, bylines: tuple[str, ...]) -> None:
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("byline", "By Jane Roe"),
        before,
        PageBlock("byline", "Reuters"),
        PageBlock("story", "Dock workers returned to work on Tuesday after a long strike, the union said."),
    )
    body = split_body(page, Config())
    assert body is not None
    assert body.bylines == bylines


@pytest.mark.parametrize(
    ("last", "date"),
    [
        (
            "Harbour strike ends originally appeared on HNN.com on Mon, 1 Jan 2018 at 10:05:01 EDT. "
            "Please see our terms for use of feeds.",
            "2018-01-01T10:05",
        ),
        ("This story originally appeared in print on Sunday.", None),  # no date
        ("The harbour deal was first signed on 3 March 2008.", None),  # a date the story tells of
    ],
)
def test_a_feed_s_line_gives_the_story_s_first_publication(last: str, date: str | None) -> None:
    page = (
        PageBlock("story", "Dock workers returned to work on Tuesday after a long strike."),
        PageBlock("story", last),
    )
    published = find_published(None, page, None, None)
    assert (published.date if published else None) == date


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("St. Louis – The Cardinals won the opener at home.", "St. Louis"),  # a saint's town, its "St." abbreviated
        ("St. Louis, FL -- (Harbour Sports Wire) - The Cardinals won.", "St. Louis, FL"),  # a sports wire's credit
        ("St. Harbourton – The Cardinals won the opener.", None),  # no known place
        ("St. Louis has won the opener at home.", None),  # no dash: a sentence
    ],
)
def test_a_title_case_dateline_of_a_saint_s_town(paragraph: str, place: str | None) -> None:
    places = load_gazetteer(Config().min_place_population).places
    match, _ = split_dateline([paragraph, "The union said the deal would hold."], places)
    assert (match.group("place") if match else None) == place


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        # A comma after the month as well as after the day, with the year.
        ("Jan, 15, 2008", "2008-01-15"),
        ("Sept, 3, 2019 10:02 AM", "2019-09-03T10:02"),
        ("May, 15 of them", None),  # no year: a month's name and a count, no date
        # A year run on into the link after it, as a scraper joins a stamp and a share link.
        ("21:17 18.11.2019Get short URL", "2019-11-18T21:17"),
        ("Nov 20 20194:29 AM", "2019-11-20T04:29"),
    ],
)
def test_stamps_with_a_comma_after_the_month_or_a_link_run_on(stamp: str, date: str | None) -> None:
    assert parse_stamp(stamp) == date


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        # A columnist's closing line names the writer when no byline does.
        ("Jane Roe can be reached at jroe@harbourgazette.com.", ("Jane Roe",)),
        ("Sam Poe may be contacted at the harbour office on weekdays.", ("Sam Poe",)),
        # An office or a desk is no writer; a long sentence is the story's own.
        ("The port office can be reached at 555-0100.", ()),
        ("Jane Roe can be reached at the harbour office, where she has worked as a pilot for twenty years now.", ()),
    ],
)
def test_a_columnist_s_closing_line_names_the_writer(last: str, authors: tuple[str, ...]) -> None:
    paragraphs = [
        "The harbour strike ended on Monday after dock workers voted to accept a new wage deal.",
        "Cranes were working again by noon and the first ships were unloaded, the port authority said.",
    ]
    sources = [Source(id="c", path="c.txt", text="\n\n".join([*paragraphs, last]))]
    assert extract_articles(sources, Config()).articles[0].authors == authors
