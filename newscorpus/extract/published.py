"""The publication date: the input's metadata, else the stamp the page prints for its story, else a dated dateline.

A scraped page prints its story's date in a stamp by the headline or byline ("Updated: March 3 @ 6:52
am", "Posted 03/03/08, 06:45am", "Published: Friday, January 11, 2008"). The same page prints other
dates that are not the story's: today's date in the masthead, a forecast, related stories' and
readers' comments' stamps, "4 hrs ago". Only a stamp near the story's headline, byline or first
paragraph counts, a relative one never does, and a stamp without a year takes it only from the
same page (a copyright line, another full date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from ..model import PageBlock
from .date_patterns import (
    ANY_MONTH_NUMBERS,
    DATE_OR_TIME,
    DAY_FIRST_DOMAINS,
    FULL_STAMP_DATES,
    NUMERIC_DATE,
    OTHER_DATE,
    PAGE_YEAR,
    PAGE_YEAR_RANGE,
    PUBLISHED_WORDS,
    RELATIVE_STAMP,
    SERVER_CLOCK,
    STAMP_DATES,
    STAMP_MARK,
    STAMP_TIME,
    STAMP_WEEKDAY,
    UPDATED_WORDS,
    WEEKDAY_NUMBERS,
    WIRE_SLUG_DATE,
    YEAR_FIGURES,
    YEAR_IN_STAMP,
    unglued,
)
from .page_cues import AGENCY_NAMED

PublishedFrom = Literal["metadata", "page", "dateline"]

# A post quoted in the story signs with its author's handle and its own date: no stamp of the story.
_QUOTED_POST = re.compile(r"\(@\w+\)|\bpic\.twitter\.com\b")
# A feed's closing line naming the story's first publication, where and when.
_ORIGINALLY_APPEARED = re.compile(
    r"\boriginally (?:appeared|published) (?:on|in|at) .{1,60}? on (?P<stamp>.{6,60}?)(?:\.\s|\.?$)", re.I
)
_DIGIT = re.compile(r"\d")
# The blocks of the story itself, whose full dates state its year.
_STORY_LABELS = ("story", "headline", "byline")
# How near the story's headline, byline or first paragraph a stamp must stand, in blocks.
_STAMP_REACH_ABOVE = 6
_STAMP_REACH_BELOW = 3
# The site's masthead prints today's date among the page's first lines this many blocks at most, and
# at least this many blocks over the story's headline: "Online edition of …", "Tuesday, Jan 15, 2008",
# "ePaper | Mobile", the site's menus.
_MASTHEAD_BLOCKS = 3
# A block longer than this is a paragraph, not a stamp, even with a date in it.
_STAMP_MAX_WORDS = 20
# A stamp of more words than this says it is one, or prints a year, a time or a weekday: "Top
# headlines for Nov. 19" over a video is a teaser's title, "Nov 19" alone a stamp.
_UNMARKED_STAMP_WORDS = 4
# A stamp under the headline printing no date ("Monday 5:30PM", "Posted 4 hours ago") is this many words at most.
_UNDATED_STAMP_WORDS = 6


@dataclass(frozen=True)
class Published:
    """A publication date and where it was read."""

    date: str
    """ISO 8601 date, or date and time ("2008-01-05T06:52") when the page prints one."""
    source: PublishedFrom
    evidence: str
    """The metadata value, the page's stamp or the dateline, as written."""


def find_published(
    meta_date: str | None,
    page: Sequence[PageBlock],
    dateline_text: str | None,
    dateline_date: str | None,
    url: str | None = None,
) -> Published | None:
    """Return the story's publication date: metadata, else the page's stamp for it, else its dated dateline.

    url, the page's address when the input gives it, tells from the site's country domain whether its
    numeric dates are written day first.
    """
    if meta_date and meta_date.strip():
        return Published(meta_date.strip(), "metadata", meta_date.strip())
    if not dateline_date and not any(b.label != "story" and any(c.isdigit() for c in b.text) for b in page):
        return _feed_stamp(page)  # no line beside the story holds a figure: no stamp, but a feed's line
    year = _page_year(page)
    latest = _LatestDate(page)
    stamp = _story_stamp(page, year, _day_first(page) or _day_first_site(url), latest) or _feed_stamp(page)
    if stamp is not None:
        return stamp
    if dateline_date and dateline_text:
        parsed = parse_stamp(dateline_date, year, latest=latest())
        if parsed is not None:
            return Published(parsed, "dateline", dateline_text)
    return None


def parse_stamp(
    text: str, year: int | None = None, *, day_first: bool = False, latest: str | None = None
) -> str | None:
    """Return the date (and time) a stamp prints as ISO 8601, or None when it prints no full date.

    year completes a stamp that prints none ("March 3 @ 6:52 am"), unless the stamp prints its year
    elsewhere ("Sat, 29 Dec 15:58:00 2007"); numeric dates are read month first ("1/17/2008"), or
    day first when the page writes them so (day_first) or the first number cannot be a month. latest,
    the latest date the page prints, rules out a reading after it: "12/31" on a page of January
    2008 is the last day of 2007, "07/01/2008" there is the 7th of January.
    """
    if not _DIGIT.search(text):
        return None  # every date form below holds a figure (most short lines of a page hold none)
    # "4 hrs ago" is never turned into a date; a date printed beside it is read ("Published Wed, Nov
    # 20 2019 4:29 AM EST Updated an hour ago").
    text = RELATIVE_STAMP.sub(" ", unglued(text))
    slug = WIRE_SLUG_DATE.search(text)
    if slug is not None:
        # A wire's slug dates the copy; its time code is no printed hour.
        month, day, year = int(slug.group("mon")), int(slug.group("day")), 2000 + int(slug.group("year"))
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= _days_in(month, year) else None
    for pattern in STAMP_DATES:
        match = pattern.search(text)
        if match is None:
            continue
        readings = _readings(match, text, year, day_first=day_first)
        if not readings:
            continue
        # A weekday printed beside the date tells the reading ("Monday | 07/01/2008" is 7 January).
        weekday = STAMP_WEEKDAY.search(text)
        if weekday:
            named = WEEKDAY_NUMBERS[weekday.group(1).lower()[:3]]
            readings = [r for r in readings if dt.date.fromisoformat(r).weekday() == named] or readings
        date = next((r for r in readings if latest is None or r <= latest), readings[0])
        time = _time_in(text[: match.start()] + " " + text[match.end() :])
        return f"{date}T{time}" if time else date
    return None


def _readings(match: re.Match[str], text: str, year: int | None, *, day_first: bool) -> list[str]:
    """Return the ISO dates a date match can stand for, likeliest first."""
    fields = match.groupdict()
    month = ANY_MONTH_NUMBERS.get(fields["month"].lower().rstrip(".")) if fields.get("month") else int(fields["mon"])
    day = int(fields["day"])
    orders = [(month, day)]
    year_first = fields.get("year") is not None and match.start("year") < match.start("day")
    if fields.get("mon") and month is not None and day <= 12 and not year_first:
        # Both numbers can be a month: the page's way first, the other after; dotted dates
        # ("07.01.08") are written day first wherever they are written, and a date that opens
        # with its year ("2016.12.01", "2017-09-05") puts its month next everywhere.
        dotted = "." in match.group(0)
        first_day = day_first or month > 12 or dotted
        orders = [(day, month), (month, day)] if first_day else [(month, day), (day, month)]
    found = fields.get("year") or next(iter(YEAR_IN_STAMP.findall(text)), None)
    if found:
        years = [int(found) if len(found) == 4 else 2000 + int(found)]
    elif year is not None:
        years = [year, year - 1]
    else:
        return []
    return [
        f"{y:04d}-{m:02d}-{d:02d}"
        for m, d in orders
        for y in years
        if m is not None and 1 <= m <= 12 and 1 <= d <= _days_in(m, y)
    ]


def _date_from(match: re.Match[str], year: int | None) -> str | None:
    """Return the likeliest ISO date of a date match, or None when it is no valid date or has no year."""
    readings = _readings(match, match.string, year, day_first=False)
    return readings[0] if readings else None


def _days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _time_in(text: str) -> str | None:
    """Return the time a stamp prints as HH:MM (24 hours), or None."""
    match = STAMP_TIME.search(text)
    if match is None:
        return None
    if match.group("hour24") is not None:
        hour, minute = int(match.group("hour24")), int(match.group("minute24"))
    elif match.group("zoned_hour") is not None:
        hour, minute = int(match.group("zoned_hour")), int(match.group("zoned_minute"))
    else:
        hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _page_year(page: Sequence[PageBlock]) -> int | None:
    """Return the year the page states for its story: in the story's copyright line (a wire's, or one among its
    credit lines), else the commonest year of the story's own full dates. Not the site's: its footer's copyright
    and its masthead's date are the same on every story of the site, whatever year the story is of."""
    for block in page:
        match = PAGE_YEAR.search(block.text)
        if match and (block.label == "byline" or AGENCY_NAMED.search(block.text)):
            return int(match.group("year"))
    years: Counter[int] = Counter()
    for block in page:
        if block.label not in _STORY_LABELS:
            continue
        if len(block.text.split()) <= _STAMP_MAX_WORDS and not PAGE_YEAR_RANGE.search(block.text):
            full = parse_stamp(block.text)
            if full is not None:
                years[int(full[:4])] += 1
    return max(sorted(years), key=lambda y: years[y]) if years else None


def _day_first(page: Sequence[PageBlock]) -> bool:
    """Return True when the page writes numeric dates day first: one of them cannot be read month first."""
    for block in page:
        for first, second in NUMERIC_DATE.findall(block.text):
            if int(first) > 12 >= int(second):
                return True
            if int(second) > 12 >= int(first):
                return False
    return False


def _day_first_site(url: str | None) -> bool:
    """Return True when the page's address is on a country domain whose sites write dates day first."""
    host = urlsplit(url).hostname if url and "//" in url else None
    return host is not None and host.rsplit(".", 1)[-1].lower() in DAY_FIRST_DOMAINS


def _latest_named_date(page: Sequence[PageBlock]) -> str | None:
    """Return the latest full date the page prints unambiguously.

    A date with its month's name and year ("Wednesday, January 16, 2008"), an ISO date, or a
    numeric date whose day cannot be its month ("1/17/2008"): the page was printed on or after it.
    """
    dates = []
    for block in page:
        if len(block.text.split()) > _STAMP_MAX_WORDS or not YEAR_FIGURES.search(block.text):
            continue
        for pattern in FULL_STAMP_DATES:
            for match in pattern.finditer(block.text):
                readings = _readings(match, "", None, day_first=False) if match.group("year") else []
                if len(set(readings)) == 1:
                    dates.append(readings[0])
    return max(dates) if dates else None


def _feed_stamp(page: Sequence[PageBlock]) -> Published | None:
    """Return the date a feed's closing line gives the story's first publication: "… originally appeared
    on BGR.com on Mon, 1 Jan 2018 at 10:05:01 EDT. Please see our terms for use of feeds."."""
    story = [b.text for b in page if b.label == "story"]
    for text in story[-_STAMP_REACH_BELOW:]:
        match = _ORIGINALLY_APPEARED.search(text)
        parsed = parse_stamp(match.group("stamp")) if match else None
        if match and parsed:
            return Published(parsed, "page", match.group("stamp"))
    return None


class _LatestDate:
    """The latest full date a page prints (`_latest_named_date`), read from the page once and only when asked."""

    def __init__(self, page: Sequence[PageBlock]) -> None:
        self._page = page
        self._read: list[str | None] = []

    def __call__(self) -> str | None:
        if not self._read:
            self._read.append(_latest_named_date(self._page))
        return self._read[0]


def _story_stamp(
    page: Sequence[PageBlock], year: int | None, day_first: bool = False, latest: _LatestDate | None = None
) -> Published | None:
    """Return the date of the stamp the page prints for its story, or None."""
    story = [i for i, b in enumerate(page) if b.label == "story"]
    if not story:
        return None
    first, last = story[0], story[-1]
    top = next((i for i, b in enumerate(page[:first]) if b.label == "headline"), first)
    # A stamp may also close the story among its last lines, before a line of tags ("17/01/2008 18:04:44",
    # then "Also see: …"): the one dated line of the story's span that is not its text (several are
    # the stamps of readers' comments the span ran into).
    dated = [i for i in range(first + 1, last) if page[i].label == "furniture" and DATE_OR_TIME.search(page[i].text)]
    closing = dated if len(dated) == 1 and dated[0] >= last - _STAMP_REACH_BELOW else []
    near = [
        *range(max(0, top - _STAMP_REACH_ABOVE), first),
        *closing,
        *range(last + 1, min(len(page), last + 1 + _STAMP_REACH_BELOW)),
    ]
    latest = latest or _LatestDate(page)
    found: list[tuple[int, int, int, str, str]] = []
    for i in near:
        block = page[i]
        if i < _MASTHEAD_BLOCKS <= top - i and _masthead_date(block.text):
            continue  # today's date in the site's masthead, among its first lines, well over the headline
        if (
            block.label in ("story", "supplemental", "related", "comments")
            or len(block.text.split()) > _STAMP_MAX_WORDS
        ):
            continue
        has_date = DATE_OR_TIME.search(block.text) or WIRE_SLUG_DATE.search(block.text)
        if not has_date or _QUOTED_POST.search(block.text) or SERVER_CLOCK.match(block.text):
            continue
        if OTHER_DATE.search(block.text):
            continue
        if len(block.text.split()) > _UNMARKED_STAMP_WORDS and not STAMP_MARK.search(block.text):
            continue  # a date in a line of text ("Top headlines for Nov. 19"), no stamp
        parsed = parse_stamp(block.text, year, day_first=day_first, latest=latest())
        if parsed is None:
            continue
        # Under the headline (by the byline) first, then above it, then under the story; the first
        # publication before an update; then the stamp nearest the headline.
        zone = 0 if top < i < first else 1 if i < first else 2
        rank = 0 if PUBLISHED_WORDS.search(block.text) else 2 if UPDATED_WORDS.search(block.text) else 1
        found.append((zone, rank, abs(i - top) if i < first else abs(i - last), parsed, block.text))
    if top < first and _undated_header(page[top + 1 : first]):
        found = [candidate for candidate in found if candidate[0] != 1]
    if not found:
        return None
    *_, date, evidence = min(found)
    return Published(date, "page", evidence)


def _masthead_date(text: str) -> bool:
    """Return True for a masthead's date: a weekday and a date, with no time and no word saying it is a stamp
    ("Tuesday, Jan 15, 2008"; not "Posted at: 12/28/2007 06:23:34 PM")."""
    return bool(STAMP_WEEKDAY.search(text)) and not (
        PUBLISHED_WORDS.search(text) or UPDATED_WORDS.search(text) or STAMP_TIME.search(text)
    )


def _undated_header(header: Sequence[PageBlock]) -> bool:
    """Return True when the lines between the headline and the story print its stamp with no date: a weekday
    and a time ("Monday 5:30PM") or a relative stamp ("4 hrs ago"). A dated stamp above the headline is then
    another item's, a teaser's over it ("11/12/19 4:40PM" under a related post's title), not the story's."""
    return any(
        block.label not in ("story", "related", "comments")
        and len(block.text.split()) <= _UNDATED_STAMP_WORDS
        and bool(
            RELATIVE_STAMP.search(block.text) or (STAMP_WEEKDAY.search(block.text) and STAMP_TIME.search(block.text))
        )
        and not any(pattern.search(block.text) for pattern in STAMP_DATES)
        for block in header
    )
