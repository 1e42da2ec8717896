"""A surname alone after a title, and the one person of that surname the corpus writes in full after it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..cues import TITLES
from .state import Corpus, Ref, compiled

# Titles anyone may bear, which tell no one apart: "Mr Mao" could be any Mao.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lady", "lord", "dame", "senior"})


def titled_holder(corpus: Corpus, ref: Ref, found: Sequence[Ref], members: Mapping[Ref, list[Ref]]) -> Ref | None:
    """Return, of the people a surname alone may name, the one whose articles write them in full after the title its
    own article writes before it ("Chairman Mao" is "Chairman Mao Tse-tung", not the liquor "Mao Tai" read as a
    person), when only one of them is written so; else None."""
    titles = corpus.read(ref[0], _titles_before, corpus.entities[ref].name)
    if not titles:
        return None
    hits = []
    for root in found:
        names = tuple(sorted({r[2] for r in members[root] if r[1] == "person" and " " in r[2]}))
        if names and any(corpus.read(i, _titled, titles, names) for i in sorted({r[0] for r in members[root]})):
            hits.append(root)
    return hits[0] if len(hits) == 1 else None


def _titles_before(text: str, name: str) -> tuple[str, ...]:
    """Return the role titles a text writes right before a name ("Chairman Mao": "Chairman")."""
    found = {m.group(1) for m in compiled(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(name) + r"\b").finditer(text)}
    return tuple(sorted(t for t in found if t.lower() in TITLES and t.lower() not in _COURTESY))


def _titled(text: str, titles: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Return True when a text writes one of the names right after one of the titles."""
    pattern = r"\b(?:" + "|".join(map(re.escape, titles)) + r")\.?\s+(?:" + "|".join(map(re.escape, names)) + r")\b"
    return compiled(pattern).search(text) is not None
