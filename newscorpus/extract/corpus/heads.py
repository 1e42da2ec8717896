"""Step that joins a company's distinctive first word written alone ("Samsung") to the one company of that name."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from ..identity import exact_key, is_acronym
from ..shortforms import legal_words
from ..text import words as word_list
from .state import Corpus, Node, Ref, common_form, join_all, node_of

# Why a first word written alone joined the company.
HEAD = "the company's first word alone, the one company the corpus names by it; their articles agree"


def join_company_heads(corpus: Corpus) -> None:
    """Join an organisation written as one distinctive word ("Samsung", "Honda": no word of the language, no
    place, no initials) to the one company whose names open with it ("Samsung Electronics", "Samsung
    Electronics Co Ltd"), however often the word is written alone, when every other body whose name opens
    with it is written only in articles naming that company ("Samsung Group", in a story of Samsung
    Electronics), the company is written somewhere with its legal form, and the articles of both name a rarer
    name in common; or, of several companies written apart, the one written in three times as many articles as each
    other ("Nissan": Nissan Motor Co Ltd, not its U.S. unit). A word opening the names of several companies
    written apart in like numbers ("Mitsubishi": its bank, its trading house, its electric maker) is a group's,
    and stays alone. So do a company's first two words, each such a word ("Drexel Burnham", Drexel Burnham Lambert
    Inc, not "Royal Dutch")."""
    nodes = corpus.nodes()
    groups = corpus.groups.groups()
    opening: dict[str, set[Node]] = defaultdict(set)
    for node in nodes:
        words = node[1].split()
        if node[0] == "organization" and len(words) > 1:
            for end in range(1, min(len(words), _MAX_HEAD + 1)):
                opening[" ".join(words[:end])].add(node)
    for word, longer in sorted(opening.items()):
        short = nodes.get(("organization", word))
        if short is None or not _distinctive_head(corpus, corpus.entities[short[0]].name):
            continue
        mine = corpus.groups.find(short[0])
        if any(len(r[2].split()) > len(word.split()) for r in groups.get(mine, short)):
            continue  # already one with a longer name
        if not any(corpus.read(ref[0], written_first, ref[2]) for ref in short):
            continue  # the last word of a longer name the finder cut ("Airbus Industrie")
        company = _one_company(corpus, longer, mine)
        if (
            company is not None
            and _registered(corpus, groups[company], len(word.split()))
            and _agree(corpus, short, groups[company])
        ):
            join_all(corpus, company, short, HEAD)


def _distinctive(corpus: Corpus, name: str) -> bool:
    """Return True for a one-word name that is a name only: no word of the language, no place, no initials."""
    if not name[:1].isupper() or is_acronym(name) or common_form(corpus, name):
        return False
    return not corpus.is_place(name) or _mostly_a_company(corpus, name)


def _distinctive_head(corpus: Corpus, name: str) -> bool:
    """Return True for a company's first word or two that are names only: a distinctive first word, and a second
    word no word of the language nor initials, the two no place ("Drexel Burnham"; a town may bear a partner's
    name, "Burnham")."""
    first, *rest = name.split()
    if not _distinctive(corpus, first) or (rest and corpus.is_place(name)):
        return False
    return all(w[:1].isupper() and not is_acronym(w) and not corpus.is_common(w) for w in rest)


def _mostly_a_company(corpus: Corpus, name: str) -> bool:
    """Return True for a town's name the corpus writes alone as an organisation in at least twice as many
    articles as a place ("Toyota", "Honda": carmakers far more than Japanese towns)."""
    key = exact_key(name)
    return corpus.df[("organization", key)] >= 2 * max(1, corpus.df[("place", key)])


def _one_company(corpus: Corpus, longer: set[Node], mine: Ref) -> Ref | None:
    """Return the group of the names opening with a word written in the most articles, when every other group
    of such names is written only in articles that name it; else None."""
    nodes = corpus.nodes()
    articles: dict[Ref, set[int]] = defaultdict(set)
    for node in longer:
        articles[corpus.groups.find(nodes[node][0])] |= {r[0] for r in nodes[node]}
    articles.pop(mine, None)
    if not articles:
        return None
    lead = max(sorted(articles), key=lambda g: len(articles[g]))
    others = [seen for group, seen in articles.items() if group != lead]
    if all(seen <= articles[lead] for seen in others):
        return lead
    # A parent written in far more articles than each unit or affiliate of its name ("Nissan Motor Co Ltd" in 17,
    # its U.S. "Nissan Motor Corp" in 5): the word alone is the parent's.
    if all(len(articles[lead]) >= _PARENT_DOMINANCE * len(seen) for seen in others):
        return lead
    return None


# The most words of a company's name written alone as its short name ("Drexel Burnham", of Drexel Burnham Lambert Inc).
_MAX_HEAD = 2
# How many times more articles than each other company of its first word a parent's names are written in.
_PARENT_DOMINANCE = 3


def _agree(corpus: Corpus, short: list[Ref], members: list[Ref]) -> bool:
    """Return True when the articles writing the word alone and those of the company name a rarer name in
    common: the company's rival, its town, a person of it."""
    leave_out = {node_of(r) for r in (*short, *members)}
    mine, theirs = {r[0] for r in short}, {r[0] for r in members}
    shared = corpus.context(mine - theirs, leave_out) & corpus.context(theirs - mine, leave_out)
    return bool(shared)


def _registered(corpus: Corpus, members: list[Ref], head: int = 1) -> bool:
    """Return True for a company written somewhere with its legal form ("Samsung Electronics Co Ltd"), no
    committee, paper or programme whose name opens with the word ("Politburo Standing Committee"), and none of
    whose names says it is a group's financial or foreign unit ("Citicorp Capital Investors Ltd", a unit of
    Citicorp; "Nissan Mexicana SA"), its head of that many words aside."""
    if not any(legal_words(r[2])[1] for r in members):
        return False
    rest = {w for r in members for w in legal_words(r[2])[0].split()[head:]}
    return not rest & UNIT_WORDS and not any(corpus.is_place(w) for w in rest)


# Words of a group's unit's name after the group's word: its finance, investment or foreign arms.
UNIT_WORDS = word_list(
    "capital investors investment investments finance financial credit securities international holdings holding"
    " leasing venture ventures trust bank banking savings insurance services america usa overseas europe mexicana"
)


def written_first(text: str, name: str) -> bool:
    """Return True when a text writes a name at least once not after another capitalised word: "Samsung said",
    "rivals such as Samsung"; not only "Airbus Industrie", where the finder cut the name's last word."""
    for match in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?![\w])", text):
        before = re.search(r"(\S+)\s+$", text[: match.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1)[-1] in '.!?:;"”':
            return True
    return False


def parent_of(beside: Mapping[Ref, int], members: Mapping[Ref, list[Ref]], *, place: bool) -> set[Ref]:
    """Return, of the names a word alone is written beside, the one written in three times as many articles as each
    other ("Nissan": Nissan Motor Co Ltd, not its U.S. unit "Nissan Motor Corp"); else, or for a place's name (a
    town's teams: "Chicago" is the Cubs in one story, the Blackhawks in another), all of them."""
    if place:
        return set(beside)
    size = {g: len({r[0] for r in members[g]}) for g in beside}
    lead = max(sorted(size), key=lambda g: size[g], default=None)
    if lead is not None and all(size[lead] >= _PARENT_DOMINANCE * size[g] for g in size if g != lead):
        return {lead}
    return set(beside)
