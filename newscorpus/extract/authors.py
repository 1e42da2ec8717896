"""Byline authors: the people a story's byline and credit lines name, without roles, desks, outlets or stamps."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import SourceMeta
from .agency import agency_name, split_agency_suffix
from .date_patterns import DATE_OR_TIME
from .page_cues import STAMP_BY

# What opens a byline before the names: "By", "by:", "Written by", "Article from:".
_LEAD = re.compile(r"^\W*(?:(?:written|posted|story|words|article|text)\s+)?(?:by|from)\b\s*:?\s*", re.I)
# Where the names end: a stamp, a bar, a dash or a "?" standing for a lost dash ("By JOHN PYE ? 1 day
# ago", "Justine Coleman - 11/18/19 11:04 PM EST", "by Jeff Foust — November 18, 2019").
_END = re.compile(
    r"\s+(?:[|?•·]|--|[-–—])\s+|\s+[|•·]|\s*\|\s*|\s+(?:updated|published|posted)\b"
    # The writer's handle: "Catherine Shu @catherineshu", "Natasha Turak@NatashaTurak".
    r"|\s*@\w",
    re.I,
)
# Names in a byline: split at commas, "and", "&".
_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*|;\s*", re.I)
# A part of a byline that is a role, desk or place rather than a name: "Associated Press Writer",
# "Staff Reporter", "Special to The Globe and Mail", "in Beijing".
_ROLE = re.compile(
    r"\b(?:staff|correspondent|writer|reporter|editor|columnist|contributor|special to|photographer|bureau"
    r"|news service|wire service|agencies|chief|senior|desk)\b",
    re.I,
)
# Words of an outlet's name, never of a person's: "Fox News", "The Globe and Mail", "Broadcasting & Cable".
_OUTLET = re.compile(
    r"\b(?:news|times|post|press|journal|herald|tribune|globe|mail|star|daily|gazette|telegraph|network|media"
    r"|magazine|tv|radio|online|today|weekly|chronicle|examiner|observer|review|wire|digital|group|broadcasting"
    r"|cable|business|sports|entertainment)\b",
    re.I,
)
# "in Baidoa", "for The Independent" after a name.
_PLACE_SUFFIX = re.compile(r"\s+(?:in|at|for|from)\s+\S.*$")
# Name particles that are written in lower case ("Marcus de Guzman", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn"}
)
# A role after a name without a comma: "michelle shephard national security reporter", "Jane Doe Staff Writer".
_ROLE_SUFFIX = re.compile(
    r"(?:\s+(?:staff|senior|chief|national|security|sports|business|political|foreign|diplomatic|economics|technology"
    r"|science|health|legal|entertainment|music|film|tech|special|local|city|metro|state|investigative|associated|press"
    r"|ap|afp|reuters|contributing|managing|deputy|news))*\s+(?:writer|reporter|correspondent|editor|columnist)s?$",
    re.I,
)
# Reuters' credit line: "(Reporting by Jane Roe and John Doe in London; Editing by Sam Poe)". Only
# the reporters and writers are authors; "additional reporting", "with reporting" and editors are not.
_REPORTING_BY = re.compile(r"(?<![Aa]dditional )(?<![Ww]ith )\b(?:[Rr]eporting|[Ww]riting) by (?P<names>[^;()]+)")
_NOT_AUTHORS = re.compile(r"\b(?:additional reporting|with reporting|editing|compiled|graphics?|photos?) by\b.*$", re.I)
# A story signed at its foot: "-- Aaron Gold".
_SIGNED = re.compile(r"^[-–—]+\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s*$")
_MAX_NAME_WORDS = 5
# The word a stamp opens with, left at the end of the names when the stamp is cut off.
_STAMP_LEAD = re.compile(r"\s+(?:on|at)\s*$", re.I)
# A name's last word run on into an outlet's in capitals: "GarberFOXBusiness" (a name's own capitals
# inside it follow at most two lower-case letters: "McDonald", "DeShawn", "MacARTHUR").
_GLUED_OUTLET = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{2})")


def find_authors(
    meta: SourceMeta, bylines: Sequence[str], signoffs: Sequence[str], given_names: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Return the byline's author names, agencies, roles, outlets and stamps left out, in byline order."""
    names: list[str] = []
    for line in [*bylines, *([meta.byline] if meta.byline else [])]:
        names += byline_names(line, given_names)
    for signoff in signoffs:
        for match in _REPORTING_BY.finditer(_NOT_AUTHORS.sub("", signoff)):
            names += [n for n in (_clean(p) for p in _SPLIT.split(match.group("names"))) if n]
        signed = _SIGNED.match(signoff.strip())
        if signed and agency_name(signed.group("name")) is None:
            names.append(signed.group("name"))
    return tuple(dict.fromkeys(names))


def byline_names(line: str, given_names: frozenset[str] = frozenset()) -> list[str]:
    """Return the names in one byline line ("By JANE DOE and John Roe, AP Writers" -> two names).

    After a comma comes a name ("Jane Doe, John Roe and Sam Poe") or the writer's outlet or desk
    ("Erin Hitchcock, Burnaby Now"): given_names, when known, tell them apart.
    """
    text = line.strip()
    stamped = STAMP_BY.match(text)  # a stamp before the byline: "5:45 AM PST 11/19/2019 by …"
    if stamped and DATE_OR_TIME.search(stamped.group()):
        text = text[stamped.end() :]
    text = _LEAD.sub("", text)
    cut = _END.search(text)
    if cut:
        text = text[: cut.start()]
    stamp = DATE_OR_TIME.search(text)
    if stamp:
        # Without the stamp's own "on" or "at": "By Kashmira Gander On 11/20/19 at 5:46 AM EST".
        text = _STAMP_LEAD.sub("", text[: stamp.start()])
    # An outlet's name run on to the writer's: "By Jonathan GarberFOXBusiness".
    text = _GLUED_OUTLET.split(text, maxsplit=1)[0]
    names = []
    for index, part in enumerate(re.split(r",\s*", text)):
        pieces = [_clean(piece) for piece in _SPLIT.split(part)]
        lead = pieces[0].split()[0] if pieces and pieces[0] else ""
        if index == 0 or not given_names or lead in given_names or (pieces[0] or "").isupper():
            names += [p for p in pieces if p]
    return names


def _clean(part: str) -> str | None:
    """Return a byline part as a person's name, or None when it is a role, agency, outlet or place."""
    part = part.strip(" .,:;-–—")
    if agency_name(part) is not None:
        return None
    part = split_agency_suffix(part)[0]
    part = _PLACE_SUFFIX.sub("", part).strip(" .,:;")
    named = _ROLE_SUFFIX.sub("", part)
    if named != part and len(named.split()) >= 2:
        part = named
    words = part.split()
    if not words or len(words) > _MAX_NAME_WORDS or agency_name(part) is not None or part.lower() == "the":
        return None
    if _ROLE.search(part) or _OUTLET.search(part) or any(c.isdigit() for c in part):
        return None
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        # The name twice, as a link and as text: "By Sean Martin Sean Martin".
        words = words[:half]
        part = " ".join(words)
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        # A name written wholly in lower case ("michelle shephard") is still a name.
        return part if part.islower() and 2 <= len(words) <= 3 else None
    return part
