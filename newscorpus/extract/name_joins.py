"""Two names run together by a short lower-case word: "Scott Rolen for Troy Glaus", "Jarome Iginla of the
Calgary Flames", "Carlos Tevez the England striker", "Green Bay for the Giants".

The finder's runs keep "for", "of" and "the" inside a name ("Transport for London", "Bank of England",
"Alexander the Great"), so a run can hold a whole name, the joining word, and a second whole name. The
run breaks there only when the words before it are a complete name that goes on with no such word: a
person's given name and surname (a listed given name, initials, or a name the article writes on its own
elsewhere), a known place, or a site's address ("Polygraph.info"). A body's own words ("Board of
Control for Cricket") are never a person's name, and a lone word before the joining word ("Duke of
Edinburgh", "Winnie the Pooh") is kept unless the article names a person by it and a body follows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..model import EntityKind
from .cues import (
    AND_KEEPS,
    FACILITIES,
    GEO_FEATURES,
    KNOWN_ORG_NAMES,
    KNOWN_ORGS,
    NOT_ORG_ENDINGS,
    STOPWORDS,
)
from .legal_forms import LEGAL_FORMS
from .name_context import given_shaped
from .name_genders import faker_surnames
from .name_junk import is_demonym
from .name_runs import INITIALS, Ctx, has_org_cue, is_title, name_shaped, trim
from .name_splits import PERSON_AFTER, Piece
from .name_tokens import Tok
from .name_words import ORG_OPENERS, VENUE_ENDINGS
from .text import fold_name

_JOINERS = ("for", "of", "the")
# The kinds a rule here names, by their names ("" leaves the words to be classified as any run).
_KINDS: dict[str, EntityKind] = {"person": "person", "organization": "organization", "place": "place"}
# A site's address written as a name: "Polygraph.info", "Salon.com".
_ADDRESS = re.compile(r"^[A-Z][\w-]*\.(?:com|org|net|info|co\.uk|io)$")
# Initials written without dots as a given name: "TJ Yates", "AJ Green".
_UNDOTTED_INITIALS = re.compile(r"^[A-Z]{2}$")
# A hyphenated given name the list lacks: "Sui-Lee", "Jean-Baptiste"; one written after the family name
# with its second part in lower case: "Ing-wen", "Jae-in".
_HYPHENATED = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")
_HYPHENATED_LOWER = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# Last words of a law's, a building's or the land's name, never a surname.
_NOT_SURNAMES = NOT_ORG_ENDINGS | FACILITIES | GEO_FEATURES | VENUE_ENDINGS | frozenset({"village", "town", "city"})


def split_joined_names(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the two names a lower-case "for", "of" or "the" joins, or None when the run is one name."""
    words = [t.text for t in part]
    at = next((i for i, w in enumerate(words[1:-1], 1) if w in _JOINERS), 0)
    if not at or any(w.islower() for w in words[:at]):
        return None
    left, right = part[:at], trim(part[at + 1 :])
    if not right or not right[0].text[:1].isupper():
        return None
    the = ctx.paragraph[part[at].end : right[0].start].strip() == "the"
    people = _surname_of_surname(left, words[at], right, ctx)
    kind = "person" if people else _left_kind(left, words[at], right, initial, ctx)
    if kind is None or not (people or _complete_after(right, words[at], ctx)):
        return None
    placed = fold_name(" ".join(t.text for t in right)) in ctx.gaz.places
    if words[at] == "of" and not (the or placed or people or _body(right, ctx)):
        return None  # "of" a body ("of the Calgary Flames") or a place, the person's; not "Hall of Fame"
    return [
        Piece(tuple(left), _KINDS.get(kind), cue=kind == "person", initial=initial),
        Piece(tuple(right), "person") if people else _right_piece(right, part[at + 1], ctx),
    ]


def _surname_of_surname(left: Sequence[Tok], joiner: str, right: Sequence[Tok], ctx: Ctx) -> bool:
    """Return True for one person's surname "of" another's, both named in full in the article: one speaks of
    the other ("said Jovanovski of Cowan", the article's Ed Jovanovski and Jeff Cowan)."""
    if joiner != "of" or len(left) != 1 or len(right) != 1 or left[0].text == right[0].text:
        return False
    others = [run for run in ctx.runs if run != ctx.current]
    return all(_lone_surname(word, others, ctx) for word in (left[0].text, right[0].text))


def _left_kind(left: Sequence[Tok], joiner: str, right: Sequence[Tok], initial: bool, ctx: Ctx) -> str | None:
    """Return what the words before the joining word name when they are a whole name, "" to classify them
    as any run, or None when they are not: a person, a known place, a site ("Polygraph.info")."""
    words = [t.text for t in left]
    if _person(left, initial, ctx):
        return "person"
    if joiner != "of" and _place(left, ctx):
        return ""  # a known place, not a small town named like a word ("Alliance for American Manufacturing")
    if joiner != "of" and len(left) == 1 and _ADDRESS.match(words[0]):
        return "organization"
    lone = joiner == "of" and len(left) == 1 and _lone_surname(words[0], ctx.runs, ctx)
    unlisted = joiner == "of" and _unlisted_person_of_body(left, right, ctx)
    if (lone and _body(right, ctx)) or unlisted:
        return "person"  # "Wright of the Union of Concerned Scientists", the article's David Wright
    if joiner == "of" and len(left) == 1 and _place(left, ctx) and _body(right, ctx):
        # A place "of" a league is its club ("Manitoba of the American Hockey League"); of another body, the
        # place ("Washington of the International Monetary Fund").
        return "organization" if fold_name(right[-1].text) == "league" else ""
    return None


def _person(left: Sequence[Tok], initial: bool, ctx: Ctx) -> bool:
    """Return True for a given name and surname (two or three words) that go on with no lower-case word."""
    words = [t.text for t in left]
    if not 2 <= len(words) <= 3 or not name_shaped(words) or has_org_cue(words):
        return False
    if any(is_title(w) or fold_name(w) in STOPWORDS for w in words) or fold_name(words[0]) in ORG_OPENERS:
        return False
    # Not a place's name, nor one a place opens ("Sydney Test", "Newcastle United"), nor a thing's that
    # a law's, a building's or the land's word ends ("Zhongmengchang Village", "Sport Australia Hall").
    first, last = fold_name(words[0]), fold_name(words[-1])
    if first in ctx.gaz.places or fold_name(" ".join(words)) in KNOWN_ORG_NAMES or first in KNOWN_ORGS:
        return False
    if last in _NOT_SURNAMES or is_demonym(words[0]):
        return False
    if words[0] in ctx.gaz.given_names or INITIALS.match(words[0]) or _UNDOTTED_INITIALS.match(words[0]):
        # "TJ Yates", not a firm's initials before a plural ("U.F. Genetics")
        return words[0] in ctx.gaz.given_names or not _plural(words[-1]) or words[-1] in faker_surnames()
    # A given name the list lacks, inside a sentence: the article writes the surname alone ("Iginla"), or
    # the family name written first before a hyphenated given name ("Tsai Ing-wen"); no plural ("Tigers").
    hyphenated = bool(_HYPHENATED_LOWER.match(words[-1]))
    written = words[-1] in ctx.alone or (hyphenated and words[0] in ctx.alone)
    shaped = words[0].istitle() or bool(_HYPHENATED.match(words[0]))
    return not initial and written and shaped and not _plural(words[-1])


def _unlisted_person_of_body(left: Sequence[Tok], right: Sequence[Tok], ctx: Ctx) -> bool:
    """Return True for two words shaped like a given name the lists lack and a surname, "of" a body, then what
    follows a person ("Katya Malofeeva of Renaissance Capital, an investment bank, said"): where a person works."""
    words = [t.text for t in left]
    if len(words) != 2 or not all(w.istitle() and w.isalpha() and given_shaped(w) for w in words):
        return False
    if any(fold_name(w) in ctx.gaz.places or is_demonym(w) or is_title(w) for w in words) or has_org_cue(words):
        return False
    if fold_name(words[0]) in ORG_OPENERS or fold_name(" ".join(words)) in KNOWN_ORG_NAMES | KNOWN_ORGS:
        return False
    return _body(right, ctx) and bool(PERSON_AFTER.match(ctx.paragraph, right[-1].end))


def _place(left: Sequence[Tok], ctx: Ctx) -> bool:
    """Return True for a known place's name ("Green Bay", "Tehran")."""
    name = fold_name(" ".join(t.text for t in left))
    return name in ctx.gaz.places and name not in ctx.gaz.towns


def _lone_surname(word: str, runs: Collection[str], ctx: Ctx) -> bool:
    """Return True for a word the article writes as the last of a given name and surname ("Sui-Lee Wee")."""
    if is_title(word) or fold_name(word) in ORG_OPENERS or has_org_cue([word]):
        return False
    return any(
        len(run.split()) in (2, 3) and run.split()[-1] == word and run.split()[0] in ctx.gaz.given_names for run in runs
    )


def _body(right: Sequence[Tok], ctx: Ctx) -> bool:
    """Return True for a body's name: an organisation word, a known body, or a plural after "the"."""
    words = [t.text for t in right]
    return has_org_cue(words) or fold_name(" ".join(words)) in KNOWN_ORGS | KNOWN_ORG_NAMES


def _complete_after(right: Sequence[Tok], joiner: str, ctx: Ctx) -> bool:
    """Return True for words after the joining word that name something of their own: not a title ("for
    President"), nor one word that a name of the joiner's own ends with ("the Great", "of Fame")."""
    words = [t.text for t in right]
    if all(is_title(w) for w in words) or fold_name(words[0]) in STOPWORDS:
        return False
    if len(words) > 1 or joiner == "for":
        return True
    word = words[0]
    return (
        fold_name(word) in ctx.gaz.places
        or fold_name(word) in KNOWN_ORGS
        or word in ctx.alone
        or _plural(word)
        or has_org_cue(words)
    )


def _plural(word: str) -> bool:
    """Return True for a capitalised plural, a team's or a band's name ("Texans", "Giants")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word[:1].isupper() and len(word) > 3


def _right_piece(right: Sequence[Tok], joiner: Tok, ctx: Ctx) -> Piece:
    """Return the second name: a plural after "the" names a team or a body ("for the Texans"), no person."""
    the = ctx.paragraph[joiner.end : right[0].start].strip() == "the" or joiner.text == "the"
    if len(right) == 1 and the and _plural(right[0].text):
        return Piece(tuple(right), "organization")
    return Piece(tuple(right))


def split_joined_bodies(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the two names an "and" joins that the run kept whole for its body's word: "Fuji Bank and
    Mitsubishi Bank", "the Department of Homeland Security and Alex Azar", "Capital One and British Gas".

    One name holding "and" ("Pacific Gas and Electric Co", "Securities and Exchange Commission") has no
    second half written on its own; two names do: the article writes the name after the "and" elsewhere,
    or that name is a person's whose surname the article writes alone, or a nation's company after a
    name of two words.
    """
    words = [t.text for t in part]
    if "and" not in words[1:-1]:
        return None
    at = words.index("and")
    left, right = trim(part[:at]), trim(part[at + 1 :])
    if not left or not right or not right[0].text[:1].isupper() or fold_name(right[0].text) in AND_KEEPS:
        return None
    if len(left) > 1 and _named_person(right, ctx) and has_org_cue(words[:at]):
        return [Piece(tuple(left), initial=initial), Piece(tuple(right), "person", cue=True)]
    second = " ".join(t.text for t in right)
    # The second name written on its own; one word only when known ("House and Senate"), not a word the
    # first name's own "and" closes ("Ministry of International Trade and Industry").
    known = len(right) > 1 or fold_name(second) in KNOWN_ORGS or fold_name(second) in ctx.gaz.places
    written = known and second in {run for run in ctx.runs if run != ctx.current}
    # A nation's company after a name of no nation's words: "Capital One and British Gas", not "Latin
    # American and Caribbean Petroleum Exporters", "Saudi French and Arab National Bank".
    national = (
        len(left) > 1
        and len(right) > 1
        and is_demonym(right[0].text)
        and not any(is_demonym(t.text) for t in left)
        and not any(t.text in ("of", "for") for t in left)
        # a company's own words, not a body's ("National Gay and Lesbian Task Force")
        and not any(has_org_cue([t.text]) and fold_name(t.text).rstrip(".") not in LEGAL_FORMS for t in right)
    )
    if not (written or national):
        return None
    right_kind: EntityKind | None = "organization" if national and fold_name(second) not in ctx.gaz.places else None
    left_kind: EntityKind | None = "organization" if national and has_org_cue([t.text for t in left]) else None
    return [Piece(tuple(left), left_kind, initial=initial), Piece(tuple(right), right_kind)]


def _named_person(right: Sequence[Tok], ctx: Ctx) -> bool:
    """Return True for a listed given name and a surname the article also writes alone ("Alex Azar")."""
    words = [t.text for t in right]
    return (
        len(words) in (2, 3)
        and words[0] in ctx.gaz.given_names
        and words[-1] in ctx.alone
        and not has_org_cue(words)
        and _person(right, False, ctx)
    )
