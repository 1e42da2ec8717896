"""Pairs of a corpus's names that may be spellings of one, found by the shortenings they share."""

from __future__ import annotations

from collections.abc import Iterable

from ..text import skeleton
from .state import MAX_BUCKET, Corpus, Node

# Names shorter than this have no spelling variant (no edit is allowed in four letters: "Zhao", "Zhou").
_MIN_VARIANT_LETTERS = 5
# Words this long may be misspelt twice ("Secruties" for "Securities": a deletion and a swap).
TWO_EDIT_LETTERS = 10


def spelling_candidates(corpus: Corpus, nodes: Iterable[Node]) -> set[tuple[Node, Node]]:
    """Return the pairs of names that may be spellings of one: a letter apart (one deletion from
    each), one or two words apart ("Secruties and Exchange Comission"), or a long word two letters apart.

    The names' shortenings are kept in the corpus for the next step that asks (`Corpus.shortened`);
    a shortening shared by more than MAX_BUCKET of the names asked about pairs none of them.
    """
    wanted = set(nodes)
    index = corpus.shortened
    for node in wanted - corpus.shortened_from:
        _shorten(index, node)
    corpus.shortened_from |= wanted
    pairs: set[tuple[Node, Node]] = set()
    for bucket in index.values():
        if len(bucket) > 1:
            mine = [n for n in bucket if n in wanted]  # a name twice where two shortenings are one ("Hall")
            if 1 < len(mine) <= MAX_BUCKET:
                pairs.update((a, b) for a in mine for b in mine if a < b)
    return pairs


def _shorten(index: dict[str, list[Node]], node: Node) -> None:
    """Add a name's shortenings to the index (see `spelling_candidates`)."""
    kind, key = node
    if len(key) < _MIN_VARIANT_LETTERS:
        return
    # Keys are strings, the kind and the way of shortening first: a corpus has 100,000 names.
    index[f"{kind}|{key}"].append(node)
    for i in range(len(key)):
        index[f"{kind}|{key[:i]}{key[i + 1 :]}"].append(node)
    words = key.split()
    for i in range(len(words) if len(words) > 1 else 0):
        index[f"{kind}*{' '.join([*words[:i], '*', *words[i + 1 :]])}"].append(node)
        for j in range(i + 1, len(words) if len(words) >= 4 else 0):
            index[f"{kind}*{' '.join([*words[:i], '*', *words[i + 1 : j], '*', *words[j + 1 :]])}"].append(node)
    if len(words) > 1:  # the same consonants, word by word: "Eric Dartell", "Eric Drattell"
        index[f"{kind}~{' '.join(skeleton(w) for w in words)}"].append(node)
    if len(words) == 1 and len(key) >= TWO_EDIT_LETTERS:
        for i in range(len(key)):
            for j in range(i + 1, len(key)):
                index[f"{kind}**{key[:i]}{key[i + 1 : j]}{key[j + 1 :]}"].append(node)
