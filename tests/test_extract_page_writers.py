"""Writers named without "By" around a page's headline: post lines, a writer's label, a name over the stamp.

Every page here is made up for these tests: a menu, the lines under test with a headline among them, a story.
"""

from __future__ import annotations

import pytest

from newscorpus.extract import extract_articles, segment_pages
from newscorpus.extract.authors import byline_names, find_authors
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.page_blocks import split_blocks
from newscorpus.extract.post_lines import post_line_writer, post_line_writers
from newscorpus.model import Article, Source, SourceMeta

from .test_extract_page_credits import CONFIG, HEADLINE, MENU, STORY


def extracted(lines: list[str]) -> Article:
    """Return the article of a page of the menu, the lines (the headline among them) and the story."""
    text = "\n".join([*MENU, *lines, *STORY, *MENU])
    sources = [Source(id="p", path="p.txt", text=text)]
    return extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]


def given_names() -> frozenset[str]:
    return load_gazetteer(CONFIG.min_place_population).given_names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # The poster after a cue in the site's language, among the date and the categories.
        ("05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: porto greve", ("Ana Lima",)),
        ("18/11/2019 | Posted by: Jane Roe | Filed in: Harbour", ("Jane Roe",)),
        # The writer right before the date, then a prompt and the categories.
        ("Maria Silva 27/09/2018 Comente! Escola, Música", ("Maria Silva",)),
        # The writer right after the date, the list of categories run on to the name.
        ("21/06/2014 Jane Roe All, Books, News", ("Jane Roe",)),
        # A section's label in the writer's place names nobody: no given name opens it.
        ("21/06/2014 Saúde Pública", ()),
        ("21/06/2014 Harbour News", ()),
        # A site's account is no writer.
        ("Posted by admin on 21/06/2014", ()),
    ],
)
def test_a_post_line_under_the_headline_names_its_writer(line: str, authors: tuple[str, ...]) -> None:
    assert extracted([HEADLINE, line]).authors == authors


def test_a_post_line_needs_a_full_date() -> None:
    names = given_names()
    assert post_line_writer("Jane Roe 27/09/2018 Comente!", names) == "Jane Roe"
    assert post_line_writer("Jane Roe Comente! Escola, Música", names) is None  # no date: a link or a teaser
    assert post_line_writer("Jane Roe 3 hours ago", names) is None  # a relative stamp is no date
    # A paragraph may hold a date and a name: it is no post line.
    long = "Jane Roe said on 21/06/2014 that the harbour would reopen " + "once the cranes are repaired " * 4
    assert post_line_writer(long, names) is None


@pytest.mark.parametrize(
    ("writer", "authors"),
    [
        ("Jane Roe", ("Jane Roe",)),
        ("Harbour Gazette Editorial Staff", ()),  # a desk: no person, and no headline either
    ],
)
def test_a_writer_s_label_alone_names_the_writer_in_the_next_block(writer: str, authors: tuple[str, ...]) -> None:
    article = extracted([HEADLINE, "Author:", writer, "Publish date:", "Oct 4, 2018"])
    assert (article.title, article.authors) == (HEADLINE, authors)


def test_a_writer_s_label_is_not_joined_to_a_sentence() -> None:
    assert split_blocks("Author:\nThe strike ended on Monday.") == ("Author:", "The strike ended on Monday.")
    assert split_blocks("Autor:\nAna Lima") == ("By Ana Lima",)


def test_a_writer_named_over_the_stamp_over_the_headline() -> None:
    article = extracted(["Jane Roe", "Ideas", "11.14.2019 09:00 AM", HEADLINE])
    assert (article.title, article.authors) == (HEADLINE, ("Jane Roe",))


def test_a_name_in_a_menu_over_the_headline_is_no_writer() -> None:
    # No stamp stands between the name and the headline: a columnist's link in the menu.
    article = extracted(["Jane Roe", "Ideas", HEADLINE, "11.14.2019 09:00 AM"])
    assert article.authors == ()


def test_a_topic_s_label_over_the_stamp_is_no_writer() -> None:
    # The headline names the label's person, and has its own byline under it.
    headline = "Harbour strike talks stall amid Jane Roe feud with port owners"
    article = extracted(["Jane Roe", "Published 1 day ago", headline, "By Sam Poe"])
    assert (article.title, article.authors) == (headline, ("Sam Poe",))


def test_writers_joined_over_the_stamp_are_the_byline_not_the_headline() -> None:
    lines = [HEADLINE, "Jane Roe and Sam J. Poe Harbour Gazette", "Published 10:02 AM EST Nov 19, 2019"]
    article = extracted(lines)
    assert (article.title, article.authors) == (HEADLINE, ("Jane Roe", "Sam J. Poe"))


def test_a_headline_naming_two_people_of_the_story_stays_the_headline() -> None:
    headline = "Mary Dockett and John Crane End Harbour Strike"
    stamp, lede = "Published 10:02 AM EST Nov 19, 2019", "Mary Dockett and John Crane signed the deal."
    text = "\n".join([*MENU, headline, stamp, lede, *STORY])
    sources = [Source(id="p", path="p.txt", text=text)]
    article = extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe and Sam J. Poe Harbour Gazette", ["Jane Roe", "Sam J. Poe"]),  # the outlet run on to the names
        ("Jane Roe Florida Today", ["Jane Roe"]),  # an outlet's word after the name
        ("Mary Ann Roe", ["Mary Ann Roe"]),  # a name of three words keeps them all
        ("Jane Roe Smith", ["Jane Roe Smith"]),
    ],
)
def test_an_outlet_run_on_to_the_writers_names(line: str, names: list[str]) -> None:
    assert byline_names(line, given_names()) == names


def test_the_headline_over_a_deck_printed_again_as_the_first_paragraph() -> None:
    # The headline shares few of the lede's words; the deck under it is printed again to open the story.
    headline = "Four Things to See in October"
    deck = "Our picks of the month's harbour events, races and open days for the whole family."
    lines = [headline, deck, "By Jane Roe", "Oct 4, 2018", "Photo: Sam Poe", deck]
    assert extracted(lines).title == headline


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # A blog's name over the post's title is no headline over a deck.
        ("The Dock Workers Blog", HEADLINE),
        ("The Harbour Union Blog", HEADLINE),
    ],
)
def test_a_blog_s_name_over_the_post_s_title_is_no_headline(above: str, title: str) -> None:
    article = extracted([above, HEADLINE, "Previous Post", "Next Post", "October 9, 2018 | by Jane Roe"])
    assert article.title == title
    # A headline in the lede's words over a deck written as a sentence stays the headline.
    deck = "The dock workers accepted a new wage deal on Monday after a week of talks with the port."
    article = extracted(["Harbour Strike Ends", deck, "Previous Post", "Next Post", "October 9, 2018 | by Jane Roe"])
    assert article.title == "Harbour Strike Ends"


def test_a_deck_printed_once_leaves_the_headline_to_the_lede_s_words() -> None:
    deck = "Our picks of the month's harbour events, races and open days for the whole family."
    lines = ["Four Things to See in October", "Harbour Gazette Weekend Extra", HEADLINE, deck]
    assert extracted(lines).title == HEADLINE


@pytest.mark.parametrize(
    ("writer", "authors"),
    [
        ("Author : Jane Roe", ("Jane Roe",)),  # the label and the name in one post line
        ("Writer: Jane Roe", ("Jane Roe",)),
        ("Author : Harbour Desk", ()),  # a desk: its words say so
        # A name whose given name no list holds is still the writer the label names; a role or an outlet is not.
        ("Author : Fakir Balaji", ("Fakir Balaji",)),
        ("Writer: Olusegun Adeyemi", ("Olusegun Adeyemi",)),
        ("Author : Sports News Editor", ()),
        ("Writer: Harbour Gazette", ()),
    ],
)
def test_a_writer_s_label_and_the_name_in_one_line(writer: str, authors: tuple[str, ...]) -> None:
    article = extracted([HEADLINE, "Posted : Tue, 15 Jan 2008 16:23:40 GMT", writer, "Category : Harbour"])
    assert (article.title, article.authors) == (HEADLINE, authors)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A club's name under the headline, over the date, is the source of a club's item.
        ("Florence United", ()),
        ("Madison Club", ()),
        ("Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_club_s_name_under_the_headline_is_no_writer(line: str, authors: tuple[str, ...]) -> None:
    assert extracted([HEADLINE, line, "Tuesday January 8, 2008"]).authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By Jane Roe 14/01/2008", "Sam Poe"], ("Jane Roe",)),  # a name alone under the byline: a photo's tag
        (["By Jane Roe", "Sam Poe"], ("Jane Roe",)),
        (["By", "Jane Roe"], ("Jane Roe",)),  # "By" alone names nobody: the name under it is the writer
        (["Jane Roe", "Published 14 January 2008"], ("Jane Roe",)),
    ],
)
def test_a_name_alone_under_a_by_line_is_no_second_writer(lines: list[str], authors: tuple[str, ...]) -> None:
    article = extracted([HEADLINE, *lines])
    assert (article.title, article.authors) == (HEADLINE, authors)


DECK = (
    "The port authority has unveiled a plan to help the harbour cut the cost of berthing from around 20 dollars"
    " a tonne to 10 by 2030. The plan also aims to double the quay length by the end of the decade."
)


def test_a_deck_over_the_byline_is_no_paragraph_of_the_story() -> None:
    # The date and the writer under the deck, the story's paragraphs under them.
    article = extracted([HEADLINE, DECK, "November 20, 2019 Jane Roe", "Markets", "Harbours"])
    assert (article.authors, article.published) == (("Jane Roe",), "2019-11-20")
    assert DECK not in [block.text for block in article.blocks]


def test_a_first_paragraph_under_the_byline_stays_in_the_story() -> None:
    article = extracted([HEADLINE, "By Jane Roe", DECK])
    assert article.authors == ("Jane Roe",)
    assert article.blocks[0].text == DECK


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Posted by Jane Roe"], ("Jane Roe",)),  # right under the headline: the post's writer
        (["Posted by Jane Roe", "December 31, 2007, 6:21 PM"], ("Jane Roe",)),
        (["Posted by admin"], ()),  # a site's account is no writer
        # Two writers joined by "and" in a line with its date: both, not the first alone.
        (["Written by Maria Lopez and Peter Novak on January 5, 2008"], ("Maria Lopez", "Peter Novak")),
    ],
)
def test_posted_by_right_under_the_headline_is_the_byline(lines: list[str], authors: tuple[str, ...]) -> None:
    article = extracted([HEADLINE, *lines])
    assert (article.title, article.authors) == (HEADLINE, authors)


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        # Every writer joined to the first by "and" or "&", in the cues' languages too.
        ("Written by Jane Roe and John Doe on January 5, 2008", ("Jane Roe", "John Doe")),
        ("05/10/2018 - Publicado por: Ana Lima e Maria Costa - Categoria: Saúde", ("Ana Lima", "Maria Costa")),
        ("October 9, 2018 | by Jane Roe & John Doe", ("Jane Roe", "John Doe")),
        # One word after "and" is no writer's name ("and Friends"); a second name must open with a given name.
        ("Posted by Jane Roe and Friends on January 5, 2008", ("Jane Roe",)),
        ("Posted by Jane Roe and Harbour Gazette on January 5, 2008", ("Jane Roe",)),
        ("Harbour fees rose by 9 percent in 2018", ()),
    ],
)
def test_a_post_line_names_every_writer_joined_by_and(line: str, writers: tuple[str, ...]) -> None:
    assert post_line_writers(line, given_names()) == writers


def test_a_bare_by_after_the_date_s_bar_names_the_poster() -> None:
    names = given_names()
    assert post_line_writer("October 9, 2018 | by Jane Roe", names) == "Jane Roe"
    assert post_line_writer("October 9, 2018 | by Harbour Gazette", names) is None  # no given name
    assert post_line_writer("October 9, 2018 | by", names) is None  # no name after it
    assert post_line_writer("Harbour fees rose by 9 percent in 2018", names) is None  # no bar before "by"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Two writers in capitals joined by a lower-case "and", without "By", right over the story.
        ("ANNA LEE and TOM BAKER", ("Anna Lee", "Tom Baker")),
        ("MARY J. ROE and SAM POE", ("Mary J. Roe", "Sam Poe")),
        # Capitals whose first words are no given names: a label, no writers.
        ("HARBOUR NEWS and SPORT REPORTS", ()),
    ],
)
def test_two_writers_in_capitals_under_the_headline(line: str, authors: tuple[str, ...]) -> None:
    article = extracted([HEADLINE, "Comment | Read Comments (5)", line])
    assert (article.title, article.authors) == (HEADLINE, authors)


@pytest.mark.parametrize(
    ("footer", "authors", "published"),
    [
        # A blog post's footer: the writer, the link to write to them in brackets, a bar, the stamp.
        ("Posted By: Jane M. Roe ( Email ) | December 13 2007 at 07:52 AM", ("Jane M. Roe",), "2007-12-13T07:52"),
        ("Posted by Sam Poe | 14 January 2008 09:10", ("Sam Poe",), "2008-01-14T09:10"),
        # A handle is no writer's name; a line naming no stamp is no footer.
        ("Posted By: harbourfan | December 13 2007 at 07:52 AM", (), None),
        ("Posted By: Jane M. Roe ( Email ) | Comments (2)", (), None),
    ],
)
def test_a_post_s_footer_with_a_bar_names_its_writer_and_dates_it(
    footer: str, authors: tuple[str, ...], published: str | None
) -> None:
    text = "\n".join([*MENU, HEADLINE, *STORY, footer, "Listed Under: Harbour | Comments (2)", *MENU])
    sources = [Source(id="p", path="p.txt", text=text)]
    article = extract_articles(sources, CONFIG, segment_pages(sources, CONFIG)).articles[0]
    assert (article.authors, article.published) == (authors, published)


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        # "Written by" and a stamp under the headline, the writer's degrees after commas: the byline, not a
        # reader's signature, as no comment stands between a headline and its story.
        ("Written by Jane Roe, MS, RD on March 3, 2018", ("Jane Roe",), "2018-03-03"),
        ("Written by Sam Poe, PhD on 14 January 2008", ("Sam Poe",), "2008-01-14"),
    ],
)
def test_written_by_and_a_stamp_under_the_headline_is_the_byline(
    line: str, authors: tuple[str, ...], published: str
) -> None:
    article = extracted([HEADLINE, line])
    assert (article.title, article.authors, article.published) == (HEADLINE, authors, published)


def test_a_writer_s_degrees_are_no_names_but_a_first_name_in_capitals_is() -> None:
    assert byline_names("By Jane Roe, MD") == ["Jane Roe"]
    assert byline_names("By JANE ROE, SAM POE") == ["JANE ROE", "SAM POE"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sam Okafor November", ["Sam Okafor"]),  # a stamp's month left after the name
        ("March, Lena Brandt", ["Lena Brandt"]),  # the month in a field of its own
        ("Admin", []),  # a site's account, no writer
        ("Harbour Gazette Editorial, 4 Min Read", []),
        ("Karen May", ["Karen May"]),  # a surname that is a month stays
        ("By June Okafor and Ann May", ["June Okafor", "Ann May"]),
    ],
)
def test_stamp_months_and_site_accounts_are_no_writers(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        # A surname with its particles is one name, not a name and an outlet run on.
        ("Michael J. De La Merced, Don Clark", ("Michael J. De La Merced", "Don Clark")),
        ("Tess De La Mare", ("Tess De La Mare",)),
        # The outlet written for, however the scraper cased it.
        ("Ann Quill For Dailymail.Com, Associated Press", ("Ann Quill",)),
        # A headline's or a teaser's words the scraper took for authors, every word in capitals.
        ("Case Relates To Steel Imports, What Is The Only Painting Worth", ()),
        ("An Avid Reader, Writer, Motorcyclist", ()),
        # A bio or a bureau run on after the name; a link's words before it.
        ("Ann Quill Is A Staff Reporter At Gizmodo.", ("Ann Quill",)),
        ("Reuters In Berlin, Jamal Danso", ("Jamal Danso",)),
        ("Peter Brandt, More Stories Peter Brandt, More Peter", ("Peter Brandt",)),
        # A stamp's month in a field of its own; a bare label.
        ("Feb", ()),
        ("Olivia Singh, Dec.", ("Olivia Singh",)),
        ("Carsten Grube, Author", ("Carsten Grube",)),
    ],
)
def test_a_scraper_s_author_field(authors: str, names: tuple[str, ...]) -> None:
    assert find_authors(SourceMeta(byline=authors), [], [], given_names()) == names


def test_each_writer_of_a_scraper_s_author_field_keeps_the_outlet_apart() -> None:
    authors = SourceMeta(byline="Ann Quill For Mailonline, Forrest Hale For Dailymail.Com")
    assert find_authors(authors, [], [], given_names()) == ("Ann Quill", "Forrest Hale")


def test_a_wire_s_initials_alone_in_the_byline_credit_the_wire() -> None:
    # "By CP" is The Canadian Press, no writer; "CP" in a story's text stays what the text makes of it.
    article = extracted([HEADLINE, "By CP"])
    assert article.authors == ()
    assert [credit.name for credit in article.agencies] == ["CP"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Another language's "by" or writer's label, the stamp after the name.
        ("Von Jana Roelofs publiziert am 30. Juli 2018", ("Jana Roelofs",)),
        ("Текст: Анна Лебедева·24 сентября 2018", ("Анна Лебедева",)),
        ("Por Ana Lima, 22 de janeiro de 2018", ("Ana Lima",)),
        # A sentence opening with the same word names no one.
        ("Von Montag an gilt im Hafen eine neue Regel", ()),
    ],
)
def test_a_byline_in_another_language_names_the_writer(line: str, authors: tuple[str, ...]) -> None:
    assert extracted([line, HEADLINE]).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # A wire sets its bylines in capitals; the site shows each name as a name is written.
        ("By DOUG HALE", ("Doug Hale",)),
        ("By LARRY McKAY and MARY J. O'NEILL", ("Larry McKay", "Mary J. O'Neill")),
        ("By SANG-HUN CHOE", ("Sang-Hun Choe",)),
        # A name written with small letters stays as written, a title's capitals too.
        ("By Jane Roe MBE", ("Jane Roe MBE",)),
    ],
)
def test_a_byline_in_capitals_is_shown_as_a_name_is_written(byline: str, authors: tuple[str, ...]) -> None:
    assert find_authors(SourceMeta(), [byline], []) == authors
