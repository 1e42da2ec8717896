"""A day of the month written "1 May", "May 1" or "May One" is one date to matching."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.match.date_words import dates_in_order
from newscorpus.model import Article, Source

CONFIG = Config()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("pay 1 june record 15 may", "pay june 1 record may 15"),
        ("pay june one record may fifteen", "pay june 1 record may 15"),
        ("on 10 april 2031 the board met", "on april 10 2031 the board met"),
        # Not days: a year before a month, a figure too large, a number word before a month.
        ("in 2031 march was dry", "in 2031 march was dry"),
        ("40 june shipments", "40 june shipments"),
        ("one may argue", "one may argue"),
    ],
)
def test_dates_in_order(words: str, expected: str) -> None:
    assert " ".join(dates_in_order(words.split())) == expected


def notice(text: str, id: str) -> Article:
    found = extract_article(Source(id=id, path=f"{id}.txt", text=text), CONFIG)
    assert found is not None
    return found


def test_a_re_sent_notice_with_its_dates_re_keyed_is_one_story() -> None:
    first = notice(
        "ACME WIDGET CORP <ACW> SETS QUARTERLY DIVIDEND\n\nSPRINGFIELD, Ill., March 12 - Qtly div 31 cts vs 31 cts prior qtr\n\n"
        "Pay 1 June\n\nRecord 15 May\n",
        "first",
    )
    again = notice(
        "ACME WIDGET CORP <ACW> SETS QUARTERLY DIVIDEND\n\nSPRINGFIELD, Ill., March 12 - Qtly div 31 cts vs 31 cts prior\n\n"
        "Pay June One\n\nRecord May 15\n",
        "again",
    )
    groups = match_articles([first, again], CONFIG).groups
    assert [sorted(m.id for m in g.members) for g in groups] == [["again", "first"]]
