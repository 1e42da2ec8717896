"""Step that joins a partnership's "and Co" written in an article or two to the one firm of its name."""

from __future__ import annotations

from collections import defaultdict

from ..identity import compact_key
from ..shortforms import legal_words
from .legal import INTERCHANGED, and_co
from .state import Corpus, Ref

# Why a partnership's name joined the firm.
PARTNERS_WHY = "the firm's name as a partnership's, in a few articles: the one firm of its name with a legal form"


def join_partnership_names(corpus: Corpus) -> None:
    """Join a firm's name written as a partnership's with no other legal form ("analyst for Paine Webber and Co"),
    in an article or two, to the one firm the corpus writes by that name, its letters spaced any way, with an
    American legal form ("PaineWebber Inc", the brokerage; not its parent "PaineWebber Group Inc", a name a word
    longer), written in more articles than the partnership's name: a firm written once as "Cazenove Inc" beside
    "Cazenove and Co" twice is the London partnership's American arm. Not where a firm of the name is written with
    another country's form ("S.G. Warburg and Co Ltd" in London, its Inc in New York: the name cannot say which)."""
    nodes = corpus.nodes()
    firms: dict[str, set[Ref]] = defaultdict(set)  # the name's letters -> the groups of a firm of it
    foreign: set[str] = set()
    for node, refs in nodes.items():
        bare, forms = legal_words(refs[0][2])
        if node[0] != "organization" or not forms or _partnership(refs[0][2], forms):
            continue
        if forms <= INTERCHANGED:
            firms[compact_key(bare)].add(corpus.groups.find(refs[0]))
        else:
            foreign.add(compact_key(bare))
    few = corpus.config.variant_max_articles
    for node, refs in sorted(nodes.items()):
        name = refs[0][2]
        bare, forms = legal_words(name)
        key = compact_key(bare)
        if node[0] != "organization" or not _partnership(name, forms) or key in foreign:
            continue
        owners = firms.get(key, set())
        mine = len({r[0] for r in refs})
        if mine > few or len(owners) != 1 or corpus.groups.find(refs[0]) in owners:
            continue
        owner = next(iter(owners))
        if len({r[0] for r in corpus.groups.groups()[owner]}) > mine:  # "Cazenove Inc" once: the London firm's arm
            corpus.join(owner, refs[0], PARTNERS_WHY, refs)


def _partnership(name: str, forms: frozenset[str]) -> bool:
    """Return True for a partnership's name with no other legal form: "Paine Webber and Co", not its "and Co Inc"."""
    return forms == {"co"} and and_co(name)
