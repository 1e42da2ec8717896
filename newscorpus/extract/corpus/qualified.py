"""Step that joins a body's name written with a country or continent before it to the name without it,
where the corpus writes it with no other: "European Airbus Industrie", "U.K. Unlisted Securities Market"."""

from __future__ import annotations

from collections import defaultdict

from ..cues import CONNECTORS
from ..gazetteer import country_of
from ..identity import exact_key, is_acronym
from ..shortforms import legal_words, qualifier_country
from ..text import fold_name
from .state import Corpus, Node

# Words before a body's name saying whose continent it is, as a country's word says whose country.
_CONTINENTS = frozenset({"European", "Asian", "African"})

# Why a name with its country or continent joined the name without it.
WITH_QUALIFIER = "the name with its country or continent before it, the only one the corpus writes it with"


def join_qualified(corpus: Corpus) -> None:
    """Join a name written with one country's or continent's word before it ("European Airbus Industrie")
    to the same name without it ("Airbus Industrie"), when the corpus writes the name with no other
    country's word, half the articles of the name without it or more name that country (the Associated
    Press is not the "Australian Associated Press"), and the name is no company's with its legal form
    ("American Motors Corp" holds its nationality), no place, and no name of words of the language only
    unless written in an article or two: "Stock Exchange", written of many exchanges, is not the
    American one."""
    nodes = corpus.nodes()
    qualified: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for node, refs in sorted(nodes.items()):
        if node[0] != "organization":
            continue
        words = corpus.entities[refs[0]].name.split()
        for size in (1, 2):
            if len(words) > size + 1 and _whose(" ".join(words[:size])) and not legal_words(" ".join(words))[1]:
                qualified[" ".join(words[size:])][_whose(" ".join(words[:size])) or ""].append(node)
    for rest, by_whom in sorted(qualified.items()):
        bare = nodes.get(("organization", exact_key(rest)))
        if bare is None or len(by_whom) != 1 or is_acronym(rest) or corpus.is_place(rest):
            continue
        articles = {r[0] for r in bare}
        few = len(articles) <= corpus.config.variant_max_articles
        if not few and all(corpus.is_common(w) for w in rest.split() if fold_name(w) not in CONNECTORS):
            continue
        whose = next(iter(by_whom))
        if whose not in _CONTINENTS and not _mostly_of(corpus, articles, whose):
            continue  # "Associated Press", written of America, is not the "Australian Associated Press"
        for node in next(iter(by_whom.values())):
            corpus.join(bare[0], nodes[node][0], WITH_QUALIFIER, nodes[node])
            if len({r[0] for r in bare}) >= len({r[0] for r in nodes[node]}):
                # The name most written names the hub: "Airbus Industrie", not the one "European" one.
                corpus.slips |= {r[2] for r in nodes[node]}


def _mostly_of(corpus: Corpus, articles: set[int], country: str) -> bool:
    """Return True when half the articles or more name a place of the country."""
    found = sum(any(country_of(p.name) == country for p in corpus.articles[i].places) for i in sorted(articles))
    return 2 * found >= len(articles)


def _whose(word: str) -> str | None:
    """Return the country or continent a word before a body's name says, or None."""
    return word if word in _CONTINENTS else qualifier_country(word)
