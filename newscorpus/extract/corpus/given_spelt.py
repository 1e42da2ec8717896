"""Step that joins a person written with a given name spelt two ways ("Narender Modi", "Narendra Modi")."""

from __future__ import annotations

from collections import defaultdict

from ..identity import edit_distance, surnames
from .given import _genders_differ, _without_generation
from .state import Corpus, Node, Ref

# Two given names spelt alike open with these letters and are this long at least: a slip keeps the start
# of a name ("Masaji", "Masashi"); shorter names a letter apart are names of their own ("Carl", "Karl").
_SAME_START = 3
_MIN_LETTERS = 5
# Of the longer given name's letters, at most this share may differ: one in five, two in seven.
_MAX_EDIT_SHARE = 0.3

_WHY = "the given name spelt otherwise, in few articles, none writing both"


def join_given_spellings(corpus: Corpus) -> None:
    """Join two full names of one surname whose given names are a letter or two apart for their length
    ("Davis Saks", "David Saks"), when one of them is written in few articles, no article writes both
    (there, two people), and either no one else the corpus names bears the surname or their articles name
    the same people and places and no third person's given name is spelt alike."""
    by_surname: dict[tuple[str, ...], list[tuple[str, Node]]] = defaultdict(list)
    nodes = corpus.nodes()
    for node, refs in nodes.items():
        words = _without_generation(node[1].split())
        if node[0] == "person" and len(words) >= 2 and words[0] not in surnames(corpus.entities[refs[0]].name):
            by_surname[tuple(words[1:])].append((words[0], node))
    for _, named in sorted(by_surname.items()):
        roots = {node: corpus.groups.find(nodes[node][0]) for _, node in named}
        pairs = _spelt_pairs(named, roots)
        if len(pairs) != 1:
            continue  # none, or a given name spelt like two people's
        pair = pairs[0]
        articles = [{r[0] for node in roots if roots[node] == roots[side] for r in nodes[node]} for side in pair]
        if articles[0] & articles[1] or min(len(a) for a in articles) > corpus.config.variant_max_articles:
            continue
        if (
            len(set(roots.values())) > 2
            and len(corpus.context(articles[0], pair) & corpus.context(articles[1], pair)) < 1
        ):
            continue
        main, variant = sorted(pair, key=lambda n: (-len(nodes[n]), n))
        corpus.join(nodes[main][0], nodes[variant][0], _WHY, _refs_of(corpus, named, roots[variant]))


def _spelt_pairs(named: list[tuple[str, Node]], roots: dict[Node, Ref]) -> list[tuple[Node, Node]]:
    """Return a name of each two people whose given names are one spelt two ways, once per two people."""
    found: dict[tuple[Ref, Ref], tuple[Node, Node]] = {}
    for given, node in sorted(named):
        for other_given, other in sorted(named):
            if roots[node] < roots[other] and spelt_alike(given, other_given):
                found.setdefault((roots[node], roots[other]), (node, other))
    return [found[k] for k in sorted(found)]


def _refs_of(corpus: Corpus, named: list[tuple[str, Node]], root: Ref) -> list[Ref]:
    nodes = corpus.nodes()
    return [r for _, node in named if corpus.groups.find(nodes[node][0]) == root for r in nodes[node]]


def spelt_alike(a: str, b: str) -> bool:
    """Return True for two given names that may be one spelt two ways: the same start, a letter or two
    apart for their length, neither the other with letters added ("Robert", "Roberta"), not one a man's
    and the other a woman's."""
    short, long = sorted((a, b), key=lambda w: (len(w), w))
    if short == long or len(short) < _MIN_LETTERS or short[:_SAME_START] != long[:_SAME_START]:
        return False
    if long.startswith(short) or _genders_differ(short, long):
        return False
    return edit_distance(short, long) <= max(1, int(_MAX_EDIT_SHARE * len(long)))
