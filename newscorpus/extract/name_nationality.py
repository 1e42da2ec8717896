"""A nationality run on into the full name after it: "Frenchman Jo-Wilfried Tsonga", "South African
Rory Sabbatini". Sports copy introduces players so; the nationality is no name, the rest is a person's.

The rule is the last of the splits (`name_splits.SPLITS` before it): a run of one or two words of
nationality (an adjective the demonym list holds or one shaped like it, or a word such as
"Frenchman"), then two or three words shaped as a person's name whose first is a given name, or a
hyphenated one ("Jo-Wilfried"). Not a body's name ("American Red Cross", a word of an organisation
in it) nor a place's.
"""

from __future__ import annotations

import re

from .cues import KNOWN_ORG_NAMES, KNOWN_ORGS
from .name_forms import FORM_SPLITS
from .name_joins import split_joined_bodies, split_joined_names
from .name_junk import NATIONALITY_NOUNS, is_demonym
from .name_runs import Ctx, has_org_cue, name_shaped
from .name_splits import SPLITS as NAME_SPLITS
from .name_splits import Piece
from .name_tokens import Tok
from .place_lists import DEMONYM_COUNTRIES, PLACE_ALIASES
from .text import fold_name

# A hyphenated given name the list lacks: "Jo-Wilfried", "Jean-Baptiste".
_HYPHENATED = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")


def split_nationality_before_name(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the person after a nationality that opens the run, or None when the run opens otherwise."""
    words = [t.text for t in part]
    for size in (2, 1):
        head, rest = " ".join(words[:size]), words[size:]
        nationality = head in DEMONYM_COUNTRIES or (
            size == 1 and (is_demonym(head) or fold_name(head) in NATIONALITY_NOUNS)
        )
        if nationality and 2 <= len(rest) <= 3 and _person_shaped(rest, ctx) and not _body_name(words):
            return [Piece(tuple(part[size:]), "person", cue=True)]
    return None


def _person_shaped(words: list[str], ctx: Ctx) -> bool:
    given = words[0] in ctx.gaz.given_names or bool(_HYPHENATED.match(words[0]))
    name = " ".join(words)
    return given and name_shaped(words) and not has_org_cue(words) and fold_name(name) not in ctx.gaz.places


def _body_name(words: list[str]) -> bool:
    """Return True for a body's name that opens with a nationality ("American Red Cross")."""
    return has_org_cue(words) or any(fold_name(" ".join(words[i:])) in KNOWN_ORG_NAMES for i in range(len(words)))


# A posting's role and its preposition before a run: "ambassador to Britain Liu Xiaming", "envoy in Japan …".
_POSTED_TO = re.compile(r"\b(?:ambassador|envoy|consul|consul-general|emissary|correspondent)s?\s+(?:to|in)\s+$", re.I)


def split_country_before_name(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the country and the person of a run a posting's role opens: "China's ambassador to Britain Liu
    Xiaming" is Britain and Liu Xiaming; the name's words need not be listed ("Xiaming")."""
    words = [t.text for t in part]
    if not _POSTED_TO.search(ctx.paragraph, max(0, part[0].start - 40), part[0].start):
        return None
    for size in (2, 1):
        country, rest = " ".join(words[:size]), words[size:]
        if fold_name(country) not in ctx.gaz.countries and PLACE_ALIASES.get(country) is None:
            continue
        if 2 <= len(rest) <= 3 and name_shaped(rest) and not has_org_cue(rest) and not _body_name(words):
            return [Piece(tuple(part[:size]), "place"), Piece(tuple(part[size:]), "person", cue=True)]
    return None


def split_opening_word_before_body(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the known body after a sentence's first word, which is capitalised for opening it only: "Early
    Facebook executive …" names Facebook, no person "Early Facebook" (a given name too: "Early Wynn")."""
    body = " ".join(t.text for t in part[1:])
    if not initial or len(part) < 2 or fold_name(body) not in KNOWN_ORGS:
        return None
    # Not an acronym's letters written as a word ("Doctor Who" is no WHO).
    return [Piece(tuple(part[1:]), "organization")] if len(body) > _ACRONYM_LETTERS or body.isupper() else None


# Most letters of a known body's name that, written other than in capitals, may be a word rather than its acronym.
_ACRONYM_LETTERS = 5


# The splits in order of precedence, these before the names' own forms (`name_forms`).
SPLITS = (
    *NAME_SPLITS,
    split_joined_names,
    split_joined_bodies,
    split_nationality_before_name,
    split_country_before_name,
    split_opening_word_before_body,
    *FORM_SPLITS,
)
