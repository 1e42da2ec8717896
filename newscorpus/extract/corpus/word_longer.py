"""Two groups of one body: a name and the name a body's word longer ("Federal Reserve", "Federal Reserve Board")."""

from __future__ import annotations

from collections.abc import Sequence

from ..identity import exact_key
from ..shortforms import is_body_word, split_qualifier
from ..text import fold_name
from .bodies import THING_WORDS
from .state import Ref

# Why the longer name's group joined the shorter's.
CLIPPED_BOTH = "the same body a body's word longer, one clipped word written beside both in article after article"


def a_body_word_apart(short: Sequence[Ref], longer: Sequence[Ref]) -> bool:
    """Return True when a name of one group is a name of the other with one body's word more at its end, its
    country's word before it or not ("Federal Reserve"; "Federal Reserve Board", "U.S. Federal Reserve Board"),
    and no article writes the two as two bodies. Not a thing or a part of its own ("Index", "Division")."""
    if {r[0] for r in short} & {r[0] for r in longer}:
        return False
    heads = {exact_key(r[2]) for r in short}
    for ref in longer:
        split = split_qualifier(ref[2])
        for name in (ref[2], split[1] if split else ""):
            head, _, last = name.rpartition(" ")
            if head and exact_key(head) in heads and is_body_word(last) and fold_name(last) not in THING_WORDS:
                return True
    return False
