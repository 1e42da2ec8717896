"""A firm named by one word with a capital inside it ("WeWork", "SoftBank", "BlackRock"), or by one
word ending in "bank" ("Citibank", "Rabobank", "Commerzbank")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import FACILITIES
from .gazetteer import Gazetteer
from .name_tokens import Tok
from .name_words import HONORIFICS, VENUES
from .place_lists import PLACE_ALIASES
from .text import family_names, fold_name

# One word with a capital inside it names a firm ("WeWork", "SoftBank", "PayPal"), unless what
# comes before the capital opens people's names ("McDonald", "MacTavish", "DeShawn", "LeBron",
# "DiCaprio", "LaToya", "FitzGerald", "JaVale"); nor a hashtag or handle ("#MeToo", "@ArvindKejriwal").
_INNER_CAPITAL = re.compile(r"^(?P<head>[A-Z][a-z]+)(?:[A-Z][a-z]+)*[A-Z][a-z]{2,}$")
_NAME_PREFIXES = frozenset(["mc", "mac", "de", "di", "da", "du", "la", "le", "lo", "van", "von", "ja", "fitz", "st"])


# One word of four letters or more, then "bank": a bank's name ("Citibank"), not a surname ("Eubank").
_BANK_WORD = re.compile(r"^[A-Z][a-z]{3,}bank$")


def inner_capital_firm(part: Sequence[Tok], paragraph: str) -> bool:
    """Return True for one word with a capital inside it that is not a person's name nor a hashtag,
    or one word that is a bank's name."""
    if len(part) == 1 and _BANK_WORD.match(part[0].text):
        return True
    found = _INNER_CAPITAL.match(part[0].text) if len(part) == 1 else None
    hashtag = paragraph[max(0, part[0].start - 1) : part[0].start] in ("#", "@")
    return found is not None and found.group("head").lower() not in _NAME_PREFIXES and not hashtag


# Two capitals, no dots, opening a person's name as South Asian and British news write initials ("KL Rahul",
# "JK Rowling", "AB de Villiers").
_UNDOTTED_INITIALS = re.compile(r"^[A-Z]{2}$")
# Family names that end a venue's name after a sponsor's letters ("GM Place", "BC Place", "TD Garden").
_VENUE_WORDS = VENUES | FACILITIES | frozenset({"place", "plaza", "court", "tower", "street"})


def undotted_initials(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for two capitals before a known given or family name that is no place ("KL Rahul",
    "JK Rowling"): not a body's acronym before a word ("BT Group", "AC Milan", "US Steel")."""
    return (
        len(words) == 2  # the initials and one name
        and _UNDOTTED_INITIALS.match(words[0]) is not None
        and words[0] not in PLACE_ALIASES
        and words[1][:1].isupper()
        and words[1][1:].islower()
        # A family name in the plural's shape is more often a brand's noun ("EA Sports", "XL Records").
        # Capitals that spell an honorific ("MS Dhoni", "MR Sharma") name a person as initials or as
        # the title would: whatever name follows is a person's.
        and (
            words[1] in gaz.given_names
            or (fold_name(words[1]) in family_names() and not words[1].endswith("s"))
            or fold_name(words[0]) in HONORIFICS
        )
        and fold_name(words[1]) not in gaz.places
        and fold_name(words[1]) not in _VENUE_WORDS
    )
