"""Date expressions, absolute and relative, resolved to calendar dates against the publication date.

Weekday resolution is written here, not left to a date parser: news writes "on Thursday" for the
day of publication itself when the article appears on a Thursday, and for the last Thursday
before it otherwise (the future only when the sentence says so: "will meet on Monday").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..model import DateMention, Granularity
from .date_patterns import DATE_EXPRESSION, DATE_WORD, DAY_OF_MONTH_AFTER, DAY_SHIFT, FUTURE_BEFORE, MONTH_NUMBERS
from .text import WEEKDAYS, sentence_spans

# A word that says a bare four-digit number after it is a count, not a year ("roughly 2000 planets", "up to
# 1500 troops"), not itself after a year's preposition ("in nearly 1990"). "About", "over", "than" and
# "estimated" are left out: "about 1987 growth forecasts", "over 1986 levels", "estimated 1987 net" are years.
_COUNT_BEFORE = re.compile(
    r"(?<!\bin\s)(?<!\bsince\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)"
    r"\b(?:roughly|nearly|almost|approximately|up\s+to|at\s+least)\s+$",
    re.I,
)
# The counted word after such a number: a word in lower case, not a preposition or a conjunction ("built around
# 1900 in Leeds" is a year).
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|and|or|but|when|while|where|to|as|with|for|of|by|from|after|before|until|during|the|a|an)\b)"
    r"[a-z]+"
)
# How far before a date expression FUTURE_BEFORE's words can start: its longest word ("expected to")
# and the 80 characters it allows after it, with room to spare.
_FUTURE_REACH = 100
# Most days a story names without a year and in no future tense lie behind it, or close ahead: the next
# meeting, a deadline, a season ending within about three months ("talks resume Dec. 15" in November).
_AHEAD_DAYS = 100
_WEEKDAYS = {name.lower(): n for n, name in enumerate(WEEKDAYS)}
# A weekday written just before a day of the month: "Saturday, May 18", "on Tuesday 3 March".
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(WEEKDAYS)}),?\s+$", re.I)


def parse_reference(date: str | None) -> dt.date | None:
    """Return the publication day from ISO 8601 text, or None when absent or unreadable."""
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date.strip()[:10])
    except ValueError:
        return None


def find_dates(texts: Sequence[str], reference: dt.date | None) -> tuple[DateMention, ...]:
    """Return each distinct date expression once, in text order, resolved when it can be."""
    found: list[DateMention] = []
    seen: set[str] = set()
    for text in texts:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if not DATE_WORD.search(sentence):
                continue
            for match in DATE_EXPRESSION.finditer(sentence):
                mention = _mention(match, sentence, reference)
                if mention is not None and mention.text not in seen:
                    seen.add(mention.text)
                    found.append(mention)
    return tuple(found)


def _mention(match: re.Match[str], sentence: str, ref: dt.date | None) -> DateMention | None:  # noqa: PLR0911
    """Return the date a matched expression stands for."""
    # Its words stand within _FUTURE_REACH characters before the expression: only those are searched.
    future = bool(FUTURE_BEFORE.search(sentence, max(0, match.start() - _FUTURE_REACH), match.start()))
    if match.group("mdy") or match.group("dmy"):
        weekday = _WEEKDAY_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
        return _day_of_month(
            match, ref, future=future, weekday=_WEEKDAYS[weekday.group(1).lower()] if weekday else None
        )
    if match.group("my"):
        month = _month(match.group("m3"))
        return DateMention(match.group(0), f"{int(match.group('y3')):04d}-{month:02d}", "month", False)
    if match.group("month"):
        return _month_alone(match, ref, future=future)
    if match.group("wd"):
        return None if DAY_OF_MONTH_AFTER.match(sentence, match.end()) else _weekday(match, ref, future=future)
    if match.group("rel"):
        return _relative(match, ref)
    if match.group("year") and match.group("y4"):
        counted = _COUNTED_AFTER.match(sentence, match.end())
        if counted and match.group(0) == match.group("y4") and _COUNT_BEFORE.search(sentence, 0, match.start()):
            return None
        return DateMention(match.group("y4"), match.group("y4"), "year", False)
    return None


def _day_of_month(
    match: re.Match[str], ref: dt.date | None, *, future: bool, weekday: int | None = None
) -> DateMention | None:
    """Return "November 27", "27 November 2024" or "April 8-9" (its first day) as a day; without a year, in
    the year its weekday names ("Saturday, May 18"), else the nearest that fits the tense."""
    month = _month(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    year_text = match.group("y1") or match.group("y2")
    if not 1 <= day <= 31:
        return None
    year = int(year_text) if year_text else _year_of_weekday(month, day, ref, weekday)
    year = year or _nearest_year(month, day, ref, future=future)
    return DateMention(match.group(0), _iso_day(year, month, day), "day", year_text is None)


def _year_of_weekday(month: int, day: int, ref: dt.date | None, weekday: int | None) -> int:
    """Return the one year around the reference in which month/day falls on weekday, else 0."""
    if ref is None or weekday is None:
        return 0
    years = [
        y
        for y in (ref.year - 1, ref.year, ref.year + 1)
        if _iso_day(y, month, day) and dt.date(y, month, day).weekday() == weekday
    ]
    return years[0] if len(years) == 1 else 0


def _month_alone(match: re.Match[str], ref: dt.date | None, *, future: bool) -> DateMention:
    """Return "in December" as the month of the nearest year that fits the tense."""
    month = _month(match.group("m4"))
    prep = match.group("mprep").lower()
    year = _nearest_year(month, 15, ref, future=future or prep == "next")
    if ref is not None and prep == "next" and (year, month) <= (ref.year, ref.month):
        year += 1
    if ref is not None and prep == "last" and (year, month) >= (ref.year, ref.month):
        year -= 1
    text = match.group("m4") if prep not in ("last", "next", "this") else match.group(0)
    return DateMention(text, f"{year:04d}-{month:02d}" if year else None, "month", True)


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def _nearest_year(month: int, day: int, ref: dt.date | None, *, future: bool) -> int:
    """Return the year that puts month/day closest to the reference date, ahead of it in the future tense.

    Outside the future tense a date is seldom months ahead ("a March 21 phone call" in November is the
    last March's): one more than _AHEAD_DAYS ahead is taken only when no other year fits.
    """
    if ref is None:
        return 0
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        candidate = dt.date(year, month, min(day, 28))
        if future and candidate < ref - dt.timedelta(days=31):
            continue
        far_ahead = not future and candidate > ref + dt.timedelta(days=_AHEAD_DAYS)
        candidates.append((far_ahead, abs((candidate - ref).days), year))
    return min(candidates)[2]


def _iso_day(year: int, month: int, day: int) -> str | None:
    if not year:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve_weekday(weekday: int, ref: dt.date, *, future: bool, strictly: bool) -> dt.date:
    """Return the date of a weekday (Monday=0) near ref: the latest on or before ref, or the next from it.

    "on Thursday" in an article of Thursday is that day; "last Thursday" (strictly) is a week before.
    """
    if future:
        ahead = (weekday - ref.weekday()) % 7
        if strictly and ahead == 0:
            ahead = 7
        return ref + dt.timedelta(days=ahead)
    back = (ref.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _weekday(match: re.Match[str], ref: dt.date | None, *, future: bool) -> DateMention:
    """Return a weekday expression resolved against the reference date."""
    text = match.group("wd")
    prep = (match.group("wprep") or "").strip().lower()
    if ref is None:
        return DateMention(text, None, "day", True)
    weekday = [w.lower() for w in WEEKDAYS].index(match.group("w").lower())
    future = prep == "next" or (future and prep != "last")
    date = resolve_weekday(weekday, ref, future=future, strictly=prep in ("last", "next"))
    return DateMention(text, date.isoformat(), "day", True)


def _relative(match: re.Match[str], ref: dt.date | None) -> DateMention:
    """Return "last week", "this month", "yesterday", "this afternoon" … resolved against the reference date."""
    text = match.group("rel")
    day_word = (match.group("day") or "").lower()
    unit = (match.group("unit") or "").lower()
    if day_word or unit in ("morning", "afternoon", "evening"):
        shift = DAY_SHIFT.get(day_word, 0)
        return DateMention(text, (ref + dt.timedelta(days=shift)).isoformat() if ref else None, "day", True)
    step = {"last": -1, "next": 1}.get(match.group("rprep").lower(), 0)
    granularity: Granularity = "week" if unit in ("week", "weekend") else "month" if unit == "month" else "year"
    if ref is None:
        return DateMention(text, None, granularity, True)
    if granularity == "week":
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return DateMention(text, f"{year:04d}-W{week:02d}", "week", True)
    if granularity == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return DateMention(text, f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True)
    return DateMention(text, f"{ref.year + step:04d}", "year", True)
