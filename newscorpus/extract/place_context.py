"""Places the gazetteer lacks, told by the words around them.

The gazetteer holds countries, US states and cities of some size; a story also names villages,
provinces, valleys and deserts ("the Waziristan region", "the city of Nice", "Thorp, Wisconsin").
The words around such a name say what it is: a lower-case word for a kind of land after it, a
"city of" or "province of" before it, or a state or country after it and a comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import GEO_FEATURES
from .gazetteer import Gazetteer
from .name_junk import is_demonym
from .name_runs import Ctx, has_org_cue, name_shaped
from .name_tokens import Tok
from .place_lists import PLACE_ALIASES
from .text import fold_name

# A lower-case word for a kind of land right after a name: "the Waziristan region", "the Swat valley",
# "the Sahara desert", "the Gush Etzion settlement bloc". Words that also follow a body's or a person's
# name ("state", "area" of a firm's "service area", "camp") are left out.
_LAND_AFTER = re.compile(
    r"\s+(?:province|region|valley|desert|district|prefecture|peninsula|settlement|suburb|township"
    r"|neighbou?rhood|village|municipality|governorate|oblast|canton|archipelago)\b"
)
# "the city of Nice", "the province of Sindh", "the village of Landhi": the name is the place's own.
_LAND_OF_BEFORE = re.compile(
    r"\b(?:city|town|village|province|region|district|suburb|island|islands|prefecture|municipality"
    r"|hamlet|neighbou?rhood|county|state|governorate)\s+of\s+$"
)
# A state or country after a name and a comma, the sentence or clause going on after it: "from
# Belleair, Florida, accounted", "of Swanton, Ohio, said", "of St. Paul, Minn., said".
_REGION_AFTER = re.compile(r",\s+(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s*[,.;:)]|\s*$)")
# A town's own services right after its name, in lower case: "a Forest Hill police sergeant", "the Palo Alto
# fire department". No person's name is followed so, even one opening with a given name.
TOWN_SERVICE_AFTER = re.compile(r"\s+(?:police|sheriff['’]s|fire\s+department|city\s+council|city\s+hall)\b")
# Words before a name that put something in a place ("a native of Thorp", "from Belleair").
_PLACED_BEFORE = re.compile(r"\b(?:in|at|near|from|of|outside|to)\s+$")


def is_region(name: str, gaz: Gazetteer) -> bool:
    """Return True for a country's or state's name as written after a town ("Wisconsin", "Fla.", "N.C.")."""
    if name.endswith(".") and name not in PLACE_ALIASES:
        name = name[:-1]  # "Thorp, Wisconsin." closing the sentence
    return fold_name(name) in gaz.countries or name in PLACE_ALIASES or fold_name(name) in gaz.places


def region_after(paragraph: str, end: int, gaz: Gazetteer) -> bool:
    """Return True when a state or country follows a name and a comma, and the clause goes on. A town placed in
    its own state after it is an address's, and the name before it what stands there: "SpaceX, Hawthorne,
    California", "Ceres Robotics, Palo Alto, California", not a place."""
    found = _region_at(paragraph, end)
    if found is None:
        return False
    region, dotted, stop = found
    if fold_name(region) not in gaz.countries and _state_or_country_at(paragraph, stop, gaz):
        return False
    return is_region(region, gaz) or dotted in PLACE_ALIASES


def _region_at(paragraph: str, end: int) -> tuple[str, str, int] | None:
    """Return the name after a comma at end, as written and with the full stop the pattern's lookahead left out
    ("Minn."), and where it ends; None when no name follows so."""
    found = _REGION_AFTER.match(paragraph, end)
    if found is None:
        return None
    region = found.group("region")
    dotted = region + "." if paragraph[found.end() : found.end() + 1] == "." else region
    return region, dotted, found.end()


def _state_or_country_at(paragraph: str, end: int, gaz: Gazetteer) -> bool:
    """Return True when a country's or a state's name follows after a comma: "Hawthorne, California"."""
    found = _region_at(paragraph, end)
    if found is None:
        return False
    region = found[0]
    return fold_name(region.rstrip(".")) in gaz.countries or region + "." in PLACE_ALIASES or region in PLACE_ALIASES


def named_as_place(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a run no list knows that the words around name a place.

    Not a body's name ("the Apple district office" has its own word), nor a person's: a run that
    opens with a given name is a place only where the words before put something in it.
    """
    words = [t.text for t in part]
    if not name_shaped(words) or has_org_cue(words) or len(words) > 3:
        return False
    paragraph, start, end = ctx.paragraph, part[0].start, part[-1].end
    before = paragraph[max(0, start - 40) : start]
    if len(words) > 1 and TOWN_SERVICE_AFTER.match(paragraph, end) and not is_demonym(words[0]):
        return True  # not a nation's force ("British Transport police")
    given = words[0] in ctx.gaz.given_names and not _PLACED_BEFORE.search(before)
    if given:
        return False
    if _LAND_AFTER.match(paragraph, end) or _LAND_OF_BEFORE.search(before):
        return True
    return region_after(paragraph, end, ctx.gaz) and fold_name(" ".join(words)) not in ctx.gaz.countries


def camp_of_place(word: str, after: str, gaz: Gazetteer) -> bool:
    """Return True for a camp named by the place it stands at ("the Rukban camp", the words after the name
    given): a word the gazetteer holds as a place and no list as a given name, not a candidate's camp ("the
    Clinton camp")."""
    return bool(_CAMP_AFTER.match(after)) and fold_name(word) in gaz.places and word not in gaz.given_names


# "camp" right after a name: a person's supporters, or a refugees' camp at a place.
_CAMP_AFTER = re.compile(r"\s+camps?\b")


def is_feature(words: Sequence[str]) -> bool:
    """Return True for a geographic feature's name: its word last, or first before "of"; or a cape or
    mountain named by the word before one name ("Cape Erimo", "Mount Kenya")."""
    if has_org_cue(words) or len(words) < 2:
        return False
    # A country's initials before an office's district: "U.S. District Judge", "the U.S. District Court".
    initials = len(words) == 2 and _COUNTRY_INITIALS.match(words[0]) and fold_name(words[1]) in _OFFICE_LANDS
    return not initials and (
        fold_name(words[-1]) in GEO_FEATURES
        or (len(words) > 2 and words[1] == "of" and fold_name(words[0]) in GEO_FEATURES)
        or (len(words) == 2 and fold_name(words[0]).rstrip(".") in _FEATURES_BEFORE)
    )


# A country's initials, dotted or not ("U.S.", "UK"), and the land words a court's or an office's name uses.
_COUNTRY_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$")
_OFFICE_LANDS = frozenset({"district", "circuit", "county", "region", "area"})
# Words opening a feature's name of two words: a cape's or a mountain's ("Cape Erimo", "Mt. Fuji").
_FEATURES_BEFORE = frozenset({"cape", "mount", "mt"})
