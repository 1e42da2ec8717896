"""One capitalised word that is never an entity alone: a month, a title, a stop word, a nationality adjective."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .cues import (
    CALENDAR,
    DEMONYM_ENDINGS,
    DEMONYMS_IN_I,
    GEO_FEATURES,
    KNOWN_ORGS,
    NOT_ACRONYMS,
    NOT_ENTITIES,
    STOPWORDS,
    TITLES,
)
from .gazetteer import country_names
from .name_tokens import Tok
from .name_words import NAMES_LIKE_DEMONYMS
from .place_lists import DEMONYM_COUNTRIES, PLACE_ALIASES
from .text import fold_name

# Pronouns written with a capital inside a title's run of words, never a name's word ("He" is a Chinese surname,
# "Our Lady" opens churches' and schools' names).
_PRONOUNS = frozenset({"We", "You", "They", "Your", "Their"})
# A model's number inside a run ("Delta IV Heavy"); a ruler's number ends a name ("Henry VIII").
_NUMERAL = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")

# Letters of a body's name only ever written as initials ("EU", "UN").
_INITIALS_ONLY = 2


def lone_junk(text: str) -> bool:
    """Return True for a run of one word never an entity: the words of `single_junk`, and a body's two
    letters not in capitals, a word of another tongue ("Eu acho", "Un jour"), though a name may end so
    ("Kim Jong Un")."""
    return single_junk(text) or (len(text) == _INITIALS_ONLY and fold_name(text) in KNOWN_ORGS and not text.isupper())


@functools.lru_cache(maxsize=1 << 16)
def single_junk(text: str) -> bool:
    """Return True for one capitalised word that is never an entity alone."""
    folded = fold_name(text)
    if text in PLACE_ALIASES or folded in KNOWN_ORGS:
        return False  # "US", "UK": countries, not the acronyms they look like; "Republicans": a party
    if text in CALENDAR or text.capitalize() in CALENDAR or folded in NOT_ENTITIES or folded in STOPWORDS:
        return True
    if folded.rstrip(".") in TITLES:
        return True
    if len(text) < 2 or text.lower() in NOT_ACRONYMS:
        return True
    return is_demonym(text) or folded.removesuffix("s") in _SHORT_DEMONYMS


@functools.lru_cache(maxsize=1 << 16)
def is_demonym(text: str) -> bool:
    """Return True for a nationality adjective: "Syrian", "Japanese", "Israeli"; plural forms too ("Syrians")."""
    folded = fold_name(text)
    base = folded[:-1] if folded.endswith("s") else folded
    return (
        text[:1].isupper()
        and not text.isupper()
        and base.endswith(DEMONYM_ENDINGS)
        and len(base) > 4
        and _demonym_like(base)
    )


def _demonym_like(base: str) -> bool:
    """Return True for words shaped like nationality adjectives, not like names ("Syrian", not "Brian")."""
    if base in DEMONYMS_IN_I:
        return True
    if base.endswith("ish"):
        return base.rsplit("-", maxsplit=1)[-1] in _DEMONYMS_IN_ISH  # not a name so ending ("Ashish Arora")
    # "Ocean" ends like "Korean" but closes a place's name ("Pacific Ocean").
    return base.endswith(("ian", "ese", "ish", "can", "ean")) and base not in _NOT_DEMONYMS


# Nationality and people's adjectives ending in "ish", a closed set: names end so too ("Ashish", "Hamish",
# "Dalglish"), and English words ("Publish", "Parish").
_DEMONYMS_IN_ISH = frozenset(
    {"british", "english", "scottish", "irish", "cornish", "manx", "spanish", "danish", "swedish", "finnish"}
    | {"polish", "turkish", "kurdish", "jewish", "flemish", "amish", "moorish", "yiddish", "frankish", "pictish"}
)
# Nationality nouns not shaped like the adjectives above, never a name alone ("an Afghan who had
# entered the country", "the Kiwis won"); "French", "Dutch", "Welsh" and "Brits" are left, as surnames.
_SHORT_DEMONYMS = frozenset(
    {"afghan", "thai", "greek", "czech", "swis", "scot", "kiwi", "kurd", "arab", "uzbek", "kazakh"}
    | {"tajik", "filipino", "maori", "basque", "swede"}
)
# Words shaped like nationality adjectives that are names or close places' names, in one set.
_NOT_DEMONYMS = NAMES_LIKE_DEMONYMS | GEO_FEATURES


# Nouns for a country's people no adjective's shape tells ("Frenchman Jo-Wilfried Tsonga", "the Spaniard said").
NATIONALITY_NOUNS = frozenset(
    {"dutchman", "frenchman", "englishman", "irishman", "scotsman", "welshman", "dutchwoman", "frenchwoman",
     "englishwoman", "irishwoman", "scotswoman", "welshwoman", "countryman", "countrywoman"}
)  # fmt: skip
# More of them, which are also given names or words ("Dane Cook", "Finn Russell"), so no name's opening.
_PEOPLE_NOUNS = frozenset({"spaniard", "briton", "dane", "finn", "swede", "turk", "pole"})
# Endings that make a country's name its people's adjective: "Icelandic", "Malian", "Cameroonian", "Iraqi".
_COUNTRY_ENDINGS = ("ic", "ian", "an", "ish", "ese", "i")


@functools.lru_cache(maxsize=1 << 12)
def is_nationality(text: str) -> bool:
    """Return True for a word naming a country's people or what is theirs: "Syrian", "Dutch", "Icelandic",
    "Spaniard"; not a country's name ("Cameroon"), which may stand for its side."""
    folded = fold_name(text)
    if is_demonym(text) or text in DEMONYM_COUNTRIES or folded in NATIONALITY_NOUNS | _PEOPLE_NOUNS:
        return True
    return text[:1].isupper() and any(
        folded.endswith(ending) and folded.removesuffix(ending) in _folded_countries() for ending in _COUNTRY_ENDINGS
    )


@functools.lru_cache(maxsize=1)
def _folded_countries() -> frozenset[str]:
    return frozenset(fold_name(name) for name in country_names())


# Words of a compound title before its last word, which name no body: a rank ("Chief Cabinet Secretary",
# "Deputy Press Secretary") and, before a secretary's, officer's or minister's word, the portfolio.
_RANKS = frozenset({"chief", "deputy", "acting", "assistant", "vice", "principal", "senior"})
_PORTFOLIOS = frozenset({"press", "cabinet"})
_PORTFOLIO_TITLES = frozenset({"secretary", "officer", "minister"})


def before_title(part: Sequence[Tok]) -> Sequence[Tok]:
    """Return the words of a run before its last, a title, without the rest of a compound title: "White House"
    of "White House Press Secretary", nothing of "Chief Cabinet Secretary"; "Associated Press" of "Associated
    Press Writer"."""
    title = fold_name(part[-1].text).rstrip(".")
    rest = part[:-1]
    while rest and (
        fold_name(rest[-1].text) in _RANKS or (fold_name(rest[-1].text) in _PORTFOLIOS and title in _PORTFOLIO_TITLES)
    ):
        rest = rest[:-1]
    return rest


def title_or_model(words: Sequence[str]) -> bool:
    """Return True for a run of capitalised words that is a title's ("Links We Like", "Everything You Need to
    Know": a pronoun names no one) or a model's ("Delta IV Heavy": a number inside the words)."""
    return len(words) > 1 and (not _PRONOUNS.isdisjoint(words) or any(_NUMERAL.match(w) for w in words[1:-1]))
