"""Whether a run of name words names a place, read from the gazetteer and the words around the run.

Countries win over organisation words ("Soviet Union"); a compass word before a place keeps it a place
("North Atlantic"). Letters in capitals are an acronym first: a word in capitals is a place only when
long or written as a dateline opens ("ROME -", "WUHAN, China (AP)"), and inside a sentence of prose
never a small town's name ("a strong advocate for DACA (Deferred Action ...)", "a reporter at TIME").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .name_facilities import air_base
from .name_runs import has_org_cue
from .place_context import is_feature
from .place_lists import COMPASS, PLACE_ALIASES
from .text import fold_name

# Marks after a word in capitals that a dateline writes: "ROME -", "ROME —", "ROME, Italy", "ROME (AP)".
_DATELINE_AFTER = (" -", " —", ", ", " (")
# The sentence the word is in so far: what follows the last full stop before it.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s)(?!.*[.!?]\s)", re.DOTALL)
# Letters of a word in capitals long enough to be a place's name more often than an acronym ("SANA").
_LONG_CAPITALS = 5
# A word in lower case: prose, not a dateline's place or a headline in capitals.
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def is_place(words: Sequence[str], text: str, before: str, after: str, gaz: Gazetteer) -> bool:
    """Return True for a run that names a place; before and after are its paragraph's text around it."""
    folded = fold_name(text)
    if folded in gaz.countries and not text.isupper():
        return True
    if is_feature(words) or air_base(words):
        return True  # "South China Sea", "Bass Strait", "Sea of Japan", "Gulf of Mexico"
    if folded not in gaz.places:
        head = fold_name(words[0])
        return len(words) > 1 and head in COMPASS and fold_name(" ".join(words[1:])) in gaz.places
    if has_org_cue(words[1:]):
        return False
    return not (text.isupper() and text not in PLACE_ALIASES and len(words) == 1) or _capitals_place(
        folded, before, after, gaz
    )


def _capitals_place(folded: str, before: str, after: str, gaz: Gazetteer) -> bool:
    """Return True for a place's name in capitals: long, or a dateline's; in prose never a small town's
    ("in WASHINGTON, and", not "for DACA (Deferred")."""
    if _in_prose(before):
        return folded not in gaz.towns and len(folded) >= _LONG_CAPITALS
    return len(folded) >= _LONG_CAPITALS or after.startswith(_DATELINE_AFTER)


def _in_prose(before: str) -> bool:
    """Return True when the sentence holds a word in lower case before the run's place in it."""
    found = _SENTENCE_START.search(before)
    return bool(_LOWER_WORD.search(before, found.end() if found else 0))
