"""Story metadata on scraped pages: credit lines, bylines with a service or a link, day-first sites.

Every page here is made up for these tests: a menu, a headline, the lines under test, a story.
"""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.extract.authors import byline_names
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.published import find_published
from newscorpus.model import Article, PageBlock, Source, SourceMeta

CONFIG = Config()
MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"]
HEADLINE = "Harbour strike ends as dock workers accept new wage deal"
STORY = [
    "The harbour strike ended on Monday after dock workers accepted a new wage deal, the union said.",
    "Cranes were working again by noon and the first ships were unloaded in the afternoon, the port said.",
    "The union had asked for a rise of six percent over two years and settled for five, its leader said.",
]


def extracted(lines: list[str], url: str | None = None) -> Article:
    """Return the article of a page of the menu, the headline and lines, as a build reads it."""
    text = "\n".join([*MENU, HEADLINE, *lines, *MENU])
    sources = [Source(id="p", path="p.txt", text=text, meta=SourceMeta(url=url))]
    return extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        # A Canadian outlet's note on a story built on a wire's copy credits that wire.
        ("With files from the Associated Press", "AP"),
        ("With files from the Canadian Press", "CP"),
    ],
)
def test_a_note_that_the_story_has_a_wire_s_files_credits_the_wire(closing: str, agency: str) -> None:
    article = extracted([*STORY, closing, "Story Tools: E-MAIL | PRINT"])
    assert article.agency == agency


@pytest.mark.parametrize(
    ("source", "agency"),
    [
        # The wire named as the story's source, with more of the story's lines under it.
        ("Source: The Associated Press", "AP"),
        # A source that is no wire credits none.
        ("Source: Harbour Authority", None),
    ],
)
def test_a_source_line_in_the_story_credits_the_wire_it_names(source: str, agency: str | None) -> None:
    article = extracted([*STORY[:2], source, STORY[2]])
    assert article.agency == agency


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        # The writer's service in brackets, then the stamp.
        ("Paul Meller (IDG News Service) 15/01/2008 07:25:00", ("Paul Meller",), "IDG News Service"),
        # A link after the name.
        ("By David Lassen ( Contact )", ("David Lassen",), None),
        # A sports wire as the byline: no person.
        ("By Sports Network", (), "The Sports Network"),
    ],
)
def test_bylines_with_a_service_or_a_link(byline: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = extracted([byline, *STORY])
    assert (article.authors, article.agency) == (authors, agency)


@pytest.mark.parametrize(
    ("opening", "authors", "agency"),
    [
        # The byline, a dash, then the wire's credit and the lede, all in the first paragraph.
        ("By Jane Roe, Senior Harbour Editor -- (Sports Network) - ", ("Jane Roe",), "The Sports Network"),
        # A sentence opening with "By" and a bracket is no byline.
        ("By Monday the union (and its leader) - ", (), None),
    ],
)
def test_a_byline_run_into_the_first_paragraph_before_the_wire_s_credit(
    opening: str, authors: tuple[str, ...], agency: str | None
) -> None:
    article = extracted([opening + STORY[0], *STORY[1:]])
    assert (article.authors, article.agency) == (authors, agency)


def test_a_wire_under_a_photographer_s_line_credits_the_photo_not_the_story() -> None:
    article = extracted(
        ["By David Lassen", "Thursday, December 27, 2007", "Photo by Mark Jones", "AP", "The team arrives.", *STORY]
    )
    assert article.agency is None and article.authors == ("David Lassen",)
    # A wire's name under the writer's own line still credits the story.
    assert extracted(["By Mike Corder", "ASSOCIATED PRESS", *STORY]).agency == "AP"


@pytest.mark.parametrize(
    "line",
    ["By David Lassen ( Contact )", "Paul Meller (IDG News Service)", "Paul Meller (IDG News Service) 15/01/2008"],
)
def test_a_bracket_ends_a_byline_s_names(line: str) -> None:
    given = load_gazetteer(CONFIG.min_place_population).given_names
    assert byline_names(line, given) in (["David Lassen"], ["Paul Meller"])


# A stamp whose numbers can be read either way, on a page with no other numeric date.
STAMPED = (
    PageBlock("headline", "Trio set for Derby debuts"),
    PageBlock("furniture", "11/01/2008 - 2:35:41 PM"),
    PageBlock("story", "The manager is likely to hand debuts to a number of players."),
)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        # An Irish, a British and a Brazilian site write the day first.
        ("http://breakingnews.example.ie/sport/story.asp?j=1", "2008-01-11T14:35"),
        ("https://www.example.co.uk/news/1", "2008-01-11T14:35"),
        ("http://example.com.br/news/1", "2008-01-11T14:35"),
        # A .com site, or no address at all, keeps the month first.
        ("https://www.example.com/news/1", "2008-11-01T14:35"),
        (None, "2008-11-01T14:35"),
    ],
)
def test_a_site_s_country_tells_how_it_writes_numeric_dates(url: str | None, date: str) -> None:
    published = find_published(None, STAMPED, None, None, url)
    assert published is not None and published.date == date


def test_the_page_address_reaches_the_stamp() -> None:
    article = extracted(["11/01/2008 - 2:35:41 PM", *STORY], url="http://breakingnews.example.ie/story/1")
    assert article.published == "2008-01-11T14:35"


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        # The wire and the date in one line over the story, parted by a slash.
        (["Associated Press / December 31, 2007", *STORY], "AP"),
        # The wire's credit opening the story where a dateline's place would stand.
        (
            ["(Reuters) - Broadcom made a new offer on Monday to buy Qualcomm, raising the pressure on it.", *STORY],
            "Reuters",
        ),
        # A wire's name after a dash closing the last paragraph; "?" is a dash the page's encoding lost.
        ([*STORY[:2], f"{STORY[2]} ? PTI", "Send this article to Friends by E-Mail"], "PTI"),
        ([*STORY[:2], f"{STORY[2]} — AAP"], "AAP"),
        # Two wires in one credit line under the story, parted by a dash: the first is the primary one.
        ([*STORY, "AP - AFP", "Send this article to Friends by E-Mail"], "AP"),
        ([*STORY, "AP - Police said the harbour reopened", "Send this article to Friends by E-Mail"], None),
        # The outlet's own credit opening the story is no wire's.
        (["(CNN) Chaos broke out in the city centre after a truck plowed through crowds on Thursday.", *STORY], None),
        # Nor is it after a dateline's place; a wire's capitals not listed are a wire's.
        (
            ["NICE, France (CNN) -- Chaos broke out in the city centre after a truck plowed through crowds.", *STORY],
            None,
        ),
        (
            ["KUWAIT CITY (KUNA) -- The harbour strike ended on Monday after dock workers accepted a deal.", *STORY],
            "KUNA",
        ),
    ],
)
def test_wire_credits_set_where_no_dateline_or_byline_holds_them(lines: list[str], agency: str | None) -> None:
    assert extracted(lines).agency == agency


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # A writer and the outlet after a comma right under the headline, the given name in no list.
        (["Tanza Loudenback, Business Insider", "13.11.2019, 23:06", *STORY], ("Tanza Loudenback",)),
        # A deck of that shape names no outlet after its comma: no writer.
        (["Obama Camp, Clinton Camp Trade Jabs", "13.11.2019, 23:06", *STORY], ()),
        # A blog post's footer under its last paragraph names its writer; a reader's signature under
        # the comments' heading does not.
        (
            [*STORY, "Posted by Jana Kowalczyk at December 29, 2007 12:03 PM | Email This", "Comments", "Well put."],
            ("Jana Kowalczyk",),
        ),
        ([*STORY, "Comments", "Well put, and about time.", "Posted by Jim Bean at December 29, 2007 1:03 PM"], ()),
        # A handle is no writer's name.
        ([*STORY, "Posted by harbourfan on March 3, 2008 at 8:10 am"], ()),
    ],
)
def test_writers_named_without_by_under_the_headline_or_at_a_post_s_foot(
    lines: list[str], authors: tuple[str, ...]
) -> None:
    assert extracted(lines).authors == authors


@pytest.mark.parametrize(
    ("said", "agency"),
    [
        # A wire's own copy quotes people speaking to it.
        ('"We will go back tomorrow," the union leader told AFP on Monday.', "AFP"),
        # An outlet quoting a wire's reporting writes of it as another's: no credit.
        ('"We will go back tomorrow," the union leader told Reuters news agency on Monday.', None),
        ("Port officials told Reuters the ships would sail, Reuters reports, citing two officials.", None),
        # A wire cited as a source: its own copy never writes "according to" itself.
        ("The ships would sail on Monday, according to The Associated Press.", None),
        ("Two sailors were hurt, according to Reuters, which spoke to the port.", None),
    ],
)
def test_a_wire_written_of_as_another_s_is_not_credited_for_what_it_was_told(said: str, agency: str | None) -> None:
    assert extracted([*STORY[:2], said, STORY[2]]).agency == agency


def test_a_wire_told_something_in_a_story_its_writers_sign_is_not_credited() -> None:
    said = '"We will go back tomorrow," the union leader told AFP on Monday.'
    assert extracted(["By Jane Roe and Tom Hale", *STORY[:2], said, STORY[2]]).agency is None
    # The wire's own practice still credits it under a writer's byline.
    practice = "Because of the charges, the Associated Press isn't identifying the dock worker."
    assert extracted(["By Jane Roe and Tom Hale", *STORY[:2], practice, STORY[2]]).agency == "AP"


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        # A wire's news site named in the dateline's credit is the wire.
        (["HARBOURTOWN, Jan. 8 (Xinhuanet) -- " + STORY[0], *STORY[1:]], "Xinhua"),
        # A wire's copyright under the story, its name spelled out.
        ([*STORY, "Copyright Asian News International", "Breaking News"], "ANI"),
    ],
)
def test_a_wire_s_other_names_credit_it(lines: list[str], agency: str) -> None:
    assert extracted(lines).agency == agency


def test_a_byline_under_the_story_s_stamp_over_its_headline_names_the_writer() -> None:
    header = ["Posted at: 12/28/2007 06:23:34 PM", "By: Maria Lopez", "Print Story", "Email to a Friend"]
    text = "\n".join([*MENU, *header, HEADLINE, *STORY, *MENU])
    sources = [Source(id="p", path="p.txt", text=text, meta=SourceMeta())]
    article = extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]
    assert article.authors == ("Maria Lopez",)
    # A byline with no stamp over it, among a list of teasers over the headline, is a teaser's.
    teasers = ["By: Maria Lopez", "Ferry fares to rise in spring", "By: John Roe", "Council votes on library"]
    text = "\n".join([*MENU, *teasers, HEADLINE, *STORY, *MENU])
    sources = [Source(id="p", path="p.txt", text=text, meta=SourceMeta())]
    assert extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0].authors == ()


def test_a_name_in_a_menu_over_the_story_s_stamp_over_its_headline_is_no_writer() -> None:
    menu = ["Match Reports", "|", "Transfer News", "|", "Maria Lopez", "30 December 2007"]
    text = "\n".join([*MENU, *menu, HEADLINE, *STORY, *MENU])
    sources = [Source(id="p", path="p.txt", text=text, meta=SourceMeta())]
    assert extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0].authors == ()
