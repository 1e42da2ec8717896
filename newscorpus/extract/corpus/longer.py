"""Step that joins a body's name and the only name one body word longer, one of them written in a few articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..cues import CONNECTORS
from ..identity import is_acronym
from ..shortforms import initials_of, is_body_word
from ..text import fold_name
from .bodies import THING_WORDS
from .legal import dateline_town
from .state import Corpus, Node, common_form


def join_short_of_only_longer(corpus: Corpus) -> None:
    """Join a body's name written in an article or two ("U.S. Treasury", "American Farm Bureau") to the
    one name the corpus writes that holds it and a body word more ("U.S. Treasury Department",
    "American Farm Bureau Federation"): no other name opens with it ("Royal Dutch": Royal Dutch
    Petroleum and Royal Dutch Shell), no article writes both (there, two bodies: "the State and Defense
    Departments"), and the added word is one word, not a body of its own ("United Nations Security
    Council" is not the United Nations), nor a part ("Division"); nor is the name words of the language
    only ("Savings Bank", not the "Savings Bank Association") or a place's ("Los Angeles", a team, is
    not the Los Angeles Times). So does such a longer name written in an article or two ("Italian Treasury
    Ministry") join the name written widely without its last word ("Italian Treasury"), where its articles name a
    rarer name the name's articles name, or are sent from the town most of those are."""
    nodes = corpus.nodes()
    opening: dict[str, list[Node]] = defaultdict(list)  # a name's words but the last -> the name
    holding: Counter[str] = Counter()  # a name's first words -> how many longer names open with them
    for node in nodes:
        words = node[1].split()
        if node[0] == "organization" and len(words) > 2:
            opening[" ".join(words[:-1])].append(node)
            holding.update(" ".join(words[:end]) for end in range(2, len(words)))
    for node, refs in nodes.items():
        name = corpus.entities[refs[0]].name
        if node[0] != "organization" or len(name.split()) < 2 or is_acronym(name) or common_form(corpus, name):
            continue
        articles = {r[0] for r in refs}
        longer = opening.get(node[1], [])
        if len(longer) != 1 or holding[node[1]] != 1:
            continue
        theirs = {r[0] for r in nodes[longer[0]]}
        few = corpus.config.variant_max_articles
        if len(articles) > few and (len(theirs) > few or not _agree(corpus, articles, theirs, [node, longer[0]])):
            continue
        added = corpus.entities[nodes[longer[0]][0]].name.split()[-1]
        if (
            not is_body_word(added)
            or fold_name(added) in THING_WORDS
            or _generic(corpus, name)
            or corpus.is_place(name)
        ):
            continue
        if articles & theirs:
            continue
        if len(articles) > few and added.upper() in initials_of(tuple(name.split())):
            continue  # "Saudi Press Agency SPA": the name and its initials run together, no longer name of it
        if len(articles) > few:  # the longer name written once or twice for the name written widely
            corpus.join(refs[0], nodes[longer[0]][0], _LONGER_RARE, nodes[longer[0]])
            continue
        why = "the name without its last word, the one longer name the corpus writes it in, in only a few articles"
        corpus.join(nodes[longer[0]][0], refs[0], why, refs)


_LONGER_RARE = "the name and a body's word more, written in only a few articles naming what the name's articles name"


def _agree(corpus: Corpus, mine: set[int], theirs: set[int], leave_out: list[Node]) -> bool:
    """Return True when the few articles of a longer name name a rarer name the articles of the name name, or
    are sent from a town most of those are ("ROME": the "Italian Treasury Ministry", the "Italian Treasury")."""
    if corpus.context(theirs, leave_out) & corpus.context(mine, leave_out):
        return True
    towns = Counter(dateline_town(corpus.articles[index].dateline) for index in mine)
    home, count = max(towns.items(), key=lambda item: (item[1], item[0] or ""))
    return (
        home is not None
        and 2 * count > len(mine)
        and all(dateline_town(corpus.articles[i].dateline) == home for i in theirs)
    )


def _generic(corpus: Corpus, name: str) -> bool:
    """Return True for a name of words of the language only ("Unit Trust", "Savings Bank", "Investment
    Co"): many bodies' names hold it, written or not, and one longer name the corpus writes says
    nothing of which."""
    return all(corpus.is_common(w) for w in name.split() if fold_name(w) not in CONNECTORS)
