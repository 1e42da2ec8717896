"""A body's name misspelt where the name itself waits for its country: the slip waits with it."""

from __future__ import annotations

from ..shortforms import split_qualifier
from .candidates import spelling_candidates
from .names import same_by_spelling
from .state import Corpus, Node, Ref, lone_person

# Why a slip of a body's name written without its country waits with that name.
WAITS_WITH = "another spelling of a body's name written without its country, placed as that name is"


def defer_spellings(corpus: Corpus, bodies: dict[Node, list[tuple[str, Node]]]) -> None:
    """Let a bare body's name that is a spelling of one waiting for its country wait with it.

    "General Service Administration", written once, is a slip of "General Services Administration",
    which waits for its country because the corpus writes a "U.S. General Services Administration":
    the spelling step compares only names that do not wait, so the slip would keep a hub of its own.
    It is given the waiting name's countries, resolved in its own article as the name's are, and,
    where no article says which, it joins the name it misspells (``Corpus.waits_with``).
    """
    waiting = {node: corpus.by_node[node] for node in bodies if node in corpus.by_node}
    if not waiting:
        return
    named = {
        node: refs
        for node, refs in corpus.by_node.items()
        if node[1] and node not in bodies and not lone_person(corpus.entities[refs[0]])
    }
    both = {**named, **waiting}
    articles = {node: {r[0] for r in refs} for node, refs in both.items()}
    slips: dict[Node, tuple[Node, str]] = {}
    # Only the pairs of one waiting name and one not, of bodies, are read: sorted alone (the rest would be skipped).
    pairs = [p for p in spelling_candidates(corpus, both) if (p[0] in waiting) != (p[1] in waiting)]
    for a, b in sorted(p for p in pairs if p[0][0] == "organization"):
        name, slip = (a, b) if a in waiting else (b, a)
        if slip in slips or not _bare(corpus, both[slip]):
            continue
        main, variant = sorted((a, b), key=lambda n: (-len(articles[n]), n))
        reason = same_by_spelling(corpus, main, variant, both, articles)
        if reason:
            slips[slip] = (name, reason)
    for slip, (name, _) in sorted(slips.items()):
        bodies[slip] = bodies[name]
        corpus.waits_with[slip] = name
        for ref in corpus.by_node[slip]:
            corpus.why[ref] = WAITS_WITH
    corpus.defer(slips)


def _bare(corpus: Corpus, refs: list[Ref]) -> bool:
    """Return True for a body's name written without a country before it (bodies_without_country's test)."""
    return split_qualifier(corpus.entities[refs[0]].name) is None
