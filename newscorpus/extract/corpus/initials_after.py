"""Step for a name run on into its initials, written without brackets: "the Iranian News Agency IRNA said"."""

from __future__ import annotations

from ..identity import is_acronym
from ..shortforms import legal_words
from .state import Corpus, Node, node_key

# Why a name run on into its initials joined them.
INITIALS_AFTER = "the name run on into its initials, written alone in article after article"
# Letters initials must have to be told from a word in capitals ("the Agency AP": two letters stand for too much).
_MIN_LETTERS = 3


def join_names_before_initials(corpus: Corpus) -> None:
    """Join a body's name written in an article or two with initials after it and no bracket ("Iranian News Agency
    IRNA") to those initials, written alone as a body in article after article ("IRNA"): the writer gave the
    initials the reader knows the body by. Only where the words before them open with the initials' first letter
    and their first letters come in the initials' order ("I", "N", "A" in "IRNA"); a name the corpus writes widely
    is a name of its own, whatever follows it ("Saudi Press Agency SPA" in one story)."""
    nodes = corpus.nodes()
    few = corpus.config.variant_max_articles
    for node, refs in sorted(nodes.items()):
        words = corpus.entities[refs[0]].name.split()
        if node[0] != "organization" or len(words) < 3 or len({r[0] for r in refs}) > few:
            continue
        letters = words[-1]
        alone: Node = node_key("organization", letters)
        if not _initials_of(words[:-1], letters) or alone not in nodes:
            continue
        written = nodes[alone]
        owner = corpus.groups.find(written[0])
        if len({r[0] for r in written}) >= corpus.config.clipping_min_articles and owner != corpus.groups.find(refs[0]):
            corpus.join(owner, refs[0], INITIALS_AFTER, refs)
            corpus.slips |= {r[2] for r in refs}  # never the body's name: the initials are


def _initials_of(words: list[str], letters: str) -> bool:
    """Return True for initials in capitals whose first letter opens the name and that hold the first letters of
    its words in order: "IRNA" after "Iranian News Agency", "SPA" after "Saudi Press Agency"; not a legal form."""
    if (
        len(letters) < _MIN_LETTERS
        or not is_acronym(letters)
        or not letters.isupper()
        or legal_words(f"x {letters}")[1]
    ):
        return False
    firsts = [w[0].upper() for w in words if w[:1].isupper()]
    if not firsts or firsts[0] != letters[0]:
        return False
    rest = iter(letters[1:])
    return all(any(c == f for c in rest) for f in firsts[1:])
