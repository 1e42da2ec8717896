"""Runs that hold more than one name: a titled person and the office before the title, a name "of" a place, a
company "of" where it is, names joined by a slash.

Each rule says where a run breaks and, when it knows, what each piece names; `name_kinds` classifies the pieces it
leaves open. A rule returns None when it does not apply."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import EntityKind
from .agency_names import AGENCIES
from .cues import (
    CONNECTORS,
    FACILITIES,
    GEO_FEATURES,
    KNOWN_ORG_NAMES,
    KNOWN_ORGS,
    NOT_ORG_ENDINGS,
    PERSON_WORDS_BEFORE,
    PORTFOLIOS,
    QUALIFYING_TITLES,
    SPEECH_VERBS,
    SURNAME_ENDINGS,
    TITLES,
)
from .gazetteer import Gazetteer
from .legal_forms import SUFFIX_THEN_WHERE
from .name_junk import before_title, single_junk
from .name_runs import TICKER_AFTER, Ctx, has_org_cue, is_cap, is_title, longer_runs, name_shaped, trim
from .name_tokens import Tok
from .name_words import OFFICE_JOINERS, PART_OF_WORDS
from .place_context import region_after
from .place_lists import PLACE_ALIASES
from .text import NAME_SUFFIXES, fold_name

MentionKind = EntityKind | None
ANY_KIND: tuple[MentionKind, ...] = ("person", "organization", "place", None)
BODIES: tuple[MentionKind, ...] = ("organization", "place")
# A middle initial: the words after it close the same name ("David M. Brown").
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")


@dataclass(frozen=True)
class Piece:
    """Words a rule cut out of a run, with the kind they name when the rule knows it."""

    tokens: tuple[Tok, ...]
    kind: EntityKind | None = None
    """The kind the rule knows the words name; None to classify them like any run."""
    keep: tuple[MentionKind, ...] = ANY_KIND
    """Kinds kept when the words are classified: an office names a body or a place, never a person."""
    initial: bool = False
    """The words open their sentence."""
    cue: bool = False
    """The words around say a person is meant ("Minister Arturo Hernandez")."""


def _piece(
    tokens: Sequence[Tok],
    kind: EntityKind | None = None,
    *,
    keep: tuple[MentionKind, ...] = ANY_KIND,
    initial: bool = False,
    cue: bool = False,
) -> Piece:
    return Piece(tuple(tokens), kind, keep, initial, cue)


def split_company_of(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the company in "Suzuki Motor Co Ltd of Japan" (and the place) or "Shares of Temple Inland Inc".

    A legal form closes a company's name, so "of" a place after it is where the company is from.
    A sentence that opens with a common noun and "of" ("Shares of", "Members of") has the name
    after "of", when that carries an organisation word; a body named by its opening word ("Bank
    of", "Ministry of") or a word also capitalised mid-sentence keeps it.
    """
    words = [t.text for t in part]
    if "of" not in words[1:-1]:
        return None
    at = len(words) - 1 - words[::-1].index("of")
    head, where = part[:at], part[at + 1 :]
    if (
        fold_name(words[at - 1]).rstrip(".") in SUFFIX_THEN_WHERE
        and fold_name(" ".join(t.text for t in where)) in ctx.gaz.places
    ):
        return [_piece(head, "organization"), _piece(where, "place")]
    if (
        initial
        and words[1] == "of"
        and fold_name(words[0]) in PART_OF_WORDS
        and words[0] not in ctx.seen_inside
        and (has_org_cue(words[2:]) or TICKER_AFTER.match(ctx.paragraph, part[-1].end))
    ):
        rest = trim(part[2:])
        return [_piece(rest)] if rest else []
    return None


def split_slashed(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the names a slash joins when one of them is a place ("New York/Montreal",
    "Middle East/Africa", "Canada/U.S."), else None: "Audio/Video" stays one name.
    """
    text = ctx.paragraph[part[0].start : part[-1].end]
    if "/" not in text or has_org_cue([t.text for t in part]):
        return None
    pieces: list[list[Tok]] = [[]]
    for tok in part:
        bits = tok.text.split("/")
        start = tok.start
        for n, bit in enumerate(bits):
            end = start + len(bit)
            if bit not in PLACE_ALIASES and bit + "." in PLACE_ALIASES and ctx.paragraph[end : end + 1] == ".":
                end += 1  # "U.S" then the dot the token left out
            if n:
                pieces.append([])
            pieces[-1].append(Tok(ctx.paragraph[start:end], start, end))
            start += len(bit) + 1
    pieces = [trim(p) for p in pieces if trim(p)]
    if len(pieces) < 2 or not any(_is_place_word(" ".join(t.text for t in p), ctx.gaz) for p in pieces):
        return None
    return [_piece(p) for p in pieces]


def _is_place_word(word: str, gaz: Gazetteer) -> bool:
    """Return True for a place's name, a short form of one ("U.S", "Kaohsiung") or a feature ("Red Sea")."""
    return (
        fold_name(word.rstrip(".")) in gaz.places
        or word in PLACE_ALIASES
        or word + "." in PLACE_ALIASES
        or (len(word.split()) > 1 and fold_name(word.rsplit(maxsplit=1)[-1]) in GEO_FEATURES)
    )


def split_title(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return a titled person and the office before the title, or None when the run has no title.

    "Chancellor of the Exchequer Nigel Lawson": Nigel Lawson. "Bank of Japan Governor Satoshi
    Sumita": Bank of Japan and Satoshi Sumita. "U.S. Agriculture Secretary Richard Lyng": the
    United States and Richard Lyng.
    """
    paragraph, gaz = ctx.paragraph, ctx.gaz
    words = [t.text for t in part]
    # A title word after "of" names an office, not a person's title ("Department of Justice and …").
    title_at = max((i for i, w in enumerate(words[:-1]) if is_title(w) and not _after_of(words, i)), default=-1)
    if title_at < 0:
        return None
    if title_at == 0 and (
        fold_name(" ".join(words)) in KNOWN_ORG_NAMES
        or any(has_org_cue(run.split()) for run in longer_runs(" ".join(words), ctx))
        or TICKER_AFTER.match(paragraph, part[-1].end)
    ):
        return None  # "General Electric" of "General Electric Co", "General Electric <GE>": a company, no title
    # "Minister Arturo Hernandez of Venezuela": the titled name, then the place it is of.
    if "of" in words[title_at + 2 :]:
        of_at = len(words) - 1 - words[::-1].index("of")
        where = part[of_at + 1 :]
        if where and fold_name(" ".join(t.text for t in where)) in gaz.places:
            person = split_title(part[:of_at], initial, ctx)
            if person is not None:
                return [*person, _piece(where, "place")]
    tail_start = _name_after_title(part, title_at, gaz)
    if tail_start is None:
        return None
    tail = part[tail_start:]
    office = [t for t in before_title(part[: title_at + 1]) if not is_title(t.text)]
    # "Finance Ministry State Secretary", "West German Finance Minister": the portfolio is not the body.
    while office and fold_name(office[-1].text) in PORTFOLIOS:
        office = office[:-1]
    found = []
    if office and tail_start == title_at + 1:
        # Only the organisation or place an office names, never a person ("Energy Secretary"),
        # nor a guess from unknown words.
        office = trim(office)
        found = [_piece(office, keep=BODIES, initial=initial)] if office else []
    found.append(_piece(tail, "person", cue=True))
    return found


def _name_after_title(part: list[Tok], title_at: int, gaz: Gazetteer) -> int | None:
    """Return where the person's name after a title starts, or None when no name follows it."""
    words = [t.text for t in part]
    tail_start = len(part)
    while tail_start > title_at + 1 and _in_name(words, tail_start - 1):
        tail_start -= 1
    tail = part[tail_start:]
    # "Undersecretary of State for Economic Affairs Allen Wallis": after "of" or "for" the office
    # goes on, and the name starts at its given name; right after a title the name is all of it.
    given = next((i for i, t in enumerate(tail) if t.text in gaz.given_names and i < len(tail) - 1), 0)
    if len(tail) > 2 and given and fold_name(words[tail_start - 1]) in CONNECTORS:
        tail_start += given
        tail = tail[given:]
    elif (
        len(tail) > 2
        and fold_name(words[tail_start - 1]) in CONNECTORS
        and (fold_name(tail[0].text) in gaz.places or fold_name(tail[0].text) in PORTFOLIOS)
    ):
        # "Mayor of London Sadiq Khan", "Secretary of State Condoleezza Rice": the place or the
        # portfolio the office is of, then the name.
        tail_start += 1
        tail = tail[1:]
    tail_words = [t.text for t in tail]
    # A known body's initials after a title are the body ("Senior EC financial expert"); one word after a title that
    # qualifies things too is the thing's name ("Senior Notes", "Official Bulletin").
    initials = tail_words == [w.upper() for w in tail_words] and fold_name(" ".join(tail_words)) in KNOWN_ORGS
    qualifier = len(tail) == 1 and fold_name(words[tail_start - 1]).rstrip(".") in QUALIFYING_TITLES
    if not tail or has_org_cue(tail_words) or len(tail) > 4 or single_junk(tail[0].text) or initials or qualifier:
        return None
    if all(fold_name(w).rstrip(".") in NAME_SUFFIXES for w in tail_words):
        return None  # "Martin Luther King Jr.": the suffix of a name whose last word reads as a title
    after_connector = fold_name(words[tail_start - 1]) in CONNECTORS
    # "Minister Stockwell Day": right after a title, two words ending in a law's or an event's word are a name.
    surname_end = len(tail) == 2 and not after_connector and tail[-1].text in SURNAME_ENDINGS
    if (after_connector and fold_name(" ".join(tail_words)) in gaz.places) or (
        fold_name(tail[-1].text) in NOT_ORG_ENDINGS and not surname_end
    ):
        return None  # "Vania King of the United States": a place after the title's "of", no person
    if fold_name(words[tail_start - 1]) in CONNECTORS and tail[0].text not in gaz.given_names:
        return None  # "High Commissioner for Human Rights": after "for" the office goes on
    return tail_start


def split_trailing_person(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return an office and the person closing it ("Cleveland Manager Terry Francona"), or a body and its place."""
    words = [t.text for t in part]
    if len(words) < 4 or words[-2] not in ctx.gaz.given_names or fold_name(words[-2]) in CONNECTORS:
        return None
    if fold_name(words[-1]) in FACILITIES or _MIDDLE_INITIAL.match(words[-3]):
        return None  # "the David M. Brown Planetarium": a building named after one person
    if fold_name(words[-3]) in CONNECTORS or words[-3] in ctx.gaz.given_names or any(is_title(w) for w in words):
        return None  # "… of Bashir Al Nouri" is a longer name; titled names are the title rule's
    head, person = part[:-2], part[-2:]
    head_words = [t.text for t in head]
    # Or a place and a word no name ("Cleveland Manger Terry Francona": a role, misspelt): its office.
    body_cue = has_org_cue(head_words)  # "Punjab Police Nasim Ahmed": the body
    placed = len(head) == 2 and fold_name(head_words[0]) in ctx.gaz.places and head_words[1] not in ctx.gaz.given_names
    placed = placed and not body_cue
    named_place = fold_name(" ".join(words[-2:])) in ctx.gaz.places
    if not (placed or body_cue) or has_org_cue(words[-2:]) or not is_cap(words[-1]) or (named_place and placed):
        return None
    # The place the office is of ("Iowa Congressman"), or the body.
    body = _piece(head[:1], "place") if placed else _piece(_after_office_of(head) or head, keep=("organization",))
    return [body, _piece(person, "place") if named_place else _piece(person, "person", cue=True)]


# A wire's name of two words or more, as a run of capitalised words opens with it ("Associated Press").
_WIRE_NAMES = tuple(
    sorted(
        {tuple(form.removeprefix("The ").split()) for forms in AGENCIES.values() for form in forms if " " in form},
        key=len,
        reverse=True,
    )
)
_WIRE_FIRST_WORDS = frozenset(w[0] for w in _WIRE_NAMES)


def split_wire_lead(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return a wire's name and the name run on after it: a photo credit glued to the caption under
    it ("Associated Press Massa gave the home crowd …"), a poll ("Associated Press Top 25"); a body
    of the wire's own ("Associated Press Television News") stays whole.
    """
    words = tuple(t.text for t in part)
    if words[:1] and words[0] not in _WIRE_FIRST_WORDS:
        return None  # most runs: no wire's name opens with their first word
    wire = next((w for w in _WIRE_NAMES if words[: len(w)] == w and len(words) > len(w)), None)
    if wire is None or has_org_cue(words[len(wire) :]):
        return None
    rest = trim(part[len(wire) :])
    if not rest:
        return None
    return [_piece(part[: len(wire)], "organization", initial=initial), _piece(rest)]


def split_office_of(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the body in "Deputy General Manager of Sumitomo Bank Ltd": what the office is of."""
    body = _after_office_of(part)
    return None if body is None else [_piece(body)]


def _after_office_of(part: list[Tok]) -> list[Tok] | None:
    """Return what follows "Deputy General Manager of" or "Governor of the": the body the office is of."""
    at = 0
    while at < len(part) and is_title(part[at].text):
        at += 1
    if at == 0 or at >= len(part) - 1 or part[at].text not in ("of", "for"):
        return None
    rest = trim(part[at + 1 :])
    # Only for an organisation ("… of Sumitomo Bank Ltd"); "Chancellor of the Exchequer Nigel Lawson": the title rule.
    words = [t.text for t in rest]
    if not rest or not has_org_cue(words) or any(is_title(w) for w in words):
        return None
    return rest


def _in_name(words: Sequence[str], at: int) -> bool:
    """Return True when words[at] can be inside a person's name: a capitalised word, or a particle before one."""
    word = fold_name(words[at]).rstrip(".")
    if is_title(words[at]) or word in OFFICE_JOINERS:
        return False
    return is_cap(words[at]) or (word in CONNECTORS and at + 1 < len(words) and is_cap(words[at + 1]))


def split_of_place(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the person and where for "Rep. Pat Roberts of Kansas" or "John Weinberg of Goldman".

    None for "Bank of Japan" or "Strait of Hormuz": the words before "of" must be a name that
    starts with a given name, titles aside.
    """
    gaz = ctx.gaz
    words = [t.text for t in part]
    if "of" not in words:
        return None
    at = words.index("of")
    head, where = part[:at], part[at + 1 :]
    names = [t.text for t in head]
    opening = initial and names[:1] and _opening_role(names[0], ctx)
    while names and (fold_name(names[0]).rstrip(".") in TITLES or (opening and len(names) == len(head))):
        # Titles before the name ("Rep. Pat Roberts"), not a surname that is one ("Vania King"), and a role
        # opening the sentence ("Astrophysicist Professor Heino Falcke of Radboud University").
        names.pop(0)
    # "Rock and Roll Hall of Fame": no person's name holds "and", nor ends in a building's ("Boston Museum of Art").
    if not where or len(names) < 2 or has_org_cue(names) or not name_shaped(names) or "and" in names:
        return None
    if fold_name(names[-1]) in FACILITIES or fold_name(names[0]) in gaz.countries:
        return None
    where_text = fold_name(" ".join(t.text for t in where))
    # A given name, or a name "of" a country ("Manaspas Xuto of Thailand"); "Central Bank of Brazil" is kept above.
    if names[0] not in gaz.given_names and not (where_text in gaz.countries and len(names) <= 3):
        return None
    where = trim(where)  # "of the United States"
    if len(where) > 2 and where[0].text == "The":
        where = where[1:]  # "of The Washington Post" is the Washington Post; "of The Hill" keeps its "The"
    if not where:
        return None
    where_written = fold_name(ctx.paragraph[where[0].start : where[-1].end])
    if len(where) == 1 and where[0].text.isupper() and where[0].text not in PLACE_ALIASES:
        where_written = ""  # "of the GAO": an acronym, not the town of that name
    # "of Swanton, Ohio": a town the gazetteer lacks, placed by the state after it.
    placed = where_written in gaz.places or region_after(ctx.paragraph, where[-1].end, gaz)
    return [_piece(head, initial=initial), _piece(where, "place" if placed else "organization")]


def _opening_role(word: str, ctx: Ctx) -> bool:
    """Return True for a role word, capitalised where it opens a sentence: "Astrophysicist", "Lawyer"."""
    folded = fold_name(word)
    role = folded in PERSON_WORDS_BEFORE or (folded.endswith("ist") and len(folded) > 5)
    return role and word not in ctx.gaz.given_names


def _after_of(words: Sequence[str], at: int) -> bool:
    """Return True when words[at] follows "of" or "for"; not "Famer", a descriptor's own word ("Hall of Famer")."""
    return at > 0 and fold_name(words[at - 1]) in ("of", "for") and fold_name(words[at]) not in ("famer", "famers")


# "in", "at", "from" or "near" right before a run: where something is, not a person's name.
_WHERE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+$")
# Words after a name that make it a person's: an apposition ("Tony Molina, a police officer"), "who", an age, a verb.
PERSON_AFTER = re.compile(rf"(?:,\s+(?:a|an|the|who|\d{{1,3}})\b|\s+(?:{SPEECH_VERBS})\b)")


def split_word_before_name(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return a word run on into the full name after it and that name: a place after "in" ("attack in
    Nice Tony Molina, a police officer"), a known body's or country's initials ("UN Nikki Haley").

    Only when the word is no given name and does not make a place with the given name after it
    ("in Santa Barbara", "in San Jose"), the rest is two or three words shaped as a person's name, and
    after a place the words after mark a person ("at White Hart Lane" is a ground).
    """
    words = [t.text for t in part]
    if not 3 <= len(words) <= 4 or words[0] in ctx.gaz.given_names or words[1] not in ctx.gaz.given_names:
        return None
    if not name_shaped(words[1:]) or has_org_cue(words) or fold_name(words[0]) in CONNECTORS:
        return None
    if fold_name(" ".join(words[:2])) in ctx.gaz.places or fold_name(" ".join(words)) in ctx.gaz.places:
        return None
    initials = words[0].isupper() and (fold_name(words[0]) in KNOWN_ORGS or words[0] in PLACE_ALIASES)
    placed = (
        is_cap(words[0])
        and not words[0].isupper()
        and _WHERE_BEFORE.search(ctx.paragraph, 0, part[0].start)
        and PERSON_AFTER.match(ctx.paragraph, part[-1].end)
    )
    if not (initials or placed):
        return None
    return [_piece(part[:1], initial=initial), _piece(part[1:], "person", cue=True)]


# The rules that cut a run holding more than one name, in order of precedence.
SPLITS = (
    split_wire_lead,
    split_company_of,
    split_of_place,
    split_trailing_person,
    split_office_of,
    split_title,
    split_slashed,
    split_word_before_name,
)
