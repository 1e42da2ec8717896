"""Wire agencies credited by an article: in its dateline, byline, sign-off, credit lines and body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import AgencyCredit, SourceMeta

if TYPE_CHECKING:
    from .structure import Body

from .agency_names import (
    AGENCIES,
    AGENCY_MENTION,
    AGENCY_ROLE,
    AGENCY_SUFFIX,
    BODY_CREDIT,
    BYLINE_INITIALS,
    BYLINE_LEAD,
    BYLINE_SPLIT,
    CITED_AGENCY,
    OUTLET_CREDITS,
    REPORTING_BY,
    WIRE_CAPITALS,
)
from .byline_cues import SIGNOFF
from .date_patterns import TRAILING_STAMP
from .text import fold_name, unmangled_spaces

# A part of a byline in brackets, where a writer's service stands: "Paul Meller (IDG News Service)".
_BRACKETED = re.compile(r"\(([^()]+)\)")
# A credit in brackets at the head of a story, where a dateline's place would stand, with its dash if any:
# "(Reuters) - Broadcom made …", "(CNN) North Korean leader …". Only a wire's, with its dash, credits the story
# (`_opening_credit`); either is who sent the story, not its first words (`headline.derive_headline`).
CREDIT_OPENING = re.compile(r"^\((?P<agency>[^()]{2,40})\)\s*(?:(?P<dash>[-–—]+|:)\s+)?")
# Each written form of an agency, folded, to its house name.
_BY_NAME = {fold_name(form): name for name, forms in AGENCIES.items() for form in forms}


def agency_name(text: str) -> str | None:
    """Return the house name of an agency written as text ("Associated Press" -> "AP"), or None."""
    return _BY_NAME.get(fold_name(text.strip().strip("()—–-?/ ")))


def byline_agency_name(text: str) -> str | None:
    """Return the agency a byline's part names, also by initials only a byline writes alone ("By CP")."""
    return agency_name(text) or BYLINE_INITIALS.get(text.strip(" .,;:"))


def find_agencies(meta: SourceMeta, body: Body, paragraphs: Sequence[str]) -> tuple[AgencyCredit, ...]:
    """Return every agency credited, strongest evidence first, each agency once."""
    credits = [
        *_metadata_credit(meta),
        *_dateline_credits(body),
        *_opening_credit(paragraphs),
        *_byline_credits([*body.bylines, *([meta.byline] if meta.byline else [])]),
        *signoff_credits(body.signoff),
        *_credit_line_credits(body.credit_lines),
        *_body_credits(paragraphs, signed=bool(body.bylines)),
    ]
    unique: dict[str, AgencyCredit] = {}
    for credit in credits:
        unique.setdefault(credit.name, credit)
    return tuple(unique.values())


def _metadata_credit(meta: SourceMeta) -> list[AgencyCredit]:
    name = agency_name(meta.agency) if meta.agency else None
    return [AgencyCredit(name, "metadata", meta.agency or "")] if name else []


def _dateline_credits(body: Body) -> list[AgencyCredit]:
    """Return the agencies in a dateline credit: "(AP)", "(Reuters)", "(AFP/Reuters)"."""
    if not body.dateline_credit:
        return []
    evidence = body.dateline_text or f"({body.dateline_credit})"
    parts = re.split(r"[/,]\s*|\s+and\s+", body.dateline_credit)
    # A wire not listed still credits the story when it is a wire's capitals ("(NNA)", "(KUNA)"); a
    # broadcaster's own ("(CNN)") does not.
    names = [
        agency_name(part) or (part if WIRE_CAPITALS.match(part) and part not in OUTLET_CREDITS else None)
        for part in parts
    ]
    return [AgencyCredit(name, "dateline", evidence) for name in names if name]


def _opening_credit(paragraphs: Sequence[str]) -> list[AgencyCredit]:
    """Return the agency credited at the head of the story without a place: "(Reuters) - Broadcom made …"."""
    match = CREDIT_OPENING.match(paragraphs[0]) if paragraphs else None
    match = match if match and match.group("dash") else None
    name = agency_name(match.group("agency")) if match else None
    return [AgencyCredit(name, "dateline", match.group(0).strip())] if match and name else []


def _byline_credits(lines: Sequence[str]) -> list[AgencyCredit]:
    """Return the agencies a byline names: "By Reuters", "By Jane Doe, The Associated Press", "AP Sports Writer"."""
    credits = []
    for line in lines:
        # A service's credit and a note of the files it used: "CanWest News Service; with files from Reuters".
        pieces = TRAILING_STAMP.sub("", BYLINE_LEAD.sub("", unmangled_spaces(line))).split(";")
        for part in (part for piece in pieces for part in BYLINE_SPLIT.split(piece)):
            name = byline_agency_name(part) or agency_name(split_agency_suffix(part)[1] or "")
            role = AGENCY_ROLE.search(part)
            name = name or (agency_name(role.group("agency")) if role else None)
            # The writer's service in brackets: "Paul Meller (IDG News Service)".
            bracket = _BRACKETED.search(part)
            name = name or (agency_name(bracket.group(1)) if bracket else None)
            if name:
                credits.append(AgencyCredit(name, "byline", line))
    return credits


def _credit_line_credits(lines: Sequence[str]) -> list[AgencyCredit]:
    """Return the agencies named by credit lines under a story: "- REUTERS", "© 2008 The Associated Press"."""
    credits = []
    for line in lines:
        names = _listed_wires(line) or [agency_name(m.group(0)) for m in AGENCY_MENTION.finditer(line)]
        if not any(names) and REPORTING_BY.search(line):
            names = ["Reuters"]  # "(Reporting by …; Editing by …)" is Reuters' closing credit line
        # Every wire a line credits: "AFP/Reuters", "Reuters and AFP contributed to this report".
        credits += [AgencyCredit(name, "signoff", line) for name in dict.fromkeys(names) if name]
    return credits


# Wires listed in a line of their own, however a page cased them: "Reuters - Ap - Afp", "AP/REUTERS".
_WIRE_LIST_SPLIT = re.compile(r"\s*(?:[-–—/,|&+]|\band\b)\s*")


def _listed_wires(line: str) -> list[str | None]:
    """Return the wires of a line that lists wires and nothing else, or an empty list."""
    parts = [p for p in _WIRE_LIST_SPLIT.split(line.strip(" ().")) if p]
    if len(parts) < 2:
        return []
    names = [agency_name(p) or agency_name(p.upper()) for p in parts]
    return names if all(names) else []


def split_agency_suffix(part: str) -> tuple[str, str | None]:
    """Return a byline part without an agency name closing it, and that agency as written."""
    match = AGENCY_SUFFIX.match(part.strip())
    if match and agency_name(match.group("agency")):
        return match.group("name").strip(" ,"), match.group("agency")
    return part, None


def signoff_credits(signoff: str | None) -> list[AgencyCredit]:
    """Return the agency of a closing line: "Reuter", "-- AFP", "(Reporting by …)"."""
    if not signoff:
        return []
    initialled = SIGNOFF.match(signoff.strip())
    if initialled is not None and initialled.group("agencies"):
        # Editors' initials over the agencies used, the first primary: "jm/dm (AFP, dpa)".
        names = [agency_name(part) for part in re.split(r"\s*[,/]\s*", initialled.group("agencies"))]
        return [AgencyCredit(name, "signoff", signoff) for name in names if name]
    name = agency_name(signoff)
    if name is None and REPORTING_BY.search(signoff):
        name = "Reuters"  # "(Reporting by …; Editing by …)" is Reuters' closing credit line
    return [AgencyCredit(name, "signoff", signoff)] if name else []


def _body_credits(paragraphs: Sequence[str], *, signed: bool = False) -> list[AgencyCredit]:
    """Return agencies the body credits with its own reporting: "told AFP", "an AP reporter saw"; not an
    agency it also writes of as another's ("Reuters reports", "Reuters news agency").

    In a story its writers sign (signed: it has a byline), a wire someone spoke to ("told AFP") is their
    source; the wire's own practice ("the Associated Press isn't identifying him") still credits it.
    """
    cited = {
        agency_name(match.group("a1") or match.group("a2"))
        for paragraph in paragraphs
        for match in CITED_AGENCY.finditer(paragraph)
    }
    credits = []
    for paragraph in paragraphs:
        for match in BODY_CREDIT.finditer(paragraph):
            if signed and match.group("a1"):
                continue
            name = agency_name(match.group("a1") or match.group("a2") or match.group("a3"))
            if name and name not in cited:
                credits.append(AgencyCredit(name, "body", match.group(0)))
    return credits
