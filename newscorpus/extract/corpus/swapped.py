"""Step that joins a name written with the two words either side of its "and" swapped ("Nippon Telephone
and Telegraph Co", "Nippon Telegraph and Telephone Corp")."""

from __future__ import annotations

from collections import defaultdict

from ..shortforms import legal_words
from .state import Corpus, Node

_WHY = 'the same words, the two either side of "and" swapped, in only a few articles'
# Words a name has besides its "and" and the two words either side of it: a word before them says whose
# it is ("Nippon"), where "Smith and Jones" alone may be two firms' names.
_MIN_WORDS = 4


def join_swapped_around_and(corpus: Corpus) -> None:
    """Join an organisation's name whose two words either side of "and" are the other's swapped, the
    words before them the same, legal forms aside, when one of them is written in only a few articles
    and no article writes both (there, two bodies)."""
    nodes = corpus.nodes()
    by_key: dict[tuple[str, ...], list[Node]] = defaultdict(list)
    for node, refs in sorted(nodes.items()):
        if node[0] == "organization":
            by_key[tuple(legal_words(corpus.entities[refs[0]].name)[0].split())].append(node)
    for words, mine in sorted(by_key.items()):
        for swapped in _swaps(words):
            for node in by_key.get(swapped, []):
                for other in mine:
                    _join_if_slip(corpus, node, other)


def _swaps(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the word sequences with the two words either side of an "and" swapped, a word before them."""
    if len(words) < _MIN_WORDS:
        return []
    return [
        (*words[: i - 1], words[i + 1], "and", words[i - 1], *words[i + 2 :])
        for i in range(2, len(words) - 1)
        if words[i] == "and" and words[i - 1] != words[i + 1]
    ]


def _join_if_slip(corpus: Corpus, a: Node, b: Node) -> None:
    nodes = corpus.nodes()
    articles = [{r[0] for r in nodes[n]} for n in (a, b)]
    if a == b or articles[0] & articles[1] or min(map(len, articles)) > corpus.config.variant_max_articles:
        return
    main, variant = sorted((a, b), key=lambda n: (-len(nodes[n]), n))
    corpus.join(nodes[main][0], nodes[variant][0], _WHY, nodes[variant])
