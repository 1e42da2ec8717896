"""A firm named by one word with a capital inside it ("WeWork", "SoftBank", "BlackRock"), or by one
word ending in "bank" ("Citibank", "Rabobank", "Commerzbank")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_tokens import Tok

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
