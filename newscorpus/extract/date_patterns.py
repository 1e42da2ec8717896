"""Dates and times as pages and bylines print them: the patterns that find a stamp, apart from the logic.

Read by the page labelling (`page_*`: a stamp line is furniture), the byline and agency readers
(a stamp closing a byline is no name), and the publication date finder (`published`). Written
for what news sites and wire bylines print ("09 January 2008 - 11:14AM", "Updated: 2017-09-15
17:52", "Associated Press November 19, 2019, 9:02 AM"), seen across the web collections.
"""

from __future__ import annotations

import re

from .alternation import alternation
from .month_names import FOREIGN_MONTH_ALTERNATION, FOREIGN_MONTH_NUMBERS
from .text import MONTHS, WEEKDAYS

# A month's name or abbreviation, and a weekday's, as stamps write them (no group; read case-blind):
# each name before its cut forms ("september", "sept", "sep"), written by `alternation` for the engine
# to try quickly.
_MONTH_FORMS = (
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
    "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
)  # fmt: skip
MONTH_ALTERNATION = alternation(_MONTH_FORMS, ignore_case=True)
MONTH_NAME = rf"(?:{MONTH_ALTERNATION})\.?"
_WEEKDAY_OPENINGS = alternation(
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"), ignore_case=True
)
WEEKDAY_NAME = rf"(?:{_WEEKDAY_OPENINGS})(?:day|sday|nesday|rsday|urday)?\.?"
# A full date in another language's month names, the year printed: day first ("02 Ago 2017", "22 de
# janeiro de 2018", "12. März 2019", and "12. November 2019" in English's names) or month first
# ("Maret 30, 2015"). Without its day and year a foreign name is no month: "set", "out", "mai" are words.
_FOREIGN_DAY_MONTH_YEAR = (
    rf"\b(?P<day>\d{{1,2}})\.?\s+(?:del?\s+)?(?P<month>{FOREIGN_MONTH_ALTERNATION}|{MONTH_ALTERNATION})\.?,?"
    r"\s+(?:del?\s+)?(?P<year>(?:19|20)\d{2})\b"
)
_FOREIGN_MONTH_DAY_YEAR = (
    rf"\b(?P<month>{FOREIGN_MONTH_ALTERNATION})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d{{2}})\b"
)
# A numeric date written year first, dotted or slashed ("2016.12.01", "2019/11/20"): a valid month and
# day, not a version's ("v2016.12.01", "version 2016.12.01", "1.2016.12.01") nor run on ("2016.12.01.3").
_YEAR_FIRST = (
    r"(?<![\w.])(?<!version )(?<!release )(?P<year>(?:19|20)\d{2})[./](?P<mon>0?[1-9]|1[0-2])[./]"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?!\w|[./]\d)"
)


def _unnamed(pattern: str) -> str:
    """Return a pattern with its named groups made plain, to be one alternative among others."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# A date or time and little else: "09 January 2008 - 11:14AM", "Updated: 2017-09-15 17:52", "1/17/2008 10:58 am".
DATE_OR_TIME = re.compile(
    rf"\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}(?:T\S+)?"
    rf"|\b\d{{1,2}}-{MONTH_NAME}-\d{{4}}\b|\b\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?=\W|$)"
    rf"|\b{WEEKDAY_NAME}\b|\b(?:updated|posted|published|last modified|modified|created)\b"
    r"|\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\b"
    rf"|{_unnamed(_FOREIGN_DAY_MONTH_YEAR)}|{_unnamed(_FOREIGN_MONTH_DAY_YEAR)}|{_unnamed(_YEAR_FIRST)}",
    re.I,
)
# What marks a date as a page's stamp rather than a date in the news: a stamp word, a time, a weekday, a year.
# (Its first character looked at first: a figure or the first letter of one of its words.)
STAMP_MARK = re.compile(
    rf"(?=[\dacflmpstuw])(?:\b(?:updated|posted|published|last modified|modified|created|filed)\b|\b(?:19|20)\d{{2}}\b"
    rf"|\b\d{{1,2}}:\d{{2}}|\b\d{{1,2}}(?:\.\d{{2}})?\s*[ap]\.?m\b|\b{WEEKDAY_NAME}\b|\bago\b|\d{{1,2}}/\d{{1,2}})",
    re.I,
)
# What else a stamp holds beside its date: years, time zones, "at", "on", "by", separators.
STAMP_FILLER = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:gmt|utc|bst|cet|ist|[ecmp][sd]t|a[ce]dt|aest|et|pt|at|on|by|of|the|last|first|and|am|pm"
    r"|a\.m|p\.m|time)\b"
    r"|[|@,:;.()\-–—]",
    re.I,
)
# A stamp closing a byline: "Associated Press November 19, 2019, 9:02 AM", "AP 11/19/2019 09:02".
TRAILING_STAMP = re.compile(rf"\s+(?:(?i:{WEEKDAY_NAME}),?\s+)?(?:(?i:{MONTH_NAME})\s+\d|\d{{1,2}}[/:.]\d).*$")

# Where a scraper ran a stamp's parts together, as adjacent elements of the page: a year and the
# time after it ("Nov 20 20194:29 AM"), a year and the link after it ("21:17 18.11.2019Get short URL"), a
# time zone and the update after it ("ESTUpdated an hour ago").
_GLUED = re.compile(
    r"(?<=[^\d](?:19|20)\d\d)(?=\d{1,2}:\d{2}\b|[A-Z][a-z])"
    r"|(?:(?<=\b[AP]M)|(?<=\b[ECMP][SD]T)|(?<=\bGMT)|(?<=\bUTC))(?=(?:Updated|Published|Posted)\b)"
)

_ASCII_DIGIT = re.compile(r"[0-9]")


def unglued(text: str) -> str:
    """Return a stamp with the parts a scraper ran together apart: "Nov 20 20194:29 AM" -> "Nov 20 2019 4:29 AM"."""
    # In ASCII text only 0-9 are digits: one search instead of a look at every character.
    digits = _ASCII_DIGIT.search(text) is not None if text.isascii() else any(c.isdigit() for c in text)
    return _GLUED.sub(" ", text) if digits else text


# --- a story's publication stamp, read by `published` ------------------------------------------

# Each month's names and abbreviations, and its number.
MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# Those and the names of other languages, for the stamps that print them.
ANY_MONTH_NUMBERS = {**FOREIGN_MONTH_NUMBERS, **MONTH_NUMBERS}
_MONTH = rf"(?P<month>{MONTH_ALTERNATION})\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# The date forms stamps print with their year (or with it left out, for the English names), in the
# order they are tried.
FULL_STAMP_DATES = (
    # 2017-09-15, and ISO 8601's date and time, the "T" read with the date: 2019-11-18T22:05:36Z
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:\b|T(?=\d{2}:\d{2}))"),
    # (not "Dec 15:58", an hour)
    # Jan 5, 2008 (and a comma set off by spaces, "December 31 , 2007", as some sites print their date line)
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)(?:\s?,)?(?:\s+{_YEAR}\b)?", re.I),
    # Jan, 15, 2008: a comma after the month too, as some templates print it; only with the year, since
    # "May, 15 of them" is no date.
    re.compile(rf"\b{_MONTH},\s+(?P<day>\d{{1,2}}),\s+{_YEAR}\b", re.I),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.I
    ),  # 5 January 2008, and with commas between its parts: "Thursday, 10, January, 2008"
    re.compile(rf"\b(?P<day>\d{{1,2}})-{_MONTH}-{_YEAR}\b", re.I),  # 8-Jan-2008
    re.compile(r"\b(?P<mon>\d{1,2})[/.](?P<day>\d{1,2})[/.](?P<year>(?:19|20)?\d{2})\b"),  # 1/17/2008, 03/03/08
    # 01-08-2008: hyphens only with the year in four figures, as part numbers and scores have none
    re.compile(r"\b(?P<mon>\d{1,2})-(?P<day>\d{1,2})-(?P<year>(?:19|20)\d{2})\b(?!-)"),
    re.compile(_YEAR_FIRST, re.I),  # 2016.12.01, 2019/11/20
    re.compile(_FOREIGN_DAY_MONTH_YEAR, re.I),  # 02 Ago 2017, 22 de janeiro de 2018
    re.compile(_FOREIGN_MONTH_DAY_YEAR, re.I),  # Maret 30, 2015
)
# Every date those read with its year holds two figures in a row ("2018", "08"): a text without
# them holds none, and is not searched with each pattern.
YEAR_FIGURES = re.compile(r"\d\d")
# The same and a date without its year, tried last: 03/03.
STAMP_DATES = (*FULL_STAMP_DATES, re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b(?!/)"))
STAMP_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?::\d{2})?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"|\b(?P<hour24>\d{1,2}):(?P<minute24>\d{2})\b"
    # Four figures and a time zone, as wires and their hosts print the hour: "Updated 0339 GMT (1139 HKT)".
    r"|\b(?P<zoned_hour>[01]\d|2[0-3])(?P<zoned_minute>[0-5]\d)\s+(?:GMT|UTC)\b",
    re.I,
)
# A wire's slug line under its copy: agency, desk, the date month-day-year, then a time code that is the
# wire's own, not an hour the page prints ("AP-ES-01-10-08 0607EST").
WIRE_SLUG_DATE = re.compile(r"\b[A-Z]{2,4}-[A-Z]{2,3}-(?P<mon>\d{2})-(?P<day>\d{2})-(?P<year>\d{2})\b")
# Relative stamps are no date: "4 hrs ago", "yesterday", "just now" (not the month in "02 Ago 2017").
RELATIVE_STAMP = re.compile(
    r"\bago\b(?!\.?\s+(?:de\s+)?(?:19|20)\d{2}\b)|\byesterday\b|\btoday\b|\bjust now\b|\blast (?:week|night)\b", re.I
)
# A server's clock alone in its block, as a page prints the time it was served: "Tue, 15 Jan 2008 14:50:06
# GMT" (the web's own date format, to the second). The same clock stands on every page of a site and
# dates no story; a stamp saying what it is ("Posted : Fri, 11 Jan 2008 11:01:23 GMT") does.
SERVER_CLOCK = re.compile(
    r"^\W*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UTC)\W*$"
)
# A date the page labels as another thing's than the story's: a film's release, a show's premiere, an
# event's opening, an offer's close ("UK cinema release date: 11 January 2008").
OTHER_DATE = re.compile(
    r"\b(?:release|opening|premiere|launch|due|event|closing|expiry|sale|air)\s+dates?\b|\b(?:released|premieres?)\s*:",
    re.I,
)
# Words that say the stamp is the story's first publication, and words that say it was updated since.
PUBLISHED_WORDS = re.compile(r"\b(?:published|posted|created|released?|first published|filed)\b", re.I)
UPDATED_WORDS = re.compile(r"\b(?:updated|last modified|modified|revised)\b", re.I)
# A year stated by the page for the stamps that print none: "© 2008" (a range, "© 2006-07", states none).
PAGE_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)", re.I)
# A copyright range ("© 2006-07") states no one year.
PAGE_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*\d{2,4}")
# A weekday printed in a stamp, and each weekday's number (Monday 0).
STAMP_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAME})\b", re.I)
WEEKDAY_NUMBERS = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
# A year printed anywhere in a stamp.
YEAR_IN_STAMP = re.compile(r"\b((?:19|20)\d{2})\b")
# A numeric date, its first two numbers: which of them is the day tells how the page writes dates.
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:19|20)?\d{2}\b")
# Country domains of sites that write numeric dates day first ("11/01/2008" is 11 January on an Irish
# site, "05/10/2018" 5 October on a Brazilian one); the United States and Canada (which writes both
# ways) are left out, so a page of theirs, or of a .com, keeps the month first.
DAY_FIRST_DOMAINS = frozenset(
    {"uk", "ie", "in", "au", "nz", "za", "br", "ar", "mx", "es", "pt", "it", "fr", "de", "nl", "be", "at", "ch"}
    | {"se", "dk", "no", "fi", "pl", "gr", "ru", "tr", "sg", "my", "pk", "ng", "ke", "cl", "co", "pe"}
)


# --- dates in a story's text, read by `dates` ------------------------------------------------

# Months, weekdays and years as a story's text writes them ("Sept. 5", "on Thursday", "in 1987").
# (Written by `alternation`, for the engine to try quickly: DATE_EXPRESSION reads every sentence of every story.)
_TEXT_MONTH = "(?:" + alternation([*MONTHS, *(m[:3] for m in MONTHS if m != "May"), "Sept"], ignore_case=True) + r")\.?"
_TEXT_FULL_MONTH = "(?:" + alternation(MONTHS, ignore_case=True) + ")"
_TEXT_WEEKDAY = "(?:" + alternation(WEEKDAYS, ignore_case=True) + ")"
_YYYY = r"(?:19|20)\d\d"
# A day of the month right after a weekday: "Saturday, May 18", "Tuesday 3 March". The weekday is read
# with that day, not as a weekday of its own.
DAY_OF_MONTH_AFTER = re.compile(rf",?\s+(?:{_TEXT_MONTH}\s+[0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+{_TEXT_MONTH})")
# Words that tie a bare month or year to the calendar ("in December", "since 2011"); "May" alone
# is a verb too often to be read as a month without one.
_MONTH_PREP_WORDS = ["in", "since", "until", "by", "from", "through", "last", "next", "this", "early", "late", "mid"]
_MONTH_PREP = alternation([*_MONTH_PREP_WORDS, "end of", "before", "after"], ignore_case=True)
_YEAR_PREP = alternation(
    ["in", "since", "until", "by", "from", "of", "before", "after", "through", "for", "early", "late", "mid"],
    ignore_case=True,
)
_UNIT_AFTER = r"[\d,.]\d|\ (?:pct|per|percent|tonnes|dlrs|mln|billion|million|shares)"
# Every expression below opens on one of these characters (a month, a weekday, a preposition, a
# relative word, a day or year's digit): looking at it first turns most word boundaries away at once.
_OPENING = "(?=[abdefijlmnostuwy0-9])"
DATE_EXPRESSION = re.compile(
    rf"""\b{_OPENING}
      (?:(?P<mdy>(?P<m1>{_TEXT_MONTH})\ (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:-[0-3]?\d)?\b(?:,?\ (?P<y1>{_YYYY})\b)?)
      |(?P<dmy>\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\ (?P<m2>{_TEXT_MONTH})(?:,?\ (?P<y2>{_YYYY})\b)?)
      |(?P<my>(?P<m3>{_TEXT_MONTH})\ (?:of\ )?(?P<y3>{_YYYY})\b)
      |(?P<month>\b(?P<mprep>{_MONTH_PREP})\ (?P<m4>{_TEXT_FULL_MONTH})\b(?!\ (?:of\ )?\d))
      |(?P<wd>\b(?P<wprep>(?:on|last|next|this|late|early|since|until|by|from)\ )?(?P<w>{_TEXT_WEEKDAY})\b)
      |(?P<rel>\b(?:(?P<rprep>last|next|this|earlier\ this|later\ this)
                    \ (?P<unit>week|weekend|month|year|morning|afternoon|evening)
                  |(?P<day>today|yesterday|tomorrow|tonight))\b)
      |(?P<year>(?<![\d,.$£€])(?:\b(?:{_YEAR_PREP})\ )?(?P<y4>{_YYYY})\b(?!{_UNIT_AFTER})))
    """,
    re.X | re.I,
)
# What every expression above holds at a word's start: a month's or weekday's first letters, a day
# word, a unit after "last" or "next", or a year. A sentence with none of them is not searched whole.
_DATE_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "tonight", "tomorrow", "yesterday",
    "week", "month", "year", "morning", "afternoon", "evening",
)  # fmt: skip
DATE_WORD = re.compile(rf"\b(?:{alternation(_DATE_WORDS, ignore_case=True)}|19\d\d|20\d\d)", re.I)
# Words before an expression that put it in the future ("will meet on Monday", "due in December").
FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|’ll|'ll|is\ due|are\ due|scheduled|expected\ to|set\ to|plans?\ to|next|would)\b[^.]{0,80}$",
    re.I | re.X,
)
# The day a day word stands for, counted from the publication date.
DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
