"""Pick each group's reference version: wire copy first, then the most complete, then the earliest.

What is known about an article besides its text (outlet, publication date, wire credit) comes from
extraction alone, as `Facts` built by `facts_of`: the credit is the strongest of `Article.agencies`
(metadata, dateline credit, byline, sign-off or credit line, "told AFP" in the body).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article


@dataclass(frozen=True)
class Facts:
    """What is known about an article besides its text; every field may be unknown."""

    outlet: str | None = None
    date: str | None = None
    """ISO 8601 date or date-time; compared as text, so only like with like."""
    credit: str | None = None
    """Wire agency credited (its house name, "AP", "Reuters")."""


def facts_of(article: Article) -> Facts:
    """Return what extraction found about an article besides its text: outlet, date, wire credit."""
    return Facts(outlet=article.outlet, date=article.published, credit=article.agency)


def wire_credit(article: Article, facts: Facts) -> str | None:
    """Return the wire agency an article credits: the facts' (from metadata, when given), else extraction's."""
    return facts.credit or article.agency


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
    dated = sorted(c.date for c in candidates if c.date)
    if best.date and len(dated) > 1:
        first = "it is the earliest, dated" if best.date == dated[0] else "it is dated"
        reasons.append(f"{first} {_when(best.date)}")
    return best, "Chosen as the reference because " + ", ".join(reasons) + "."


def _when(date: str) -> str:
    """Return an ISO date and time as a reader reads it: the day, then the time when one is given."""
    day, _, time = date.partition("T")
    time = time[:5]
    return day if time in ("", "00:00") else f"{day} {time}"
