"""Byline authors: the people a story's byline and credit lines name, without roles, desks, outlets or stamps."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import SourceMeta
from .agency import agency_name, byline_agency_name, split_agency_suffix
from .agency_names import AGENCY_ROLE
from .byline_cues import (
    AUTHOR_LINK_LEAD,
    AUTHOR_RUN_ON,
    AUTHORS_REPORTING_BY,
    BRAND_WORD,
    BUREAU_CITIES,
    CREDENTIAL,
    FOLLOW_AUTHOR,
    GLUED_OUTLET,
    HEADLINE_WORDS,
    NAME_PARTICLES,
    NAMES_END,
    NAMES_LEAD,
    NAMES_SPLIT,
    NAMES_STAMP_LEAD,
    NOT_AUTHORS,
    OUTLET_WORDS,
    PLACE_SUFFIX,
    ROLE_PART,
    ROLE_SUFFIX,
    TAGLINE,
)
from .date_patterns import DATE_OR_TIME, MONTH_NUMBERS
from .page_cues import BYLINE, NAMED_BYLINE, POSTED_BY, SIGNATURE, STAMP_BY
from .post_lines import post_line_writers
from .text import MONTHS, unmangled_spaces

_MAX_NAME_WORDS = 5
_MONTHS = frozenset(MONTHS)
# A month's short form in a field of its own, left from a stamp ("Feb", "Dec."); not "Jun" or "Jul", names' words.
_MONTH_ABBREVIATIONS = frozenset(m.capitalize() for m in MONTH_NUMBERS) - _MONTHS - {"Jun", "Jul"}
# A site's address written as its name: "Harbour.com", "gazette.co.uk".
_SITE_ADDRESS = re.compile(r"\b[A-Za-z][\w-]*\.(?:com|net|org|co\.uk|com\.au|ca|info)\b")
# A wire's name spelled out in capitals ("ASSOCIATED PRESS", "REUTERS"), not its initials ("AP").
_SPELLED_WIRE_CHARS = 5


def find_authors(
    meta: SourceMeta, bylines: Sequence[str], signoffs: Sequence[str], given_names: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Return the byline's author names, agencies, roles, outlets and stamps left out, in byline order."""
    names: list[str] = []
    for line in bylines:
        if names and _photo_credit(line):
            continue
        names += byline_names(line, given_names)
    if meta.byline and not (names and _photo_credit(meta.byline)):
        names += _metadata_writers(meta.byline, given_names)
    # A post signed at its foot ("By Jane Doe in News | Link | Comments (1)", "Posted by Jane Doe at 12:03
    # PM | Email This"), when nothing above names the writer: the first such line only, as others under
    # it belong to comments or teasers.
    footer = next(
        (
            cell
            for line, cell in ((line, line.split(" | ", 1)[0].strip()) for line in signoffs)
            if (cell[:3].lower() == "by " and BYLINE.match(cell)) or POSTED_BY.match(line.strip())
        ),
        None,
    )
    if not names and footer is not None:
        names += byline_names(footer, given_names)
    for signoff in signoffs:
        for match in AUTHORS_REPORTING_BY.finditer(NOT_AUTHORS.sub("", signoff)):
            names += [n for n in (_clean(p) for p in NAMES_SPLIT.split(match.group("names"))) if n]
        signed = SIGNATURE.match(signoff.strip())
        # An outlet signing its copy ("- Next Auto News") names no writer.
        if signed and agency_name(signed.group("name")) is None and not OUTLET_WORDS.search(signed.group("name")):
            names.append(signed.group("name"))
        # A columnist's closing line names the writer when no byline does: "Jane Roe can be reached at …".
        tagged = TAGLINE.match(signoff.strip()) or FOLLOW_AUTHOR.match(signoff.strip())
        if tagged and not names and tagged.group("name").split()[0] in given_names:
            names.append(tagged.group("name"))
    # The writer and the outlet signing the story off, when nothing above names the writer: "Jane Roe, Harbour.com".
    signed_off = next((line for line in signoffs[:1] if writer_and_outlet(line)), None)
    if not names and signed_off is not None:
        names += byline_names(signed_off, given_names)[:1]
    # One word of a name found in full, from a link beside it ("Michael Rothman, More Michael"): no other writer.
    words = {w for name in names if " " in name for w in name.split()}
    kept = (_as_written(n) for n in _fullest(names) if " " in n or n not in words)
    return tuple(dict.fromkeys(kept))


def _metadata_writers(byline: str, given_names: frozenset[str]) -> list[str]:
    """Return the writers a metadata byline names. Its fields set apart by semicolons come from the page's several
    author fields, the site's own first: a name in the first field no listed given name opens, before one that
    opens with a listed given name, is the publisher's, not a writer's ("Condé Nast; Molly Wood")."""
    fields = [f for f in byline.split(";") if f.strip()]
    if len(fields) > 1 and given_names:
        fields = fields[next((i for i, f in enumerate(fields) if f.split()[0] in given_names), 0) :]
    return byline_names(";".join(fields), given_names)


def _fullest(names: list[str]) -> list[str]:
    """Return the names with one person written twice, once with a middle initial ("Troy Smith", "Troy L Smith"),
    as the fuller form in the first one's place."""
    out = list(names)
    for i, name in enumerate(out):
        words = name.split()
        for other in names:
            more = other.split()
            initials = all(len(w.rstrip(".")) == 1 for w in more[1:-1])
            if len(more) > len(words) == 2 and more[0] == words[0] and more[-1] == words[-1] and initials:
                out[i] = other
    return out


def _as_written(name: str) -> str:
    """Return a name set in capitals, as wires set bylines, as a name is written: "DOUG FERGUSON" -> "Doug
    Ferguson", "LARRY McKAY" -> "Larry McKay", "MARY J. ROE" -> "Mary J. Roe"; any other name as it is."""
    letters = [c for c in name if c.isalpha()]
    if sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return name
    return " ".join(_word_as_written(word) for word in name.split())


def _word_as_written(word: str) -> str:
    if word.startswith("Mc") and word[2:].isupper():
        return "Mc" + word[2:].title()
    return word.title() if word.isupper() else word


def writer_and_outlet(line: str) -> bool:
    """Return True for a writer's name, a comma and the outlet: "Jane Roe, Harbour Gazette", "Jane Roe,
    Harbour.com" (a site's address for its name). A deck of that shape names no outlet after its comma
    ("Obama Camp, Clinton Camp Trade Jabs")."""
    text = line.strip()
    if "," not in text or not NAMED_BYLINE.match(text):
        return False
    outlet = text.split(",", 1)[1]
    return bool(OUTLET_WORDS.search(outlet) or _SITE_ADDRESS.search(outlet))


def _photo_credit(line: str) -> bool:
    """Return True for a photographer's credit under a byline: a name and a wire in capitals with no
    "By" ("Patrick Semansky, ASSOCIATED PRESS" under "By JANE DOE" and "Associated Press"), as wires
    credit the photos they set at the head of a story."""
    text = line.strip()
    if NAMES_LEAD.match(text) or "," not in text:
        return False
    name, agency = split_agency_suffix(text)
    spelled = agency is not None and agency.isupper() and len(agency) >= _SPELLED_WIRE_CHARS
    return spelled and 2 <= len(name.split()) <= 3


def byline_names(line: str, given_names: frozenset[str] = frozenset()) -> list[str]:
    """Return the names in one byline line ("By JANE DOE and John Roe, AP Writers" -> two names).

    After a comma comes a name ("Jane Doe, John Roe and Sam Poe") or the writer's outlet or desk
    ("Erin Hitchcock, Burnaby Now"): given_names, when known, tell them apart.
    """
    text = unmangled_spaces(line).strip()
    # A post line: date, writer and categories ("05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde").
    writers = post_line_writers(text, given_names)
    if writers:
        return list(writers)
    stamped = STAMP_BY.match(text)  # a stamp before the byline: "5:45 AM PST 11/19/2019 by …"
    if stamped and DATE_OR_TIME.search(stamped.group()):
        text = text[stamped.end() :]
    text = NAMES_LEAD.sub("", text)
    cut = NAMES_END.search(text)
    if cut:
        text = text[: cut.start()]
    stamp = DATE_OR_TIME.search(text)
    if stamp:
        # Without the stamp's own "on" or "at": "By Kashmira Gander On 11/20/19 at 5:46 AM EST".
        text = NAMES_STAMP_LEAD.sub("", text[: stamp.start()])
    # An outlet's name run on to the writer's: "By Jonathan GarberFOXBusiness".
    text = GLUED_OUTLET.split(text, maxsplit=1)[0]
    names = []
    for index, field in enumerate(re.split(r",\s*", text)):
        part = _writer_part(field)
        if part is None or (index and CREDENTIAL.match(part.strip())):
            continue  # a headline's words, or the writer's degrees: "Jane Roe, MS, RD"
        pieces = [_clean(_without_outlet(piece, given_names)) for piece in NAMES_SPLIT.split(part)]
        lead = pieces[0].split()[0] if pieces and pieces[0] else ""
        # A name in capitals after the comma: "JOHN ROE", "LARRY McSHANE" (not a desk: "PA Sport").
        capitals = lead.isupper() and len(lead) > 2 and lead.capitalize() in given_names
        if index == 0 or not given_names or lead in given_names or capitals or (pieces[0] or "").isupper():
            names += [p for p in pieces if p]
    return names


def _writer_part(part: str) -> str | None:
    """Return a byline field without a link's words or a bio run on after the name ("More Stories Ann Lee",
    "Ann Lee Is A Staff Reporter"), or None for a headline's or teaser's words ("Case Relates To Imports") or the
    one a letter is addressed to, under a letters page's empty "By" ("TO KEVIN ROE")."""
    part = AUTHOR_LINK_LEAD.sub("", part.strip())
    cut = AUTHOR_RUN_ON.search(part)
    words = (part[: cut.start()] if cut else part).split()
    if not words or words[0].capitalize() in ("The", "An", "To") or any(w in HEADLINE_WORDS for w in words[1:]):
        return None
    return " ".join(words)


def _without_outlet(part: str, given_names: frozenset[str]) -> str:
    """Return a writer's name without the outlet or bureau's city run on after it, no comma between: "Sam
    J. Poe Harbour Gazette", "Jane Roe Florida Today", "Jane Roe Paris". Told by a listed given name opening
    it, and by two capitalised words or more after the name, or an outlet's word, or a bureau's city."""
    words = part.split()
    if not given_names or len(words) < 3 or words[0] not in given_names:
        return part
    if len(words) == 3:
        # A bureau's city run on to a given name and surname ("Jane Roe Paris"), not a middle name
        # ("Mary Ann Paris") or an initial.
        run_on = words[2] in BUREAU_CITIES and words[1] not in given_names and not words[1].endswith(".")
        return " ".join(words[:2]) if run_on else part
    size = 3 if re.fullmatch(r"[A-Z]\.", words[1]) else 2
    rest = words[size:]
    if words[size - 1].lower() in NAME_PARTICLES or rest[0].lower() in NAME_PARTICLES:
        return part  # a surname with its particles: "Michael J. De La Merced", "Tess De La Mare"
    if not all(w[:1].isupper() for w in rest) or not (len(rest) >= 2 or OUTLET_WORDS.search(" ".join(rest))):
        return part
    return " ".join(words[:size])


def _clean(part: str) -> str | None:
    """Return a byline part as a person's name, or None when it is a role, agency, outlet or place."""
    part = part.strip(" .,:;-–—")
    role = AGENCY_ROLE.match(part)
    # A wire's role with its desk, the whole part: "AP Golf Writer", "Reuters Energy Correspondent".
    if byline_agency_name(part) is not None or (role is not None and role.end() == len(part)):
        return None
    part = split_agency_suffix(part)[0]
    part = PLACE_SUFFIX.sub("", part).strip(" .,:;")
    named = ROLE_SUFFIX.sub("", part)
    if named != part and len(named.split()) >= 2:
        part = named
    words = part.split()
    if len(words) >= 3 and words[-1] in _MONTHS:
        # A stamp's month left after the name when its day went to the next field: "Carrie Arnold November".
        words = words[:-1]
        part = " ".join(words)
    # Not a stamp's month in a field of its own: "February, Tyler Treese", "Feb".
    month = part in _MONTHS or part in _MONTH_ABBREVIATIONS
    if month or not words or len(words) > _MAX_NAME_WORDS or agency_name(part) is not None or part.lower() == "the":
        return None
    if ROLE_PART.search(part) or OUTLET_WORDS.search(part) or any(c.isdigit() for c in part):
        return None
    if BRAND_WORD.match(words[0]):
        return None  # an outlet's brand under the byline: "TMCnet Assignment Editor"
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        # The name twice, as a link and as text: "By Sean Martin Sean Martin".
        words = words[:half]
        part = " ".join(words)
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        # A name written wholly in lower case ("michelle shephard") is still a name.
        return part if part.islower() and 2 <= len(words) <= 3 else None
    return part
