"""Pick each group's reference version: wire copy first, then the most complete, then the earliest.

What the input says about an article (outlet, publication date, agency) comes in as `Facts`,
built by `facts_from_sources` from each source's metadata and its dateline or sign-off credit.
When those name no agency, `wire_credit` falls back on the credits extraction found
(`Article.agencies`, which also counts "told AFP" in the body).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Article, Source

# Wire agencies by the names they sign with. A credit in a dateline ("(AP)"), a sign-off line or
# an agency line marks wire copy, which outlets reprint: it is the likeliest original.
_AGENCIES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "pa": "PA",
    "pti": "PTI",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "anadolu": "Anadolu",
    "bloomberg": "Bloomberg",
}
_NAMES = "|".join(sorted((re.escape(k) for k in _AGENCIES), key=len, reverse=True))
# "(AP)", "(Reuters) -", "— AFP", "AFP" or "Reuter" alone on the last line, "By AFP".
_CREDIT = re.compile(rf"^(?:\((?P<a>{_NAMES})\)|(?:[-—–]\s*|by\s+)?(?P<b>{_NAMES}))\.?$", re.I)
# A note crediting an agency under the story: "With inputs from AFP", "(AP contributed to this report)".
_CREDIT_NOTE = re.compile(
    rf"^\(?(?:with )?inputs? from (?:the )?(?P<a>{_NAMES})\b|^\(?(?:the )?(?P<b>{_NAMES}) contributed to this", re.I
)
# An upper-case dateline with the agency in brackets: "CHISINAU (AFP) -", "LONDON, March 3 (Reuters) -".
_DATELINE_CREDIT = re.compile(rf"^[A-Z][A-Z .,'/-]*(?:,[^()]{{0,40}})?\s*\((?P<agency>{_NAMES})\)\s*[-—–:]", re.I)


@dataclass(frozen=True)
class Facts:
    """What is known about an article besides its text; every field may be unknown."""

    outlet: str | None = None
    date: str | None = None
    """ISO 8601 date or date-time; compared as text, so only like with like."""
    credit: str | None = None
    """Wire agency the input credits (metadata), before looking in the text."""


def facts_from_sources(sources: Iterable[Source]) -> dict[str, Facts]:
    """Return each source's facts from its metadata, by source id; the credit also from its text.

    The dateline credit ("HELSINKI (AP) —") is read from the raw text because extraction keeps
    only the dateline's place.
    """
    return {
        s.id: Facts(outlet=s.meta.outlet, date=s.meta.date, credit=_agency(s.meta.agency) or credit_in_text(s.text))
        for s in sources
    }


def credit_in_text(text: str) -> str | None:
    """Return the agency a text credits in its opening dateline or on its last line, if any."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    for line in lines[:3]:
        match = _DATELINE_CREDIT.match(line)
        if match:
            return _agency(match.group("agency"))
    for line in lines[-2:] if len(lines) > 1 else ():
        match = _CREDIT.search(line) or _CREDIT_NOTE.search(line)
        if match:
            return _agency(match.group("a") or match.group("b"))
    return None


def wire_credit(article: Article, facts: Facts) -> str | None:
    """Return the wire agency an article credits: metadata or dateline first, then its sign-off.

    Extraction's credits (``Article.agencies``: dateline, byline, sign-off, "told AFP" in the
    body, strongest first) are used when the source's own facts name none.
    """
    if facts.credit:
        return facts.credit
    if article.agencies:
        return _agency(article.agencies[0].name)
    for block in article.blocks[-2:]:
        match = _CREDIT.search(block.text.strip())
        if match:
            return _agency(match.group("a") or match.group("b"))
    return None


def _agency(name: str | None) -> str | None:
    """Return an agency's usual name, or the name as given when it is not a known wire."""
    if not name or not name.strip():
        return None
    return _AGENCIES.get(name.strip().lower(), name.strip())


@dataclass(frozen=True)
class Candidate:
    """A group member with what the reference choice weighs."""

    index: int
    credit: str | None
    completeness: float
    """Mean share of the other members' words found in this one."""
    date: str | None
    words: int
    id: str


def choose_reference(candidates: Sequence[Candidate]) -> tuple[Candidate, str]:
    """Return the reference version and why it was chosen.

    Wire-credited copy wins, then the version holding most of the others (completeness in
    tenths, so near-ties fall to the date), then the earliest date when known, then the longest.
    """

    def key(c: Candidate) -> tuple[bool, float, bool, str, int, str]:
        return (c.credit is None, -round(c.completeness, 1), c.date is None, c.date or "", -c.words, c.id)

    best = min(candidates, key=key)
    reasons = []
    if best.credit and any(c.credit is None for c in candidates):
        reasons.append(f"it is credited to {best.credit}")
    reasons.append(f"it holds {best.completeness:.0%} of the other versions' text on average")
    if best.date and sum(1 for c in candidates if c.date) > 1:
        reasons.append(f"it is dated {best.date}")
    return best, "Chosen as the reference because " + ", ".join(reasons) + "."
