"""Initials written beside the company's name they open, in one article: "HCC" and "HCC Industries";
"IMS" after "IMS International Inc", its full name with its legal form, written first."""

from __future__ import annotations

from collections import defaultdict

from ...model import Article
from ..identity import exact_key, is_acronym
from ..shortforms import legal_words
from ..text import words as word_list
from .state import Corpus, Node, Ref, common_form, join_all, node_of

# Words after a company's initials that make no body of its own: "HCC Industries", "QXR Group Inc" are
# HCC and QXR; "NFL Network", "LAX Airport Police" are other bodies than the NFL and LAX, and so is
# "BET International", an arm abroad ("International" names a company's subsidiary as often as itself).
COMPANY_WORDS = word_list("industries group holding holdings enterprises airlines")

# Why initials joined the name they open.
OPENS = "initials opening the company's name, written beside it in the same article"


def join_opening_initials(corpus: Corpus) -> None:
    """Join initials written alone to the one company's name they open in their articles, its other
    words a legal form or a word such as "Industries" ("HCC", "HCC Industries"), when that name is the
    only one they open in any article and they are written in no more articles than the company (by
    any of its names), or in an article or two: "GM" beside "GM Holdings Inc" once is not the name of
    a subsidiary; "NFL" before "NFL Network" is the league.

    Or with any words and a legal form ("IMS International Inc"), when every article writing the
    initials names the company so before them: the story names it in full, then by its initials. Where
    another article writes them alone, they may be another body ("FN" of one story is not "FN Realty
    Services Inc" of another).

    Initials the corpus has already given a longer name (join_lone_organizations runs first) keep it:
    "UN" is the United Nations, not the "UN Development Programme Inc" one story writes first."""
    nodes = corpus.nodes()
    by_article: dict[int, list[Ref]] = defaultdict(list)
    for refs in nodes.values():
        for ref in refs:
            if ref[1] == "organization":
                by_article[ref[0]].append(ref)
    opened: dict[Node, set[Node]] = defaultdict(set)
    named_first: dict[Node, set[int]] = defaultdict(set)  # initials -> articles naming the company first
    for index, refs in by_article.items():
        for alone in (r for r in refs if is_acronym(r[2]) and len(r[2].split()) == 1):
            for ref in (r for r in refs if r != alone):
                if _opens(alone[2], ref[2]):
                    opened[node_of(alone)].add(node_of(ref))
                elif _opens_in_full(alone[2], ref[2]) and corpus.ask(index, written_before, ref[1:], alone[1:]):
                    opened[node_of(alone)].add(node_of(ref))
                    named_first[node_of(alone)].add(index)
    _join_opened(corpus, opened, named_first)


def _join_opened(corpus: Corpus, opened: dict[Node, set[Node]], named_first: dict[Node, set[int]]) -> None:
    """Join each initials to the one company's name they open (see join_opening_initials)."""
    nodes = corpus.nodes()
    named = _named_longer(corpus)
    groups = corpus.groups.groups()
    for short, names in sorted(opened.items()):
        if len(names) != 1:
            continue
        name = next(iter(names))
        if corpus.groups.find(nodes[short][0]) in named:
            _join_trade_name(corpus, short, name, groups.get(corpus.groups.find(nodes[name][0]), []))
            continue
        mine = {r[0] for r in nodes[short]}
        # The company's articles are those of all its names: "RMJ Holdings Corp" in two articles is also
        # the "RMJ Holdings" and "RMJ Holding Corp" of others.
        theirs = {r[0] for r in groups.get(corpus.groups.find(nodes[name][0]), nodes[name])}
        if short in named_first and named_first[short] != mine:
            continue
        if len(mine) <= max(corpus.config.variant_max_articles, len(theirs)):
            join_all(corpus, nodes[name][0], nodes[short], OPENS)


def _join_trade_name(corpus: Corpus, short: Node, name: Node, members: list[Ref]) -> None:
    """Join to initials the corpus has given a longer name ("ANA", All Nippon Airways) the company's name
    they open beside them in an article, its other words its trade ("ANA Airlines"), when that name has no
    longer name of its own: "GM Holdings Inc" or "UN Group" may be other bodies, "ANA Airlines" is ANA."""
    nodes = corpus.nodes()
    rest = legal_words(corpus.entities[nodes[name][0]].name)[0].split()[1:]
    alone = all(node_of(r) == name or len(r[2].split()) == 1 for r in members)
    if rest and all(w in TRADE_WORDS for w in rest) and alone:
        corpus.join(nodes[short][0], nodes[name][0], TRADE, nodes[name])


# Words after a company's initials that say its trade: the company itself, whatever else its initials name.
TRADE_WORDS = word_list("airlines airways industries bank")

# Why a company's name joined its initials' group.
TRADE = "the initials and the company's trade, written beside the initials in the same article"


def _opens(initials: str, name: str) -> bool:
    """Return True when a name is initials followed only by a legal form or company words."""
    words = name.split()
    if len(words) < 2 or words[0] != initials:
        return False
    core, legal = legal_words(name)
    rest = core.split()[1:]
    return bool(rest or legal) and all(w in COMPANY_WORDS for w in rest)


def _opens_in_full(initials: str, name: str) -> bool:
    """Return True when a name is initials followed by other words and a legal form: "IMS International Inc"."""
    core, legal = legal_words(name)
    return bool(legal) and name.split(maxsplit=1)[0] == initials and len(core.split()) > 1


def written_before(article: Article, first: tuple[str, str], then: tuple[str, str]) -> bool:
    """Return True when an article's body writes one entity (kind, name) before another first writes.

    Asked through `Corpus.ask`, so that memo.py asks it again when the article changes: a sentence
    added elsewhere keeps the answer, one naming the company after its initials does not."""
    return _first_written(article, *first) < _first_written(article, *then)


def _first_written(article: Article, kind: str, name: str) -> tuple[int, int]:
    """Return where an article's entity (the last listed of its kind and name, as `Corpus.of` keeps) is
    first written in its body: (paragraph, start); a name written only in the headline comes last."""
    listed = (*article.people, *article.organizations, *article.places)
    entity = next(e for e in reversed(listed) if (e.kind, e.name) == (kind, name))
    return min(((s.paragraph, s.start) for s in entity.spans), default=(1 << 30, 0))


def _named_longer(corpus: Corpus) -> set[Ref]:
    """Return the groups (by their leading ref) that hold a name of more than one word."""
    return {lead for lead, members in corpus.groups.groups().items() if any(len(r[2].split()) > 1 for r in members)}


# A company's trade after its one-word name, making no other body: an airline's, a bank's, an agency's, a
# broadcaster's name ("Jiji News Agency", "NHK Television"); not a unit's ("Amoco Oil Co"). A news agency's
# television arm ("Reuters Television") is kept apart by the other names opening with the word ("Reuters
# Holdings"): only the one other name joins.
TRADE_NAMES = frozenset({"bank", "airlines", "airways", "news agency", "press agency", "television", "broadcasting"})

# Why a company's name with its trade joined its one-word name.
WITH_TRADE = "the company's one-word name and its trade, the only other name opening with the word"


def join_trade_names(corpus: Corpus) -> None:
    """Join a company's one-word name, no word of the language ("Jiji"), and the only name of another
    group opening with it, when that name is the word and a trade ("JiJi News Agency") and every longer
    name the word's own group holds has the word in it ("Jiji Press"): a word opening several companies'
    names is a group's ("Kawabe": Kawabe Motors, Kawabe Bank Ltd), or an airline's and a bank's."""
    nodes = corpus.nodes()
    groups = corpus.groups.groups()
    opening: dict[str, set[Node]] = defaultdict(set)
    for node in nodes:
        if node[0] == "organization" and " " in node[1]:
            opening[node[1].split()[0]].add(node)
    for word, longer in sorted(opening.items()):
        short = nodes.get(("organization", word))
        if short is None or common_form(corpus, corpus.entities[short[0]].name):
            continue
        mine = groups.get(corpus.groups.find(short[0]), short)
        if any(word not in exact_key(r[2]).split() for r in mine):
            continue
        others = sorted(n for n in longer if corpus.groups.find(nodes[n][0]) != corpus.groups.find(short[0]))
        trade = len(others) == 1 and " ".join(legal_words(corpus.entities[nodes[others[0]][0]].name)[0].split()[1:])
        if trade in TRADE_NAMES:
            corpus.join(short[0], nodes[others[0]][0], WITH_TRADE, nodes[others[0]])
