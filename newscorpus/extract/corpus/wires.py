"""Step for a wire agency's names: its initials and its name in full ("AAP", "Australian Associated Press")."""

from __future__ import annotations

from ...model import Article
from ..agency_names import AGENCIES
from ..identity import exact_key, is_acronym
from .state import Corpus, Node, Ref

# Why a wire's initials join its name in full.
_WIRE = "the wire agency's initials, in articles crediting that agency"


def join_wire_initials(corpus: Corpus) -> None:
    """Join a wire agency's initials to its name in full where at least half of the articles writing
    the initials credit that agency ("told AAP", a dateline's or sign-off's credit): "AAP" is then
    Australian Associated Press, not the American Academy of Pediatrics, whose articles credit no wire."""
    nodes = corpus.nodes()
    for house, written in sorted(AGENCIES.items()):
        full = [n for n in _nodes(written, long=True) if n in nodes]
        if not full:
            continue
        for node in _nodes(written, long=False):
            refs = nodes.get(node)
            if refs and _mostly_credited(corpus, refs, house):
                corpus.join(nodes[full[0]][0], refs[0], _WIRE, refs)


def _nodes(written: tuple[str, ...], *, long: bool) -> list[Node]:
    """Return the organisations' names of a wire's written forms: its initials, or its names in full."""
    return sorted({("organization", exact_key(f)) for f in written if is_acronym(f) != long})


def _mostly_credited(corpus: Corpus, refs: list[Ref], house: str) -> bool:
    """Return True when at least half of the articles writing a name credit the wire agency."""
    articles = sorted({r[0] for r in refs})
    credited = sum(corpus.ask(i, credits, house) for i in articles)
    return 2 * credited >= len(articles)


def credits(article: Article, house: str) -> bool:
    """Return True when an article credits the wire agency of that house name."""
    return any(a.name == house for a in article.agencies)
