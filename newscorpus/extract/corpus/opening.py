"""Initials written beside the company's name they open, in one article: "HCC" and "HCC Industries"."""

from __future__ import annotations

from collections import defaultdict

from ..identity import is_acronym
from ..shortforms import legal_words
from ..text import words as word_list
from .state import Corpus, Node, Ref, join_all, node_of

# Words after a company's initials that make no body of its own: "HCC Industries", "QXR Group Inc" are
# HCC and QXR; "NFL Network", "LAX Airport Police" are other bodies than the NFL and LAX, and so is
# "BET International", an arm abroad ("International" names a company's subsidiary as often as itself).
COMPANY_WORDS = word_list("industries group holding holdings enterprises")

# Why initials joined the name they open.
OPENS = "initials opening the company's name, written beside it in the same article"


def join_opening_initials(corpus: Corpus) -> None:
    """Join initials written alone to the one company's name they open in their articles, its other
    words a legal form or a word such as "Industries" ("HCC", "HCC Industries"), when that name
    is the only one they open in any article and they are written in no more articles than it, or in
    an article or two: "GM" beside "GM Holdings Inc" once is not the name of a subsidiary."""
    nodes = corpus.nodes()
    by_article: dict[int, list[Ref]] = defaultdict(list)
    for refs in nodes.values():
        for ref in refs:
            if ref[1] == "organization":
                by_article[ref[0]].append(ref)
    opened: dict[Node, set[Node]] = defaultdict(set)
    for refs in by_article.values():
        for alone in (r for r in refs if is_acronym(r[2]) and len(r[2].split()) == 1):
            longer = {node_of(r) for r in refs if r != alone and _opens(alone[2], r[2])}
            if longer:
                opened[node_of(alone)] |= longer
    for short, names in sorted(opened.items()):
        if len(names) != 1:
            continue
        name = next(iter(names))
        mine, theirs = ({r[0] for r in nodes[n]} for n in (short, name))
        if len(mine) <= max(corpus.config.variant_max_articles, len(theirs)):
            join_all(corpus, nodes[name][0], nodes[short], OPENS)


def _opens(initials: str, name: str) -> bool:
    """Return True when a name is initials followed only by a legal form or company words."""
    words = name.split()
    if len(words) < 2 or words[0] != initials:
        return False
    core, legal = legal_words(name)
    rest = core.split()[1:]
    return bool(rest or legal) and all(w in COMPANY_WORDS for w in rest)
