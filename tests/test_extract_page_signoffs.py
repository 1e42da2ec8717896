"""Story metadata on scraped pages: sign-offs the site repeats, lists under the story, services and film credits.

Every page here is made up for these tests: a menu, a headline, the lines under test, a story.
"""

from __future__ import annotations

import pytest

from newscorpus.extract import extract_articles, segment_pages
from newscorpus.model import Article, Source, SourceMeta

from .test_extract_page_credits import CONFIG, HEADLINE, MENU, STORY

# Other pages of the same site, each with a story of its own, to make a line printed on all of them repeated.
OTHER_STORIES = [
    [
        f"The {town} council voted on {day} to close the old library and to build a new one by the river, it said.",
        f"Work on the new library in {town} is to start in the spring and to take two years, the council said.",
    ]
    for town, day in (("Ashford", "Monday"), ("Bexley", "Tuesday"), ("Crewe", "Wednesday"), ("Dover", "Friday"))
]


def extracted(lines: list[str], shared: list[str] | None = None) -> Article:
    """Return the article of a page of the menu, the headline and lines, as a build reads it; shared lines
    close four other pages of the site too."""
    pages = [[*MENU, HEADLINE, *lines, *MENU]]
    pages += [[*MENU, f"Library news {n}", *story, *(shared or []), *MENU] for n, story in enumerate(OTHER_STORIES)]
    sources = [
        Source(id=f"p{n}", path=f"p{n}.txt", text="\n".join(page), meta=SourceMeta()) for n, page in enumerate(pages)
    ]
    return next(a for a in extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles if a.id == "p0")


@pytest.mark.parametrize("signoff", ["- AAP", "-- REUTERS", "— AFP"])
def test_a_wire_s_dashed_sign_off_credits_it_though_the_site_prints_it_on_every_page(signoff: str) -> None:
    tools = ["Story Tools", "Share This Article", "Email To A Friend"]
    # A sentence under the tools, of this page alone, as a share box names the story it saves.
    saved = f"From here you can use the Social Web links to save {HEADLINE} to a social bookmarking site."
    article = extracted([*STORY, signoff, *tools, saved], shared=[signoff, *tools])
    assert article.agency == signoff.strip("-— ").replace("REUTERS", "Reuters")


def test_the_bylines_of_a_list_of_items_under_the_story_credit_nothing() -> None:
    items = [
        *("Minister says both parties are to blame", "By HERALD STAFF", "11/20/2019 01:14 PM"),
        *("Russia calls the strikes a wrong move", "By REUTERS", "11/20/2019 10:08 AM"),
        *("Eleven dead in strike on the border", "By HERALD STAFF", "11/20/2019 09:39 AM"),
        *("China condemns the Senate measure", "By REUTERS", "11/20/2019 04:06 AM"),
    ]
    assert extracted(["By HERALD STAFF", "NOVEMBER 20, 2019 10:43", *STORY, *items]).agency is None
    # A wire's byline over the story's stamp under its last paragraph still credits it.
    assert extracted([*STORY, "By REUTERS", "11/20/2019 10:08 AM", "Print this story"]).agency == "Reuters"


@pytest.mark.parametrize(
    ("credit", "agency", "agencies"),
    [
        # A chain's service crediting the story over a note of a wire's files it used: the service first.
        ("CanWest News Service; with files from Reuters", "CanWest News Service", ("CanWest News Service", "Reuters")),
        ("McClatchy Newspapers", "McClatchy Newspapers", ("McClatchy Newspapers",)),
    ],
)
def test_a_chain_s_news_service_under_the_byline_credits_the_story(
    credit: str, agency: str, agencies: tuple[str, ...]
) -> None:
    article = extracted(["By JANE ROE AND TOM HALE", credit, *STORY])
    assert article.agency == agency
    assert tuple(c.name for c in article.agencies) == agencies
    assert article.authors == ("Jane Roe", "Tom Hale")


def test_a_service_s_credit_with_a_note_of_files_names_no_writer() -> None:
    assert extracted(["CanWest News Service; with files from Reuters", *STORY]).authors == ()


@pytest.mark.parametrize("label", ["directed by", "Starring", "Produced by:"])
def test_a_name_under_a_film_s_credit_label_is_no_byline(label: str) -> None:
    review = ["The film is weaker for its jokes, and the script, sharp as it is, cannot save the last hour of it."]
    article = extracted([label, "Mike Nichols", *STORY, *review, "- Shaun Newport", "Share with: Facebook | Digg"])
    assert article.authors == ("Shaun Newport",)


def article_of(blocks: list[str], url: str | None = None) -> Article:
    """Return the article of a page of exactly these blocks."""
    sources = [Source(id="p", path="p.txt", text="\n\n".join(blocks), meta=SourceMeta(url=url))]
    return extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Today's date in the masthead, among the page's first lines and well over the headline: no stamp.
        ("Tuesday, Jan 15, 2008", None),
        # A stamp saying it is one, or printing its time, is the story's wherever it stands.
        ("Posted at: 01/15/2008 06:23:34 PM", "2008-01-15T18:23"),
        ("Tuesday, Jan 15, 2008 9:05 AM", "2008-01-15T09:05"),
    ],
)
def test_a_masthead_s_date_in_the_page_s_first_lines_is_not_the_story_s_stamp(line: str, published: str | None) -> None:
    header = ["Online edition of the National Paper", line, "ePaper | Mobile Version", *MENU[1:5]]
    assert article_of([*header, HEADLINE, *STORY, *MENU]).published == published


@pytest.mark.parametrize("credit", [["AP - AFP"], []])
def test_a_print_edition_s_line_under_a_clean_story_dates_it_and_keeps_its_credit(credit: list[str]) -> None:
    opening = "LONDON - The harbour strike ended on Monday after dock workers accepted a new wage deal, the union said."
    article = article_of([opening, *STORY[1:], *credit, "(Harbour Daily 10/03/2017 page4)"])
    assert article.published == "2017-10-03"
    assert article.agency == ("AP" if credit else None)


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        # A stamp without a year takes none from the site's footer: the site's copyright is every story's.
        (["Copyright © 2008 Harbour Gazette Inc. All rights reserved."], None),
        # The story's own copyright line, a wire's, states its year.
        (["© 2008 The Associated Press. All rights reserved."], "2008-01-16"),
    ],
)
def test_a_stamp_without_a_year_takes_it_only_from_the_story_s_copyright(
    closing: list[str], published: str | None
) -> None:
    article = extracted(["Last Update: 1/16 3:36 pm", *STORY, "Print this story", *closing])
    assert (article.published or "")[:10] == (published or "")


def test_a_russian_stamp_names_its_month() -> None:
    assert extracted(["24 сентября 2018, 10:15", *STORY]).published == "2018-09-24T10:15"


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # The writer's closing lines under a clean story name its writer.
        (["Email the author.", "Follow Stephen Marsh on Twitter: @StephenMarsh1."], ("Stephen Marsh",)),
        # A prompt to follow someone, with no word of the story's author over it, names no writer.
        (["Follow Stephen Marsh on Twitter: @StephenMarsh1."], ()),
    ],
)
def test_a_writer_s_closing_lines_under_a_clean_story_name_its_writer(
    closing: list[str], authors: tuple[str, ...]
) -> None:
    assert article_of([*STORY, *closing]).authors == authors


@pytest.mark.parametrize("signoff", ["Jane Roe, Harbour.com", "Jane Roe, Harbour Gazette"])
def test_a_writer_and_outlet_signing_the_story_off_is_its_byline(signoff: str) -> None:
    tools = ["Print Story", "Send to a friend", "Contact us"]
    article = extracted([*STORY, signoff, *tools], shared=tools)
    assert article.authors == ("Jane Roe",)


def test_a_deck_of_two_names_and_a_comma_under_the_story_names_no_writer() -> None:
    tools = ["Print Story", "Send to a friend", "Contact us"]
    assert extracted([*STORY, "Port Strike, Union Vote Explained", *tools], shared=tools).authors == ()


def test_a_list_of_a_chain_s_papers_under_the_story_names_no_writer() -> None:
    papers = ["Newspapers", "- Harbour Sun", "- Bayside Sun", "- Northport Sun", "- Westfield Sun"]
    assert extracted([*STORY, "Previous story: Ferry fares rise", *papers]).authors == ()
    # A writer signing the story off on a line of its own still names the writer.
    assert extracted([*STORY, "-- Aaron Gold", "Print this story"]).authors == ("Aaron Gold",)


VOTE = "The dock workers will vote on the deal again in the spring, when the union meets."


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        # A blog post signed at the end of its last paragraph, a dash before the writer's name.
        (
            f"{VOTE} As always, I'm keen to hear your take -- click the Comments link below. -- Aaron Gold",
            ("Aaron Gold",),
        ),
        (f"{VOTE} Tell me what you think of the deal in the comments below. — Jane Roe", ("Jane Roe",)),
        # A wire after the dash credits the wire and names no writer.
        (f"{VOTE} -- AFP", ()),
        # A dash inside the sentence sets off a name, it signs nothing.
        (
            "The dock workers -- Jane Roe among them -- will vote on the deal again in the spring, when the union meets.",
            (),
        ),
    ],
)
def test_a_writer_s_name_after_a_dash_closing_the_last_paragraph_is_its_byline(
    last: str, authors: tuple[str, ...]
) -> None:
    tools = ["Print Story", "Send to a friend", "Contact us"]
    assert extracted([*STORY, last, *tools], shared=tools).authors == authors
