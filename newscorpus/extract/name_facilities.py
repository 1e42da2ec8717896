"""Names of places to be and things that share a body's word: streets, air bases, products called
"Air", and a place's name before a spokesman's word.

An institution's building ends its name with its kind ("Victoria Hospital", "Goddard Space Flight Center",
"Cincinnati Zoo"): neither the place its name opens with nor a person whose name it bears ("Our Lady of Lourdes
Hospital"), and a body only where the story has it act or speak ("the zoo said"), as for any building.

"Air" names airlines ("Envoy Air", "Korean Air"), but not the product after a maker's camel-case
brand ("MacBook Air", "iPad Air"), nor the service before a lower-case "force" ("the U.S. Air
force"); an air base or air station is a place ("Osan Air Base", "Fallon Naval Air Station").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import EntityKind
from .mentions import Mention
from .name_runs import Ctx
from .name_tokens import Tok
from .name_words import SPEECH_AFTER
from .text import fold_name

# Last words of streets' names: "streets, roads and promenades" are no places, and no bodies unless
# the story has them speak for one ("Downing Street said").
# "Lane" is left out, a surname too often ("Nathan Lane").
_STREET_WORDS = frozenset({"street", "avenue", "road", "boulevard"})
# A brand written in camel case before "Air": a product's name ("MacBook Air", "iPad Air").
_CAMEL = re.compile(r"^[A-Za-z][a-z]+[A-Z][a-z]+$|^i[A-Z][a-z]+$")
# A lower-case word after "Air" that makes it an armed service or a place, no airline ("Air force").
_SERVICE_AFTER = re.compile(r"\s+(?:forces?|bases?|stations?|wings?|defen[cs]e)\b")
# Last words of an air base's name after "Air" ("Yokota Air Base", "Andersen Air Force Base").
_BASE_WORDS = frozenset({"base", "station", "field"})
# The words a body speaks through, after its name ("a Delta spokesman").
_SPOKESPERSON = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|A|An|The)\s+$")


def street(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a street's name that does not speak; not a person's ("Picabo Street"): only "Street" is a
    surname too, so "River Road" is a road though "River" is a given name."""
    last = fold_name(part[-1].text) if part else ""
    return (
        len(part) > 1
        and last in _STREET_WORDS
        and (last != "street" or part[0].text not in ctx.gaz.given_names)
        and not SPEECH_AFTER.match(ctx.paragraph, part[-1].end)
    )


def without_air(part: list[Tok], ctx: Ctx) -> list[Tok] | None:
    """Return the words of a run ending "Air" that name something once "Air" is dropped: nothing for
    a product ("MacBook Air"), the words before it for a service ("the U.S. Air force": "U.S.");
    None when "Air" may be an airline's ("Nature Air")."""
    if len(part) < 2 or part[-1].text != "Air":
        return None
    if _CAMEL.match(part[-2].text):
        return []
    if _SERVICE_AFTER.match(ctx.paragraph, part[-1].end):
        return part[:-1]
    return None


def air_base(words: Sequence[str]) -> bool:
    """Return True for an air base's or air station's name, a place ("Osan Air Base")."""
    return len(words) > 2 and fold_name(words[-1]) in _BASE_WORDS and "Air" in words[:-1]


def spokesperson_body(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for one word a town may be named, between an article and a spokesman's word: a body
    ("A Delta spokesman said"), not a country ("a Japan spokesman" is its government's)."""
    if len(part) != 1:
        return False
    folded = fold_name(part[0].text)
    return (
        folded in ctx.gaz.places
        and folded not in ctx.gaz.countries
        and bool(_SPOKESPERSON.match(ctx.paragraph, part[0].end))
        and bool(_ARTICLE_BEFORE.search(ctx.paragraph, 0, part[0].start))
    )


# Last words of an institution's name.
_INSTITUTION_WORDS = frozenset(
    {"hospital", "clinic", "center", "centre", "museum", "zoo", "planetarium", "aquarium", "observatory", "laboratory"}
)


def institutions_named_nothing(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with an institution's building the finder left unknown, read as the place its name
    opens with or cut to a person's, named nothing, or a body where it speaks ("Cincinnati Zoo said")."""
    return [_as_institution(m, paragraphs) if _institution(m) else m for m in mentions]


def _as_institution(mention: Mention, paragraphs: Sequence[str]) -> Mention:
    """Return an institution's mention as a body's where a speech verb follows it, else as naming nothing:
    merging joins it to a body named so elsewhere, if any."""
    speaks = mention.paragraph >= 0 and SPEECH_AFTER.match(paragraphs[mention.paragraph], mention.end)
    otherwise: tuple[EntityKind, str] | None = ("organization", mention.text) if speaks else None
    return dataclasses.replace(mention, kind=None, person_cue=False, otherwise=otherwise)


def _institution(mention: Mention) -> bool:
    """Return True for a name of two words or more ending with an institution's word, not known as a body."""
    words = mention.text.split()
    return (
        len(words) > 1
        and fold_name(words[-1]) in _INSTITUTION_WORDS
        and (mention.kind == "person" or (mention.kind is None and (mention.otherwise or ("place",))[0] == "place"))
    )
