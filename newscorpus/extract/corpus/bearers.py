"""A person's given name spelt two ways, where the corpus names no one else in full by the surname."""

from __future__ import annotations

from ..identity import edit_distance
from .state import Corpus, Node

# How far apart two spellings of one given name may be: two letters, and a third of the longer.
_MAX_EDITS = 2
_MAX_EDIT_SHARE = 0.34

# Why a full name joined the other spelling of its given name.
SOLE_BEARERS = "another spelling of the given name; no one else is named in full by the surname"


def sole_bearers(corpus: Corpus, main: Node, variant: Node, articles: dict[Node, set[int]]) -> str | None:
    """Return why two full names whose given names are spelt a letter or two apart name one person: they
    are the only people the corpus names in full by their surname, a name and no word of the language,
    one of them is written in an article or two, and no article writes both ("Narender Modi" of one
    story is the "Narendra Modi" of a hundred; "Davis Saks" is David Saks where no other Saks is named).
    A surname many people share says nothing ("Andre Miller", "Andrew Miller", and a Miller more)."""
    a, b = main[1].split(), variant[1].split()
    if main[0] != "person" or variant[0] != "person" or len(a) < 2 or a[1:] != b[1:] or a[0] == b[0]:
        return None
    if a[0][0] != b[0][0] or min(len(a[0]), len(b[0])) < 3:
        return None  # "Ronald" and "Donald" are two names
    edits = edit_distance(a[0], b[0])
    if edits > _MAX_EDITS or edits > _MAX_EDIT_SHARE * max(len(a[0]), len(b[0])):
        return None
    if min(len(articles[main]), len(articles[variant])) > corpus.config.variant_max_articles:
        return None
    if articles[main] & articles[variant] or corpus.is_common(a[-1]):
        return None
    return SOLE_BEARERS if corpus.named_in_full(a[-1]) == {main, variant} else None
