"""Wire agencies credited by an article: in its dateline, byline, sign-off, credit lines and body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import AgencyCredit, SourceMeta

if TYPE_CHECKING:
    from .structure import Body

from .text import fold_name

# Each agency's house name and the ways articles write it. Order matters only for display.
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Reuter", "REUTER", "REUTERS"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo",),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg",),
    "PA": ("PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "ANI": ("ANI",),
    "PTI": ("PTI", "Press Trust of India"),
    "Yonhap": ("Yonhap",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "TASS": ("TASS", "Tass"),
    "Interfax": ("Interfax",),
    "Bernama": ("Bernama",),
    # National and regional wires that reprinted pages credit as often as the big four.
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UNI": ("UNI", "United News of India"),
    "Sapa": ("Sapa", "SAPA", "South African Press Association"),
    "NZPA": ("NZPA", "New Zealand Press Association"),
    "CNA": ("Central News Agency",),
    "AFX": ("AFX News", "AFX"),
    "CanWest News Service": ("CanWest News Service", "Canwest News Service"),
}
_BY_NAME = {fold_name(form): name for name, forms in AGENCIES.items() for form in forms}
# Every written form of every agency, longest first, for alternations in other patterns.
AGENCY_ALTERNATION = "|".join(
    sorted((re.escape(f) for forms in AGENCIES.values() for f in forms), key=len, reverse=True)
)
# Body phrases that credit an agency's own reporting: "told AFP", "AFP reported", "an AFP correspondent".
_BODY_CREDIT = re.compile(
    rf"\b(?:told|telling|said\ to|according\ to|spoke\ to|speaking\ to)\ (?:the\ )?(?P<a1>{AGENCY_ALTERNATION})\b"
    rf"|\b(?:an?\ )?(?P<a2>{AGENCY_ALTERNATION})\ (?:correspondent|reporter|journalist|photographer|team|tally"
    rf"|count)s?\b"
    rf"|\b(?P<a3>{AGENCY_ALTERNATION})\ (?:learned|has\ learned|saw|witnessed|obtained)\b",
    re.X,
)
# "Tass reported" is not there: agencies quoted as a source ("the state news agency Tass
# reported") are organisations the story cites, not the agency credited with it.
# An agency name closing a byline part without a comma: "LORNE COOK Associated Press".
_AGENCY_SUFFIX = re.compile(rf"^(?P<name>.+?)\s+(?:the\s+)?(?P<agency>{AGENCY_ALTERNATION})$", re.I)
# The name of a wire not listed above, as a dateline credits it: a short word in capitals.
_WIRE_CAPITALS = re.compile(r"^[A-Z]{2,6}$")
# An agency in a byline's role: "Associated Press Writer", "AP Sports Writer", "Reuters Correspondent".
_AGENCY_ROLE = re.compile(
    rf"(?:^|\s)(?P<agency>{AGENCY_ALTERNATION})\s+(?:[A-Z][a-z]+\s+)?(?:Writer|Reporter|Correspondent|Editor|Staff)\b",
    re.I,
)
# An agency named in a credit line: any of its written forms as a word, short ones ("AP", "PA") in
# capitals only, so "pa" or "ap" inside other words never count.
_LONG_FORMS = sorted((re.escape(f) for v in AGENCIES.values() for f in v if len(f) > 3), key=len, reverse=True)
_SHORT_FORMS = sorted((re.escape(f) for v in AGENCIES.values() for f in v if len(f) <= 3), key=len, reverse=True)
_AGENCY_MENTION = re.compile(rf"(?<![\w-])(?:(?i:{'|'.join(_LONG_FORMS)})|{'|'.join(_SHORT_FORMS)})(?![\w-])")
# Names in a byline: split at commas, "and", "&".
_BYLINE_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*|\s*\|\s*")
_BYLINE_LEAD = re.compile(r"^By:?\s+")
_REPORTING_BY = re.compile(r"(?:Reporting|Writing|Additional reporting)\ by\ (?P<names>[^;()]+)")


def agency_name(text: str) -> str | None:
    """Return the house name of an agency written as text ("Associated Press" -> "AP"), or None."""
    return _BY_NAME.get(fold_name(text.strip().strip("()—–- ")))


def find_agencies(meta: SourceMeta, body: Body, paragraphs: Sequence[str]) -> tuple[AgencyCredit, ...]:
    """Return every agency credited, strongest evidence first, each agency once."""
    credits = [
        *_metadata_credit(meta),
        *_dateline_credits(body),
        *_byline_credits([*body.bylines, *([meta.byline] if meta.byline else [])]),
        *_signoff_credit(body.signoff),
        *_credit_line_credits(body.credit_lines),
        *_body_credits(paragraphs),
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
    # A wire not listed still credits the story when it is a wire's capitals ("(NNA)", "(KUNA)").
    names = [agency_name(part) or (part if _WIRE_CAPITALS.match(part) else None) for part in parts]
    return [AgencyCredit(name, "dateline", evidence) for name in names if name]


# A stamp closing a byline: "Associated Press November 19, 2019, 9:02 AM", "AP 11/19/2019 09:02".
_TRAILING_STAMP = re.compile(
    r"\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d|\d{1,2}[/:.]\d).*$"
)


def _byline_credits(lines: Sequence[str]) -> list[AgencyCredit]:
    """Return the agencies a byline names: "By Reuters", "By Jane Doe, The Associated Press", "AP Sports Writer"."""
    credits = []
    for line in lines:
        for part in _BYLINE_SPLIT.split(_TRAILING_STAMP.sub("", _BYLINE_LEAD.sub("", line))):
            name = agency_name(part) or agency_name(split_agency_suffix(part)[1] or "")
            role = _AGENCY_ROLE.search(part)
            name = name or (agency_name(role.group("agency")) if role else None)
            if name:
                credits.append(AgencyCredit(name, "byline", line))
    return credits


def _credit_line_credits(lines: Sequence[str]) -> list[AgencyCredit]:
    """Return the agencies named by credit lines under a story: "- REUTERS", "© 2008 The Associated Press"."""
    credits = []
    for line in lines:
        match = _AGENCY_MENTION.search(line)
        name = agency_name(match.group(0)) if match else None
        if name is None and _REPORTING_BY.search(line):
            name = "Reuters"  # "(Reporting by …; Editing by …)" is Reuters' closing credit line
        if name:
            credits.append(AgencyCredit(name, "signoff", line))
    return credits


def split_agency_suffix(part: str) -> tuple[str, str | None]:
    """Return a byline part without an agency name closing it, and that agency as written."""
    match = _AGENCY_SUFFIX.match(part.strip())
    if match and agency_name(match.group("agency")):
        return match.group("name").strip(" ,"), match.group("agency")
    return part, None


def _signoff_credit(signoff: str | None) -> list[AgencyCredit]:
    """Return the agency of a closing line: "Reuter", "-- AFP", "(Reporting by …)"."""
    if not signoff:
        return []
    name = agency_name(signoff)
    if name is None and _REPORTING_BY.search(signoff):
        name = "Reuters"  # "(Reporting by …; Editing by …)" is Reuters' closing credit line
    return [AgencyCredit(name, "signoff", signoff)] if name else []


def _body_credits(paragraphs: Sequence[str]) -> list[AgencyCredit]:
    """Return agencies the body credits with its own reporting: "told AFP", "an AP reporter saw"."""
    credits = []
    for paragraph in paragraphs:
        for match in _BODY_CREDIT.finditer(paragraph):
            name = agency_name(match.group("a1") or match.group("a2") or match.group("a3"))
            if name:
                credits.append(AgencyCredit(name, "body", match.group(0)))
    return credits
