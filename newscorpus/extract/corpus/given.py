"""Step that joins a person written with a given name and with its short form ("Rafa Benitez", "Rafael Benitez")."""

from __future__ import annotations

from collections import defaultdict

from ..identity import surnames
from .state import Corpus, Node

# A short form keeps this many letters of the given name at least: "Rafa" of "Rafael", "Alex" of
# "Alexander"; not "Al" of "Alan", nor "Jo" of "John".
_MIN_SHORT_LETTERS = 3


def join_short_given_names(corpus: Corpus) -> None:
    """Join "Rafa Benitez" to "Rafael Benitez": one given name the start of the other, when their
    articles name the same people and places and no article writes both (there, two people). Of
    two longer names the short one could open ("Chris": Christopher, Christine), none."""
    by_surname: dict[tuple[str, ...], list[tuple[str, Node]]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        words = node[1].split()
        # Not a family name written first ("Chun In-Yong", "Chung In-yong": two surnames).
        if node[0] == "person" and len(words) >= 2 and words[0] not in surnames(corpus.entities[refs[0]].name):
            by_surname[tuple(words[1:])].append((words[0], node))
    for named in by_surname.values():
        for short, node in named:
            if len(short) < _MIN_SHORT_LETTERS:
                continue
            longer = [other for given, other in named if given != short and given.startswith(short)]
            if len(longer) == 1:
                _join_if_agreeing(corpus, node, longer[0])


def _join_if_agreeing(corpus: Corpus, short: Node, full: Node) -> None:
    nodes = corpus.nodes()
    mine, theirs = ({r[0] for r in nodes[n]} for n in (short, full))
    if mine & theirs:
        return
    shared = corpus.context(mine, (short, full)) & corpus.context(theirs, (short, full))
    if len(shared) >= corpus.config.variant_min_shared_names:
        why = "the given name shortened, in articles naming the same people and places"
        corpus.join(nodes[full][0], nodes[short][0], why, nodes[short])
