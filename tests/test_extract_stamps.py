"""Story stamps printed in other languages' month names and year first, and what is no such stamp."""

from __future__ import annotations

import pytest

from newscorpus.extract.date_patterns import DATE_OR_TIME
from newscorpus.extract.published import find_published, parse_stamp
from newscorpus.model import PageBlock


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("02 Ago 2017", "2017-08-02"),  # Italian, Spanish, Portuguese abbreviation
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", "2018-01-22T00:13"),  # Portuguese, with its time
        ("14 de diciembre del 2019", "2019-12-14"),  # Spanish
        ("12. März 2019, 14:05", "2019-03-12T14:05"),  # German, the day dotted
        ("12. November 2019", "2019-11-12"),  # German day with an English-spelt month
        ("Publié le 3 févr. 2018", "2018-02-03"),  # French abbreviation with its full stop
        ("Posted on Maret 30, 2015", "2015-03-30"),  # Indonesian, month first
        ("by Hana Sato / 2016.12.01", "2016-12-01"),  # year first, dotted
        ("2019/11/20 08:15", "2019-11-20T08:15"),  # year first, slashed
    ],
)
def test_stamps_in_other_languages_and_year_first(stamp: str, expected: str) -> None:
    assert parse_stamp(stamp) == expected


def test_a_year_first_date_is_read_so_on_a_site_that_writes_days_first() -> None:
    # The day-first habit of a country's sites swaps "05/10/2018", never a date that opens with its year.
    assert parse_stamp("2017-09-05", day_first=True) == "2017-09-05"
    assert parse_stamp("2016.12.01", day_first=True) == "2016-12-01"


@pytest.mark.parametrize(
    "text",
    [
        "Posted 3 hours ago",  # English "ago": relative, never the month of "02 Ago 2017"
        "Updated 2 days ago",
        "Published 5 mins ago 2019",  # no day before it: still relative
        "Ago 2017",  # a month and a year, no day
        "version 2016.12.01",  # a version number
        "v2016.12.01",
        "2016.12.01.3",  # a longer version number
        "Price 2019.99",  # a price
        "2019.13.01",  # no thirteenth month
        "set out in 2018",  # "set" and "out" are words without a day and a year beside them
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert parse_stamp(text, 2018) is None


def test_a_version_line_is_no_stamp_to_label() -> None:
    assert DATE_OR_TIME.search("Firmware version 2016.12.01 adds Bluetooth") is None
    assert DATE_OR_TIME.search("Pubblicato il 02 ago 2017") is not None


def test_a_foreign_stamp_under_the_headline_dates_the_story_not_a_comment_s() -> None:
    page = (
        PageBlock("headline", "Remake della serie animata per lo streaming"),
        PageBlock("furniture", "Cartoni"),
        PageBlock("furniture", "02 Ago 2017"),
        PageBlock("story", "È stato annunciato in queste ore il remake della serie."),
        PageBlock("comments", "05 Ago 2017"),  # a reader's comment, later
    )
    published = find_published(None, page, None, None)
    assert published is not None
    assert (published.date, published.source) == ("2017-08-02", "page")


def test_a_relative_stamp_beside_the_headline_gives_no_date() -> None:
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("furniture", "Posted 3 hours ago"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
    )
    assert find_published(None, page, None, None) is None


def test_a_stamp_with_commas_between_its_parts() -> None:
    assert parse_stamp("Thursday, 10, January, 2008, 09:14") == "2008-01-10T09:14"
    assert parse_stamp("Won 3, Lost 2") is None  # figures and commas, no month


def test_a_stamp_among_the_story_s_closing_lines() -> None:
    # The page prints the stamp after the last paragraph, before the story's line of tags.
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
        PageBlock("story", "The union said the deal would hold for two years."),
        PageBlock("furniture", "17/01/2008 18:04:44"),
        PageBlock("story", "Also see: HARBOUR - STRIKES - UNIONS"),
        PageBlock("related", "18/01/2008 Port reopens"),  # a related story's date: never the story's
    )
    published = find_published(None, page, None, None)
    assert published is not None
    assert published.date == "2008-01-17T18:04"


def test_a_related_story_s_date_inside_the_span_is_not_the_story_s() -> None:
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
        PageBlock("related", "18/01/2008 Port reopens"),
        PageBlock("story", "The union said the deal would hold for two years."),
    )
    assert find_published(None, page, None, None) is None


def test_comments_stamps_inside_the_span_are_not_the_story_s() -> None:
    # The span ran into readers' comments: several dated lines, none of them the story's stamp.
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
        PageBlock("furniture", "August 8, 2018 at 3:17 pm"),
        PageBlock("story", "Great news for the port, thanks for writing this."),
        PageBlock("furniture", "August 11, 2018 at 11:35 am"),
        PageBlock("story", "Glad you liked it!"),
    )
    assert find_published(None, page, None, None) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # A video's title under the byline holds a date in its words, no stamp: the page prints none.
        ("Top harbour headlines for Nov. 19", None),
        # A stamp alone, or one that says it is one, dates the story.
        ("Nov 19", "2019-11-19"),
        ("Posted on the harbour desk Nov. 19", "2019-11-19"),
    ],
)
def test_a_date_in_a_line_of_text_is_no_stamp(line: str, date: str | None) -> None:
    # The wire's copyright line states the story's year (the site's own would not).
    page = (
        PageBlock("furniture", "© 2019 The Associated Press"),
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("byline", "By Jane Roe"),
        PageBlock("furniture", line),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
    )
    published = find_published(None, page, None, None)
    assert (published.date if published else None) == date


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("[ Published: 8-Jan-2008 ]", "2008-01-08"),  # day, month's abbreviation and year joined by hyphens
        ("01-08-2008", "2008-01-08"),  # numbers joined by hyphens, month first
        ("15-01-2008", "2008-01-15"),  # no month 15: day first
        ("Score 3-1-2 in 2008", None),  # a score and a year, no date
        ("Part 10-20-2008-X", None),  # a part number running on past the year
    ],
)
def test_dates_joined_by_hyphens(stamp: str, expected: str | None) -> None:
    assert parse_stamp(stamp) == expected


def test_a_date_joined_by_hyphens_under_the_headline_is_the_stamp() -> None:
    page = (
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("furniture", "01-08-2008"),
        PageBlock("story", "Dock workers returned to work on Tuesday after a long strike at the port."),
        PageBlock("story", "The union said the deal would hold for two years."),
    )
    published = find_published(None, page, None, None)
    assert published is not None
    assert published.date == "2008-01-08"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UK cinema release date: 11 January 2008", None),  # the film's date, not the review's
        ("Opening date: 11 January 2008", None),
        ("Published: 11 January 2008", "2008-01-11"),
    ],
)
def test_a_date_labelled_as_another_thing_s_is_no_stamp(line: str, expected: str | None) -> None:
    page = (
        PageBlock("headline", "Harbour Lights"),
        PageBlock("furniture", line),
        PageBlock("story", "The film follows a harbour pilot through one long winter night at sea."),
        PageBlock("story", "Its cast is small and its score is spare, and it works."),
    )
    published = find_published(None, page, None, None)
    assert (published.date if published else None) == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "Monday 5:30PM",  # a weekday and a time: the page's own stamp, with no date
        "Posted 4 hours ago",  # a relative stamp
    ],
)
def test_a_teaser_s_date_over_the_headline_is_not_the_story_s_when_its_own_stamp_has_none(stamp: str) -> None:
    page = (
        PageBlock("furniture", "Harbour board names new chair"),  # a related post's title, writer and stamp
        PageBlock("furniture", "Jane Roe"),
        PageBlock("furniture", "11/12/19 4:40PM"),
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("byline", "Sam Poe"),
        PageBlock("furniture", stamp),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
    )
    assert find_published(None, page, None, None) is None


def test_a_dated_stamp_over_the_headline_still_dates_a_story_whose_header_prints_none() -> None:
    page = (
        PageBlock("furniture", "11/12/19 4:40PM"),
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("byline", "Sam Poe"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
    )
    published = find_published(None, page, None, None)
    assert published is not None and published.date == "2019-11-12T16:40"
