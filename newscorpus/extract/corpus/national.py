"""A body every country has, written bare in stories set in different countries, is no one body.

"Parliament", "the Supreme Court", "the Army" name the parliament, court or army of the country a
story is about. Where the corpus never writes the body with its country ("British Parliament",
"India's Supreme Court": `bodies.join_countries` resolves those), the bare name would make one hub
of every country's parliament. So where the stories writing it are set in two countries or more,
those of the country most of them are set in keep the hub (a body written almost only of one
country, as "Congress" is of the United States in an American corpus), and the rest name no hub,
as a surname several people share names none.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..text import fold_name
from ..text import words as word_list
from .bodies import ArticleCountries
from .state import Corpus, Node, Ref, node_of

# A government's portfolios, whose ministry or department every country has.
_PORTFOLIOS = word_list(
    "foreign interior defence defense finance treasury justice health trade economy industry agriculture energy labor"
)
# Bodies every country has, by the bare names stories give them.
NATIONAL_BODIES = frozenset(
    {
        *word_list("parliament congress senate legislature cabinet government army navy military police"),
        "national assembly",
        "supreme court",
        "high court",
        "constitutional court",
        "air force",
        "armed forces",
        "coast guard",
        "central bank",
        "reserve bank",
        "treasury",
        "lower house",
        "upper house",
        "election commission",
        "electoral commission",
        *(f"{portfolio} ministry" for portfolio in _PORTFOLIOS),
        *(f"{portfolio} department" for portfolio in _PORTFOLIOS),
        *(f"ministry of {portfolio}" for portfolio in ("foreign affairs", "interior", "defence", "defense", "finance")),
    }
)
# The stories of the country most stories writing the body are set in must outnumber those of any
# other country this many times for that country's to keep the hub.
_DOMINANT_RATIO = 4


def unlink_bodies_of_many_countries(corpus: Corpus) -> None:
    """Leave a body every country has without a hub in the stories set in another country than the one most of
    its stories are set in, or in every story when no country is most of them; only where the bare name joined
    no other name ("Parliament" in a story naming the European Parliament is that parliament)."""
    alone = _bare_groups(corpus)
    countries = ArticleCountries(corpus)
    for refs in alone.values():
        homes = {ref: _home(countries, ref[0]) for ref in refs}
        counts = Counter(home for home in homes.values() if home)
        if len(counts) < 2:
            continue
        ranked = counts.most_common(2)
        dominant = ranked[0][0] if ranked[0][1] >= _DOMINANT_RATIO * ranked[1][1] else None
        for ref in refs:
            if dominant is None or homes[ref] not in (None, dominant):
                corpus.ambiguous.setdefault(ref, {ref})


def _bare_groups(corpus: Corpus) -> dict[Node, list[Ref]]:
    """Return each national body's bare name -> its refs whose group holds no other name."""
    bare: dict[Node, list[Ref]] = defaultdict(list)
    members: dict[Ref, set[Node]] = defaultdict(set)
    for ref in corpus.refs:
        if ref[1] == "organization":
            members[corpus.groups.find(ref)].add(node_of(ref))
    for ref in corpus.refs:
        if (
            ref[1] == "organization"
            and fold_name(ref[2]) in NATIONAL_BODIES
            and len(members[corpus.groups.find(ref)]) == 1
        ):
            bare[node_of(ref)].append(ref)
    return bare


def _home(countries: ArticleCountries, index: int) -> str | None:
    """Return the country a story is set in: its dateline's, else the one country it names, else None (a story
    naming several is often about one country's dealings with another: "notified Congress of arms sales to
    Saudi Arabia")."""
    dateline, named = countries.of(index)
    if dateline:
        return dateline
    return next(iter(named)) if len(named) == 1 else None
