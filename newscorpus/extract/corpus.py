"""Corpus-level step: one canonical name per entity across all articles, merged only on evidence.

Forms meet in steps, surest first, each a separate function:

1. the same name in other letters ("Al Qaida", "al-Qaida"; "NEW YORK", "New York"), places the
   gazetteer gives one name, and a body's words turned about "of" ("Department of the Treasury",
   "Treasury Department") when the qualifier or the articles agree;
2. spelling variants, when the evidence agrees: a close spelling relative to the word's length,
   not a common word, not two known places, given names agreeing, and either the variant is
   unknown elsewhere or both spellings' articles name the same people and places;
3. a company with and without its legal form ("Texaco", "Texaco Inc", "Merck and Co Inc"), a
   person with and without a middle name, when only one entity could be meant; a name the finder
   ran on into the next word ("Associated Press Writer") or cut short of its last;
4. a body written without its country ("Congress", "Foreign Ministry") joins the one written with
   it ("U.S. Congress") in each article whose text, dateline or places say which country;
5. a name written alone ("IBM", "Fed", "Reagan") joins the one entity that has it as a form or
   whose initials or first letters it is; a surname several people share ("Baker") goes to the one
   named in full in its article, else to the one its article's other names point to, or stays
   ambiguous and gets no hub.

Every form keeps the reason it was merged, for the hub pages.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..config import Config
from ..model import Article, Entity, EntityKind, NameForm, Quote
from .cues import CONNECTORS
from .gazetteer import PLACE_ALIASES, country_of, known_places, load_gazetteer
from .identity import (
    LEGAL_FORMS,
    Vocabulary,
    compact_key,
    edit_distance,
    exact_key,
    given_names_agree,
    is_acronym,
    is_run_on,
    plural_of_last,
    relation,
    surnames,
    variant_words,
)
from .shortforms import (
    PARENT_QUALIFIERS,
    initials_of,
    is_body_word,
    is_calendar_word,
    legal_words,
    qualifier_country,
    reordered_key,
    run_on_tail,
    split_qualifier,
)
from .text import fold, name_tokens
from .text import words as word_list

_Ref = tuple[int, EntityKind, str]
"""(article index, kind, name): one entity of one article."""
_Node = tuple[EntityKind, str]
"""(kind, exact key): every entity of the corpus written with one name."""

# Names in more than this share of the articles ("United States", "Reuters") say nothing about
# which of two entities an article means; the floor keeps small corpora's names as evidence.
_CONTEXT_MAX_SHARE = 0.02
_CONTEXT_MIN_ARTICLES = 5
# Names shorter than this have no spelling variant (no edit is allowed in four letters: "Zhao", "Zhou").
_MIN_VARIANT_LETTERS = 5
# Forms one deletion (or one word) from more names than this are too common a shape to compare all:
# "* Corp" holds every two-word company.
_MAX_BUCKET = 50
# Words this long may be misspelt twice ("Secruties" for "Securities": a deletion and a swap).
_TWO_EDIT_LETTERS = 10
# Nouns that make a thing or a part of its own when they end a name: "U.S. Treasury Index" is a
# futures contract, "White House Budget" (chief) the budget office, "Data Systems Division" a part
# of IBM: not the Treasury, the White House or a company run on into the next word.
_THING_WORDS = word_list(
    """index indexes bill bills bond bonds note notes act plan program programme report contract fund rate
    budget division unit subsidiary branch section affiliate"""
)


@dataclass
class _Corpus:
    """What the merge steps read and write: the entities, their groups and the reasons."""

    articles: Sequence[Article]
    entities: dict[_Ref, Entity]
    groups: _UnionFind
    config: Config
    vocabulary: Vocabulary
    why: dict[_Ref, str]
    """Why a ref's own name joined its group, when the corpus (not its article) decided it."""
    ambiguous: dict[_Ref, set[_Ref]]
    """A surname alone -> the groups (by a member) it could name."""
    names_in: dict[int, set[_Node]]
    """Article index -> every name it writes."""
    df: Counter[_Node]
    by_node: dict[_Node, list[_Ref]] = dataclasses.field(default_factory=dict)
    """Every name -> all its refs, lone surnames and deferred names included."""
    deferred: set[_Node] = dataclasses.field(default_factory=set)
    """Names resolved one article at a time, left out of nodes(): a body without its country."""
    slips: set[str] = dataclasses.field(default_factory=set)
    """Names the finder ran on or cut short ("Associated Press Writer"): never a group's canonical name."""
    refs: list[_Ref] = dataclasses.field(default_factory=list)
    """Every ref, sorted: the order every step walks them in."""
    first_words: dict[str, dict[str, set[_Ref]]] | None = None
    forms: dict[tuple[str, str], NameForm] = dataclasses.field(default_factory=dict)
    holders: dict[_Node, set[_Ref]] | None = None
    """One-word forms -> the refs of longer names that write them (the same for every step that asks)."""
    _nodes: dict[_Node, list[_Ref]] = dataclasses.field(default_factory=dict)

    def nodes(self) -> dict[_Node, list[_Ref]]:
        """Return every entity name of the corpus with the refs written under it, lone surnames left out."""
        if not self._nodes:
            for ref in self.refs:
                node = _node(ref)
                if not _lone_person(self.entities[ref]) and node[1] and node not in self.deferred:
                    self._nodes.setdefault(node, []).append(ref)
        return self._nodes

    def context(self, articles: Iterable[int], leave_out: Iterable[_Node] = ()) -> set[_Node]:
        """Return the rarer names written in the articles: what tells one entity from another."""
        cap = max(_CONTEXT_MIN_ARTICLES, _CONTEXT_MAX_SHARE * len(self.names_in))
        out = {n for a in articles for n in self.names_in.get(a, ()) if self.df[n] <= cap}
        return out - set(leave_out)

    def gazetteer(self) -> dict[str, str]:
        return load_gazetteer(self.config.min_place_population).places

    def is_place(self, name: str) -> bool:
        """Return True for a known place: a town of 5,000 or more, or a name the gazetteer gives a city
        ("Frankfurt" for Frankfurt am Main)."""
        return fold(name) in known_places() or fold(name) in self.gazetteer()

    def is_common(self, word: str) -> bool:
        return self.vocabulary.is_common(word, self.config.common_word_min_share, self.config.common_word_min_count)

    def text(self, index: int) -> str:
        """Return an article's headline and body as one text."""
        article = self.articles[index]
        return "\n".join([article.title, *(b.text for b in article.blocks)])

    def name_form(self, text: str, reason: str) -> NameForm:
        """Return the one NameForm of a form and reason: the corpus writes the same ones a million times."""
        key = (text, reason)
        if key not in self.forms:
            self.forms[key] = NameForm(text, reason)
        return self.forms[key]

    def join(self, a: _Ref, b: _Ref, why: str, refs: Iterable[_Ref] = ()) -> None:
        """Put two refs in one group, and give the refs (b by default) the reason, unless they have one."""
        self.groups.union(a, b)
        for ref in refs or (b,):
            self.why.setdefault(ref, why)


def merge_across_corpus(articles: Sequence[Article], config: Config | None = None) -> tuple[Article, ...]:
    """Return the articles with each entity renamed to its corpus-wide canonical name."""
    config = config or Config()
    entities: dict[_Ref, Entity] = {}
    names_in: dict[int, set[_Node]] = defaultdict(set)
    for index, article in enumerate(articles):
        for entity in (*article.people, *article.organizations, *article.places):
            entities[(index, entity.kind, entity.name)] = entity
            names_in[index].add((entity.kind, exact_key(entity.name)))
    df: Counter[_Node] = Counter(n for names in names_in.values() for n in names)
    texts = (b.text for article in articles for b in article.blocks)
    corpus = _Corpus(articles, entities, _UnionFind(sorted(entities)), config, Vocabulary(texts), {}, {}, names_in, df)
    corpus.refs = sorted(entities)
    for ref in corpus.refs:
        corpus.by_node.setdefault(_node(ref), []).append(ref)
    bodies = _bodies_without_country(corpus)
    corpus.deferred = set(bodies)
    _join_same_names(corpus)
    _join_reordered(corpus)
    _join_spellings(corpus)
    _join_legal_forms(corpus)
    _join_middle_names(corpus)
    _join_run_ons(corpus)
    _join_countries(corpus, bodies)
    _join_short_of_longer(corpus)
    _join_lone_organizations(corpus)
    _join_lone_surnames(corpus)
    canonical: dict[_Ref, str] = {}
    for members in corpus.groups.groups().values():
        name = _canonical([entities[r] for r in members], config, corpus.slips)
        for ref in members:
            canonical[ref] = name
    candidates = {ref: tuple(sorted({canonical[h] for h in holders})) for ref, holders in corpus.ambiguous.items()}
    return tuple(_rename(index, article, canonical, candidates, corpus) for index, article in enumerate(articles))


class _UnionFind:
    """Groups of entity references, joined two at a time; the smallest reference leads a group."""

    def __init__(self, refs: Sequence[_Ref]) -> None:
        self.parent = {ref: ref for ref in refs}

    def find(self, ref: _Ref) -> _Ref:
        while self.parent[ref] != ref:
            self.parent[ref] = self.parent[self.parent[ref]]
            ref = self.parent[ref]
        return ref

    def union(self, a: _Ref, b: _Ref) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[_Ref, list[_Ref]]:
        out: dict[_Ref, list[_Ref]] = defaultdict(list)
        for ref in sorted(self.parent):
            out[self.find(ref)].append(ref)
        return out


def _lone_person(entity: Entity) -> bool:
    """Return True for a person named by one word: a surname, resolved on its own (step 4)."""
    return entity.kind == "person" and len(name_tokens(entity.name)) == 1


def _join_same_names(corpus: _Corpus) -> None:
    """Join forms of one name in other letters, and places the gazetteer gives one name."""
    gazetteer = load_gazetteer(corpus.config.min_place_population).places
    for refs in corpus.nodes().values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)
    _join_same_letters(corpus)
    by_place: dict[str, dict[str, _Ref]] = defaultdict(dict)
    for ref, entity in ((r, corpus.entities[r]) for r in corpus.refs):
        standard = gazetteer.get(fold(entity.name)) if entity.kind == "place" else None
        if standard is not None:
            by_place[standard].setdefault(exact_key(entity.name), ref)
    known = known_places()
    for standard, names in by_place.items():
        # Only into the gazetteer's own name, written somewhere ("Peking" joins "Beijing"): two
        # alternates of one city ("Antioch", "Antioquia" of Antakya) are often two places.
        anchor = names.get(exact_key(standard))
        if anchor is None:
            continue
        for ref in names.values():
            name = corpus.entities[ref].name
            # Alternate names are not all the city's: "Garden City" (Singapore), "Frankfort"
            # (Frankfurt) are places of their own name too.
            if ref == anchor or fold(name) in known or corpus.is_common(name):
                continue
            # And only when their articles name the same people and places: "Romo" (a player) is
            # an alternate name of Rome, "Dandy" (a dog) of Dundee.
            pair: list[_Node] = [("place", exact_key(n)) for n in (name, standard)]
            mine, theirs = ({r[0] for r in corpus.nodes().get(n, [])} for n in pair)
            if corpus.context(mine, pair) & corpus.context(theirs, pair):
                corpus.groups.union(anchor, ref)
                for same in corpus.nodes().get(("place", exact_key(name)), [ref]):
                    corpus.why.setdefault(same, f"the gazetteer's other name for {standard}")


def _join_same_letters(corpus: _Corpus) -> None:
    """Join names spelt with the same letters, spaced or dotted otherwise ("U.N. Security Council",
    "UN Security Council"; "Sao Paulo", "Saopaulo"; "U.S. Steel", "United States Steel"), but never
    two known places ("Newcastle", "New Castle")."""
    by_letters: dict[tuple[EntityKind, str], list[_Node]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name if node[0] == "organization" else node[1]
        by_letters[(node[0], compact_key(_country_spelt_out(name)))].append(node)
    known = known_places()
    for (kind, _), nodes in sorted(by_letters.items()):
        names = {n: corpus.entities[corpus.nodes()[n][0]].name for n in nodes}
        if len(nodes) < 2 or (kind == "place" and sum(fold(names[n]) in known for n in nodes) > 1):
            continue
        for node in nodes[1:]:
            corpus.groups.union(corpus.nodes()[nodes[0]][0], corpus.nodes()[node][0])
        for node in nodes:
            for ref in corpus.nodes()[node]:
                corpus.why.setdefault(ref, "the same letters, spaced or dotted otherwise")


def _country_spelt_out(name: str) -> str:
    """Return a body's name with the initials of its country spelt out: "U.S. Steel" is "United
    States Steel", "UK Treasury" the "United Kingdom Treasury"."""
    first, _, rest = name.partition(" ")
    country = PLACE_ALIASES.get(first) if first.replace(".", "").isupper() else None
    return f"{country} {rest}" if country and rest else name


@functools.lru_cache(maxsize=1 << 16)
def _norm(name: str) -> str:
    """Return the key under which a body's name meets the same words turned about "of"."""
    return reordered_key(name) or exact_key(name)


def _join_reordered(corpus: _Corpus) -> None:
    """Join a body's name written with its words either side of "of" ("Department of the Treasury",
    "Treasury Department"; "Strait of Hormuz", "Hormuz Strait"), when both are written with one
    country first ("U.S. Bureau of the Census", "U.S. Census Bureau"), side by side in an article, or
    in articles naming the same people and places: "Council of State" (Finland's) is not China's
    "State Council"."""
    by_norm: dict[tuple[EntityKind, str], list[_Node]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        if node[0] != "person" and " of " in corpus.entities[refs[0]].name:
            by_norm[(node[0], _norm(corpus.entities[refs[0]].name))].append(node)
    for (kind, key), nodes in sorted(by_norm.items()):
        other = corpus.nodes().get((kind, key))
        if other is None:
            continue
        mine = {r[0] for r in other}
        qualified = split_qualifier(corpus.entities[other[0]].name) is not None
        for node in nodes:
            refs = corpus.nodes()[node]
            theirs = {r[0] for r in refs}
            agree = corpus.context(mine, [node, (kind, key)]) & corpus.context(theirs, [node, (kind, key)])
            # A name of three words or more is one body whichever way round ("Federal Reserve Bank of
            # St. Louis"); two ("Council of State") may be two countries' bodies.
            specific = len(key.split()) >= 3
            if qualified or specific or mine & theirs or agree:
                corpus.join(other[0], refs[0], 'the same words turned about "of"', refs)


def _bodies_without_country(corpus: _Corpus) -> dict[_Node, list[tuple[str, _Node]]]:
    """Return each body's name written without its country -> (country, name) of the names written
    with one ("Congress" -> [("United States", "U.S. Congress")]); its refs are resolved one by one."""
    qualified: dict[str, list[tuple[str, _Node]]] = defaultdict(list)
    bare: dict[str, list[_Node]] = defaultdict(list)
    for _, kind, name in corpus.refs:
        if kind != "organization":
            continue
        node = (kind, exact_key(name))
        split = split_qualifier(name)
        if split is not None:
            country = qualifier_country(split[0])
            if country and (country, node) not in qualified[_norm(split[1])]:
                qualified[_norm(split[1])].append((country, node))
        elif node not in bare[_norm(name)]:
            bare[_norm(name)].append(node)
    return {node: qualified[key] for key, nodes in bare.items() if key in qualified for node in nodes}


def _join_countries(corpus: _Corpus, bodies: dict[_Node, list[tuple[str, _Node]]]) -> None:
    """Give a body written without its country ("Congress", "Foreign Ministry") to the body written with
    it ("U.S. Congress", "Chinese Foreign Ministry") in each article that says which: it writes that
    name too, or the country just before the body ("China's Foreign Ministry"), or its dateline is in
    that country; or, when the corpus writes the body almost only of one country ("Congress"), its
    article names that country and no other body's. The rest stay one hub of the bare name."""
    nodes = corpus.nodes()
    countries = _ArticleCountries(corpus)
    leftover: dict[str, list[_Ref]] = defaultdict(list)
    for bare, candidates in sorted(bodies.items()):
        refs = corpus.by_node.get(bare, [])
        owners: dict[str, _Ref] = {}
        for country, node in candidates:  # "U.S. Congress", "American Congress": one body
            if node in nodes:
                owner = owners.setdefault(country, nodes[node][0])
                corpus.join(owner, nodes[node][0], "the same body of the same country", nodes[node])
        dominant = _dominant_country(corpus, countries, refs, set(owners))
        for ref in sorted(refs):
            found, why = _country_of_body(corpus, countries, ref, owners, dominant)
            if found is None:
                leftover[_norm(ref[2])].append(ref)
            else:
                corpus.join(owners[found], ref, why)
    for refs in leftover.values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)


class _ArticleCountries:
    """The countries an article names: its dateline's, its places', the parent bodies it names."""

    def __init__(self, corpus: _Corpus) -> None:
        self.corpus = corpus
        self.cache: dict[int, tuple[str | None, frozenset[str]]] = {}

    def of(self, index: int) -> tuple[str | None, frozenset[str]]:
        """Return (the dateline's country, every country the article names)."""
        if index not in self.cache:
            article = self.corpus.articles[index]
            dateline = country_of(article.dateline) if article.dateline else None
            named = {country_of(form) for p in article.places for form in (p.name, *p.aliases)}
            named |= {PARENT_QUALIFIERS[o.name] for o in article.organizations if o.name in PARENT_QUALIFIERS}
            named |= {o.name for o in article.organizations if o.name in PARENT_QUALIFIERS.values()}
            self.cache[index] = (dateline, frozenset(c for c in {*named, dateline} if c))
        return self.cache[index]


def _dominant_country(
    corpus: _Corpus, countries: _ArticleCountries, refs: Sequence[_Ref], candidates: set[str]
) -> str | None:
    """Return the one country whose body a bare name names in most of the corpus: the articles writing
    it name that country far more often than any other candidate's ("Congress": the United States)."""
    if not refs:
        return None
    counts = Counter(c for ref in refs for c in countries.of(ref[0])[1] & candidates)
    ranked = counts.most_common(2)
    enough = max(corpus.config.country_min_share * len(refs), corpus.config.country_min_articles)
    if ranked and ranked[0][1] >= enough and (len(ranked) == 1 or ranked[1][1] * 4 <= ranked[0][1]):
        return ranked[0][0]
    return None


def _country_of_body(
    corpus: _Corpus,
    countries: _ArticleCountries,
    ref: _Ref,
    owners: dict[str, _Ref],
    dominant: str | None,
) -> tuple[str | None, str]:
    """Return the country whose body a bare name is in its article, with why, or (None, "")."""
    index = ref[0]
    written = {c for c, owner in owners.items() if any(r[0] == index for r in corpus.nodes().get(_node(owner), []))}
    if len(written) == 1:
        return next(iter(written)), "the same body, its country written beside it in the same article"
    before = _countries_before(corpus.text(index), ref[2])
    if len(before) == 1 and before <= set(owners):
        return next(iter(before)), "the same body, its country written just before it"
    dateline, named = countries.of(index)
    if before or written:
        return None, ""  # "Vietnam's Communist Party": another country's, or two countries' bodies
    if dateline in owners:
        return dateline, "the same body, in an article datelined in its country"
    # A body only one country's names are written of ("Federal Reserve Board") is that country's
    # wherever the story is datelined; one many countries have ("Reserve Bank") is not, abroad.
    abroad = dateline not in (None, dominant) and len(owners) > 1
    if dominant and dominant in named and not named & set(owners) - {dominant} and not abroad:
        return dominant, "the same body: the corpus writes it of this country, and so does its article"
    return None, ""


def _node(ref: _Ref) -> _Node:
    return (ref[1], exact_key(ref[2]))


def _countries_before(text: str, body: str) -> set[str]:
    """Return the countries the text writes just before a body's name: "China's Foreign Ministry",
    "the U.S. Congress", "Vietnam's Communist Party", "(UN) General Assembly"."""
    found = set()
    pattern = r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s|\))?\s+" + re.escape(body) + r"\b"
    for match in re.finditer(pattern, text):
        words = match.group(1).split()
        for size in (2, 1):
            country = qualifier_country(" ".join(words[-size:])) if len(words) >= size else None
            if country:
                found.add(country)
                break
    return found


def _join_run_ons(corpus: _Corpus) -> None:
    """Join a name the finder ran on into the next word to the name itself, and a name it cut short
    of its last word to the whole name.

    Run on: "Associated Press Writer", "Securities and Exchange Commission Moller" (a person named
    in the article), "Sanwa Bank Ltd's", written in an article or two beside a name written widely;
    not when the added word makes a body or a thing of its own ("American Express Bank", "U.S.
    Treasury Index", "ESPN Radio"). Cut short: "International Brotherhood of Electrical" followed
    by "workers" in its article, or a name written in an article or two whose articles name the same
    people and places as the whole name's ("Mesquite Police", "Mesquite Police Department").
    """
    nodes = corpus.nodes()
    by_start: dict[tuple[EntityKind, str], list[_Node]] = defaultdict(list)
    for node in nodes:
        if node[0] == "organization":
            by_start[(node[0], " ".join(node[1].split()[:2]))].append(node)
    few = corpus.config.variant_max_articles
    for node, refs in sorted(nodes.items()):
        if node[0] != "organization" or len(by_start[(node[0], " ".join(node[1].split()[:2]))]) > _MAX_BUCKET:
            continue
        short = corpus.entities[refs[0]].name
        mine = {r[0] for r in refs}
        for other in by_start[(node[0], " ".join(node[1].split()[:2]))]:
            if not other[1].startswith(node[1] + " "):
                continue
            long_refs = nodes[other]
            tail = run_on_tail(short, corpus.entities[long_refs[0]].name)
            if tail is None or len(tail.split()) > 2:
                continue
            theirs = {r[0] for r in long_refs}
            established = len(mine) > len(theirs)
            runs_on = len(theirs) <= few and len(mine) >= len(theirs)
            if runs_on and _runs_on(corpus, tail, long_refs, established=established):
                corpus.join(refs[0], long_refs[0], "the name run on into the next word", long_refs)
                corpus.slips |= {r[2] for r in long_refs}
            elif len(theirs) >= len(mine) and _cut_short(corpus, short, tail, refs=refs, articles=(mine, theirs)):
                corpus.join(long_refs[0], refs[0], "the name cut short of its last word", refs)
                corpus.slips |= {r[2] for r in refs}


def _runs_on(corpus: _Corpus, tail: str, refs: Sequence[_Ref], *, established: bool) -> bool:
    """Return True when the words after a name are not part of it: a date, a common word that makes
    no body or thing of its own ("Writer", "Flight"), a possessive, or a person the article names."""
    words = tail.split()
    if all(is_calendar_word(w) for w in words) or tail in ("'s", "’s"):
        return True
    # A plural after a name names a group or product of it ("Chicago Board Options", "National
    # Capital Astronomers"); one common word ("Writer", "Flight") is the finder's slip.
    plural = tail.endswith("s") and corpus.is_common(tail[:-1])
    if len(words) == 1 and corpus.is_common(tail) and not _makes_its_own(tail) and not plural:
        return established
    people = {w for r in refs for p in corpus.articles[r[0]].people for w in name_tokens(p.name)}
    return all(fold(w) in people for w in words) and not _makes_its_own(words[-1])


def _makes_its_own(word: str) -> bool:
    """Return True for a word that makes a body or thing of its own after a name ("Bank", "Division", "Index")."""
    return is_body_word(word) or fold(word) in _THING_WORDS


def _cut_short(
    corpus: _Corpus, short: str, tail: str, *, refs: Sequence[_Ref], articles: tuple[set[int], set[int]]
) -> bool:
    """Return True when a name is a longer one without its last word: its article writes the word after
    it in lower case ("Securities and Exchange commission"); or it ends in no body's word, as no
    body's name does ("Chicago Board Options", "U.S. House Ways and Means"), and the longer name is
    written widely; or its articles name the people and places the longer name's do."""
    pattern = re.compile(re.escape(short) + r"\s+" + re.escape(tail.lower()) + r"\b")
    if any(pattern.search(corpus.text(r[0])) for r in refs):
        return True
    mine, theirs = articles
    # One body word, not a legal form or a country: "Daiwa Securities America Inc" is a subsidiary.
    if len(mine) > corpus.config.variant_max_articles or len(tail.split()) > 1 or legal_words(f"x {tail}")[1]:
        return False
    if not is_body_word(tail):
        return False
    last = short.rsplit(maxsplit=1)[-1]
    if len(theirs) >= corpus.config.clipping_min_articles * len(mine) and not is_body_word(last) and last[:1].isupper():
        return True
    leave_out: list[_Node] = [("organization", exact_key(short)), ("organization", exact_key(f"{short} {tail}"))]
    shared = corpus.context(mine, leave_out) & corpus.context(theirs, leave_out)
    return len(shared) >= corpus.config.variant_min_shared_names


def _join_spellings(corpus: _Corpus) -> None:
    """Join spelling variants of one name when the evidence agrees (see _same_by_spelling)."""
    nodes = corpus.nodes()
    articles = {node: {r[0] for r in refs} for node, refs in nodes.items()}
    for a, b in sorted(_spelling_candidates(nodes)):
        main, variant = sorted((a, b), key=lambda n: (-len(articles[n]), n))
        reason = _same_by_spelling(corpus, main, variant, nodes, articles)
        if reason:
            corpus.groups.union(nodes[main][0], nodes[variant][0])
            for ref in nodes[variant] + nodes[main]:  # whichever becomes the canonical name
                corpus.why.setdefault(ref, reason)


def _spelling_candidates(nodes: Iterable[_Node]) -> set[tuple[_Node, _Node]]:
    """Return the pairs of names that may be spellings of one: a letter apart (one deletion from
    each), one or two words apart ("Secruties and Exchange Comission"), or a long word two letters apart."""
    index: dict[str, list[_Node]] = defaultdict(list)
    for node in nodes:
        kind, key = node
        if len(key) < _MIN_VARIANT_LETTERS:
            continue
        # Keys are strings, the kind and the way of shortening first: a corpus has 100,000 names.
        index[f"{kind}|{key}"].append(node)
        for i in range(len(key)):
            index[f"{kind}|{key[:i]}{key[i + 1 :]}"].append(node)
        words = key.split()
        for i in range(len(words) if len(words) > 1 else 0):
            index[f"{kind}*{' '.join([*words[:i], '*', *words[i + 1 :]])}"].append(node)
            for j in range(i + 1, len(words) if len(words) >= 4 else 0):
                index[f"{kind}*{' '.join([*words[:i], '*', *words[i + 1 : j], '*', *words[j + 1 :]])}"].append(node)
        if len(words) == 1 and len(key) >= _TWO_EDIT_LETTERS:
            for i in range(len(key)):
                for j in range(i + 1, len(key)):
                    index[f"{kind}**{key[:i]}{key[i + 1 : j]}{key[j + 1 :]}"].append(node)
    return {
        (a, b) for bucket in index.values() if 1 < len(bucket) <= _MAX_BUCKET for a in bucket for b in bucket if a < b
    }


def _same_by_spelling(  # noqa: PLR0911  (a cascade of evidence, surest first)
    corpus: _Corpus,
    main: _Node,
    variant: _Node,
    nodes: dict[_Node, list[_Ref]],
    articles: dict[_Node, set[int]],
) -> str | None:
    """Return why two spellings name one entity, or None when the evidence does not agree."""
    forms = {n: corpus.entities[nodes[n][0]].name for n in (main, variant)}
    words = _spelling_apart(corpus, main, variant, forms)
    if words is None:
        return None
    seen = len(articles[variant])
    shared = articles[main] & articles[variant]
    common = corpus.context(articles[main], (main, variant)) & corpus.context(articles[variant], (main, variant))
    if seen > corpus.config.variant_max_articles:
        # Two spellings each written widely: one entity only if never side by side in an article
        # (there they tell two apart) and their articles name the same people and places.
        if not shared and len(common) >= corpus.config.variant_min_shared_names:
            return "another spelling; the articles of both name the same people and places"
        return None
    if shared:
        return "another spelling, beside this one in the same article"
    given = (main[1].split()[0], variant[1].split()[0])
    if main[0] == "person" and given[0] != given[1]:
        # Given names a letter apart are as often two names as one spelt twice: "Andre Miller" (a
        # basketball player) and "Andrew Miller" (a pitcher). One of them must be a slip: no given
        # name at all ("Manual" Valls) or one the corpus writes nowhere else ("Arland", "Frederico").
        names = load_gazetteer(corpus.config.min_place_population).given_names
        slip = any(g.capitalize() not in names for g in given) or (
            min(corpus.vocabulary.capital[g] for g in given) <= corpus.config.typo_max_occurrences
        )
        if slip and common:
            return "another spelling, written in only a few articles naming the same people and places"
        return None
    if main[0] == "place" and corpus.is_place(forms[main]):
        return "another spelling of a known place, written in only a few articles"
    if all(_typo(corpus, m, v, person=main[0] == "person") for m, v in words):
        return "another spelling, one letter off in a long word, written in only a few articles"
    if main[0] == "organization" and _one_word_off(main[1], words):
        return "another spelling of a word of the name, its other words the same, in only a few articles"
    if common:
        return "another spelling, written in only a few articles naming the same people and places"
    return None


def _spelling_apart(  # noqa: PLR0911  (one veto per return)
    corpus: _Corpus, main: _Node, variant: _Node, forms: dict[_Node, str]
) -> list[tuple[str, str]] | None:
    """Return the words two names spell differently when one may be a spelling of the other, else None."""
    if any(is_acronym(f) for f in forms.values()):
        return None  # "OPEC" and "OAPEC": initials differing by a letter are two bodies
    share = corpus.config.variant_max_edit_share
    words = variant_words(main[1].split(), variant[1].split(), share)
    if words is None or any(len(n[1].split()) == 1 and corpus.is_common(n[1]) for n in (main, variant)):
        return None  # a common word is never a misspelling of a name ("Note", "World")
    if any(corpus.is_common(m) and corpus.is_common(v) and edit_distance(m, v) > 1 for m, v in words):
        return None  # two words, not one misspelt: "Carrier" and "Courier", "Mines" and "Mills"
    if main[0] != "person" and plural_of_last(main[1].split(), variant[1].split()) and _two_in_one(corpus, forms):
        return None
    if main[0] == "person" and not given_names_agree(main[1].split(), variant[1].split(), share):
        return None
    if main[0] == "place" and corpus.is_place(forms[variant]):
        return None  # two known places ("Peru", "Piura"; "Frankfurt", "Frankfort") are two places
    one_off = all(edit_distance(*w) == 1 for w in words)
    place_typo = main[0] == "place" and corpus.is_place(forms[main]) and one_off
    # A transliteration of a Chinese given name written after the surname ("Zhao Sicong", "Zhao
    # Zicong"): the first word the same, a later one a letter off in six letters or more.
    later = main[0] == "person" and one_off and all(m != main[1].split()[0] and len(m) >= 6 for m, _ in words)
    if any(m[0] != v[0] for m, v in words) and not place_typo and not later:
        # A slip keeps a word's first letter: "Amtech" and "MTech", "Intel" and "Mitel" are two
        # companies; only a place no gazetteer knows may be a known one's typo, a letter off
        # ("Bothan", Dothan, Ala.; not "Ellenville", a village, for Belleville).
        return None
    return words


def _one_word_off(key: str, words: list[tuple[str, str]]) -> bool:
    """Return True for a company's or body's name whose words but one are the same, that one a letter
    off ("Wertheim Schroder and Co Inc", "Moseley Holding Corp"), or whose three or more words are the
    same but for a slip or two ("Secruties and Exchange Commission"): a slip, not another company."""
    content = [w for w in key.split() if w not in LEGAL_FORMS and w not in CONNECTORS]
    if len(content) >= 3:
        return True
    return len(content) == 2 and len(words) == 1 and len(words[0][0]) >= 5 and edit_distance(*words[0]) == 1


def _two_in_one(corpus: _Corpus, forms: dict[_Node, str]) -> bool:
    """Return True when a plural name is two names sharing their last word in its articles: "Defense
    Departments" of "the State and Defense Departments", not "South African Police Services"."""
    plural = max(forms.values(), key=len)
    pattern = re.compile(r"\b(?:and|&|or)\s+(?:the\s+)?" + re.escape(plural) + r"\b")
    refs = corpus.nodes().get(next(n for n, f in forms.items() if f == plural), [])
    return any(pattern.search(corpus.text(ref[0])) for ref in refs)


def _typo(corpus: _Corpus, main: str, variant: str, *, person: bool) -> bool:
    """Return True for a word that can only be a slip of the other.

    A long word one edit off that the corpus writes nowhere else ("Goverment", "Chemcial"); a word
    the corpus knows as a name of its own ("Solomon" beside "Salomon", "Johnston" beside "Johnson")
    is not. Inside an organisation's name, a word with an "s" more or less ("Posts and
    Telecommunications Ministry"); in a person's, "Woods" and "Wood" are two surnames.
    """
    if not person and main in (variant + "s", variant[:-1]):
        return True
    slip = min((main, variant), key=lambda w: (corpus.vocabulary.capital[fold(w)], w))
    rare = corpus.vocabulary.capital[fold(slip)] <= corpus.config.typo_max_occurrences
    return rare and len(slip) >= corpus.config.typo_min_letters and edit_distance(main, variant) == 1


def _join_legal_forms(corpus: _Corpus) -> None:
    """Join a company written with and without its legal form ("Texaco", "Texaco Inc"; "Merck and Co
    Inc", "Merck Co"), when the legal forms written agree: "X Inc" and "X Ltd" are two companies (a
    parent and its subsidiary, as Reuters' company news names them), "X Co" and "X Co Plc" one."""
    by_name: dict[str, list[tuple[frozenset[str], _Ref]]] = defaultdict(list)
    for (kind, _), refs in corpus.nodes().items():
        if kind == "organization":
            name = corpus.entities[refs[0]].name
            bare, forms = legal_words(name)
            if bare and (len(bare.split()) > 1 or not corpus.is_common(bare)):
                by_name[bare].append((forms, refs[0]))
    for members in by_name.values():
        written = {forms for forms, _ in members if forms}
        if len(members) > 1 and (not written or frozenset().union(*written) in written):
            for _, ref in members[1:]:
                corpus.groups.union(members[0][1], ref)
    # The reason is the form's relation to the canonical name ("short form"), found when renaming.


def _join_middle_names(corpus: _Corpus) -> None:
    """Join "John Smith" to "John A. Smith" when no other middle name is written with that name."""
    by_ends: dict[tuple[str, str], list[tuple[int, _Ref]]] = defaultdict(list)
    for (kind, key), refs in corpus.nodes().items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            by_ends[(words[0], words[-1])].append((len(words), refs[0]))
    for members in by_ends.values():
        short = [ref for size, ref in members if size == 2]
        longer = {corpus.groups.find(ref) for size, ref in members if size > 2}
        if short and len(longer) == 1:
            for ref in short:
                corpus.groups.union(next(iter(longer)), ref)


def _holders(corpus: _Corpus) -> dict[_Node, set[_Ref]]:
    """Return each one-word form -> the entities of longer names that have it as a form."""
    if corpus.holders is not None:
        return corpus.holders
    holders: dict[_Node, set[_Ref]] = defaultdict(set)
    corpus.holders = holders
    for ref, entity in corpus.entities.items():
        tokens = name_tokens(entity.name)
        if len(tokens) <= 1:
            continue
        if is_run_on(entity.name) or (entity.kind == "person" and " the " in entity.name):
            continue
        for form in entity.aliases:
            if len(name_tokens(form)) == 1 and not _common_form(corpus, form):
                holders[(entity.kind, exact_key(form))].add(ref)
        if entity.kind == "person":
            for word in surnames(entity.name):
                holders[("person", word)].add(ref)
    return holders


def _common_form(corpus: _Corpus, form: str) -> bool:
    """Return True for a one-word form that is a common word, not a name ("World" of "World Bank")."""
    return not is_acronym(form) and corpus.is_common(form)


def _join_short_of_longer(corpus: _Corpus) -> None:
    """Join a body's name to the name one word longer that its articles write it for: "Federal
    Reserve", written as the short form of "Federal Reserve Board" in a good share of the articles
    that write it at all and many times as often as of any other name ("Federal Reserve Bank of New
    York"). "White House" is written so of "White House Economic Policy Council" too seldom."""
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    beside: dict[str, Counter[_Ref]] = defaultdict(Counter)
    for ref, entity in corpus.entities.items():
        if entity.kind == "organization":
            for form in entity.aliases:
                tail = run_on_tail(form, entity.name)
                if len(form.split()) > 1 and tail and len(tail.split()) == 1 and is_body_word(tail):
                    beside[_norm(form)][root[ref]] += 1
    by_norm: dict[str, list[_Ref]] = defaultdict(list)
    for node, refs in corpus.by_node.items():
        if node[0] == "organization" and refs:
            by_norm[_norm(refs[0][2])].extend(refs)
    for key, counts in sorted(beside.items()):
        written = by_norm.get(key, [])
        if not written:
            continue
        short = Counter(root[r] for r in written).most_common(1)[0][0]
        (owner, times), *rest = [*counts.most_common(2), (short, 0)]
        share = times / (len({r[0] for r in written}) + sum(counts.values()))
        often = times >= corpus.config.clipping_min_articles and times >= 3 * rest[0][1]
        if owner != short and share >= corpus.config.short_form_min_share and often:
            corpus.join(owner, short, f"written as the short form of this name in {times} articles", members[short])


def _join_lone_organizations(corpus: _Corpus) -> None:
    """Join a one-word organisation ("IBM", "Fed", "USS") to the longer name it stands for: the one
    whose initials it is and that writes it beside its name in other articles; else the one whose
    initials it is, or that has it as a form, or that it clips, when their articles name the same
    people and places; of several, the one whose articles name what its articles name far more."""
    holders = _holders(corpus)
    initials = _initials(corpus)
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    profiles = _Profiles(corpus, members)
    few = corpus.config.clipping_min_articles
    for (kind, key), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind != "organization" or len(name.split()) != 1 or _common_form(corpus, name):
            continue
        mine = root[refs[0]]
        if any(len(r[2].split()) > 1 for r in members[mine]):
            continue  # already one with a longer name ("Chevron", "Chevron Corp")
        letters = compact_key(name).upper() if is_acronym(name) else ""
        held = holders.get((kind, key), set())
        if letters:  # "NFL" opening "NFL Network", "LAX" "LAX Airport Police": another body
            held = {h for h in held if letters in _name_initials(corpus.entities[h].name)}
        beside = Counter(root[h] for h in held)  # group -> articles writing the name beside it
        beside.pop(mine, None)
        by_initials = {root[h] for h in initials.get(letters, set())} - {mine} if letters else set()
        often = {g for g in by_initials if beside[g] >= few}
        if len(often) == 1:
            # Initials of the one longer name that writes them beside it again and again ("FDIC", "BP").
            _join_all(corpus, next(iter(often)), refs, "initials of the name, written beside it in other articles")
            continue
        found, why = by_initials, "initials of the name, in articles naming the same people and places"
        if not found:
            found, why = set(beside), "written beside the full name in other articles"
        if not found and not letters:
            clipped, why = _clipped(corpus, name, refs, members, root)
            if clipped:  # written beside it in article after article: evidence enough
                _join_all(corpus, clipped, refs, why)
            continue
        owner = profiles.best({r[0] for r in refs}, found, [(kind, key)])
        if owner is not None:
            _join_all(corpus, owner, refs, why)


def _join_all(corpus: _Corpus, owner: _Ref, refs: Sequence[_Ref], why: str) -> None:
    corpus.groups.union(owner, refs[0])
    for ref in refs:
        corpus.why.setdefault(ref, why)


class _Profiles:
    """What each group's articles name, and how often: the evidence for which group a name stands for."""

    def __init__(self, corpus: _Corpus, members: dict[_Ref, list[_Ref]]) -> None:
        self.corpus = corpus
        self.members = members
        self.counts: dict[_Ref, tuple[int, Counter[_Node]]] = {}
        self.total = max(1, len(corpus.names_in))

    def of(self, group: _Ref) -> tuple[int, Counter[_Node]]:
        """Return a group's number of articles and how many of them write each rarer name."""
        if group not in self.counts:
            articles = {r[0] for r in self.members[group]}
            cap = max(_CONTEXT_MIN_ARTICLES, _CONTEXT_MAX_SHARE * self.total)
            names = Counter(n for a in articles for n in self.corpus.names_in.get(a, ()) if self.corpus.df[n] <= cap)
            self.counts[group] = (len(articles), names)
        return self.counts[group]

    def best(self, articles: set[int], found: set[_Ref], leave_out: list[_Node]) -> _Ref | None:
        """Return the group the articles' rarer names point to: two names in common at least, and for
        one of several, twice the evidence of the next (each name weighed by its rarity and by the
        share of the group's articles that write it: "USS" is U.S. Steel's, not the U.S. Senate's)."""
        own = self.corpus.context(articles, leave_out)
        scored = []
        for group in sorted(found):
            size, names = self.of(group)
            shared = [n for n in own if names[n]]
            # The share of the group's articles writing a name, as if two more wrote none: one
            # article in common with a group of one is no proof.
            score = sum(math.log(1 + self.total / self.corpus.df[n]) * names[n] / (size + 2) for n in shared)
            scored.append((score, len(shared), group))
        scored.sort(key=lambda s: (-s[0], s[2]))
        if not scored or scored[0][1] < self.corpus.config.variant_min_shared_names:
            return None
        if len(scored) > 1 and scored[0][0] < self.corpus.config.surname_min_margin * scored[1][0]:
            return None
        return scored[0][2]


def _clipped(
    corpus: _Corpus, name: str, refs: Sequence[_Ref], members: dict[_Ref, list[_Ref]], root: dict[_Ref, _Ref]
) -> tuple[_Ref | None, str]:
    """Return the one longer name a clipped word stands for ("Fed": Federal Reserve Board): of the
    names whose first word it opens, the one written beside it in the most articles, far more than any
    other; else no name."""
    clip = fold(name)
    if len(clip) < 3:
        return None, ""
    mine = {r[0] for r in refs}
    beside: Counter[_Ref] = Counter()
    for group in sorted(_first_words(corpus, members, root).get(clip[:3], {}).get(clip, set()) - {root[refs[0]]}):
        beside[group] = len(mine & {r[0] for r in members[group]})
    ranked = beside.most_common(2)
    if not ranked or ranked[0][1] < corpus.config.clipping_min_articles:
        return None, ""
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None, ""
    return ranked[0][0], f"the name cut short, written beside the full name in {ranked[0][1]} articles"


def _first_words(
    corpus: _Corpus, members: dict[_Ref, list[_Ref]], root: dict[_Ref, _Ref]
) -> dict[str, dict[str, set[_Ref]]]:
    """Return, by their first three letters, the clipped words -> the organisations whose longer
    names open with a word they begin ("fed" -> Federal Reserve Board, Federal Express Corp)."""
    if corpus.first_words is None:
        out: dict[str, dict[str, set[_Ref]]] = defaultdict(lambda: defaultdict(set))
        for ref in corpus.entities:
            words = ref[2].split()
            if ref[1] == "organization" and len(words) > 1:
                first = fold(words[0])
                for end in range(3, len(first)):
                    out[first[:3]][first[:end]].add(root[ref])
        corpus.first_words = out
    return corpus.first_words


def _initials(corpus: _Corpus) -> dict[str, set[_Ref]]:
    """Return initials -> the organisations of longer names they abbreviate ("NFL", "BNP", "DOT" of
    "U.S. Department of Transportation" as of "Department of Transportation")."""
    out: dict[str, set[_Ref]] = defaultdict(set)
    for (kind, _), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind == "organization" and len(name.split()) > 1 and not is_run_on(name):
            split = split_qualifier(name)
            for letters in _name_initials(name) | (_name_initials(split[1]) if split else set()):
                out[letters].add(refs[0])
    return out


@functools.lru_cache(maxsize=1 << 16)
def _name_initials(name: str) -> frozenset[str]:
    """Return the initials a name may go by: with and without connectors and legal form, dotted
    initials whole ("U.S. Steel": USS; "Federal Deposit Insurance Corp": FDIC)."""
    return initials_of(tuple(name.split()))


def _join_lone_surnames(corpus: _Corpus) -> None:
    """Give a surname alone to the one person of that name, or the one its article points to."""
    holders = _holders(corpus)
    people = _People(corpus)
    lone: dict[str, list[_Ref]] = defaultdict(list)
    for ref, entity in ((r, corpus.entities[r]) for r in corpus.refs):
        if _lone_person(entity):
            key = exact_key(entity.name)
            found = {people.root[h] for h in holders.get(("person", key), set())}
            # A word that is a place or a common word ("America", "Agriculture") is no one's surname.
            if not found or _common_form(corpus, entity.name) or _more_a_place(corpus, entity.name, holders):
                lone[key].append(ref)
                continue
            here = {people.root[r] for r in _named_in_full(corpus, ref)} or people.written_in(ref, found)
            if len(here) == 1:
                corpus.join(next(iter(here)), ref, "surname of the person named in full in the same article")
                continue
            if people.mostly_given(key):
                lone[key].append(ref)  # "Paul" alone is Paul Channon's given name, not the Pope's surname
                continue
            best = people.best(ref, sorted(found))
            if best is not None:
                corpus.groups.union(best, ref)
                corpus.why[ref] = (
                    "surname of the one person of that name, in articles naming the same people and places"
                    if len(found) == 1
                    else "surname; its article names the people and places this person's do"
                )
            elif len(found) > 1:
                corpus.ambiguous[ref] = found
            else:
                lone[key].append(ref)
    for refs in lone.values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)


def _named_in_full(corpus: _Corpus, ref: _Ref) -> set[_Ref]:
    """Return the people of a surname's own article whose full name holds it: "Tan" and "Tan Soo Nan",
    "Dean" and "Dean Peterson"; a run-on ("Carlos Tevez the England") is no one's full name."""
    word = exact_key(ref[2])
    return {
        (ref[0], "person", p.name)
        for p in corpus.articles[ref[0]].people
        if len(name_tokens(p.name)) > 1 and word in name_tokens(p.name) and " the " not in p.name
    }


def _more_a_place(corpus: _Corpus, name: str, holders: dict[_Node, set[_Ref]]) -> bool:
    """Return True for a word the gazetteer holds that the corpus writes as a place more often than as a
    person's name: "America" typed a person is the country; "Bush" named by George W. Bush is not, nor
    "de la Madrid"."""
    key = exact_key(name)
    if key not in corpus.gazetteer() or len(name.split()) > 1:
        return False
    as_person = corpus.df[("person", key)] + len({h[0] for h in holders.get(("person", key), set())})
    return corpus.df[("place", key)] >= as_person


class _People:
    """The people a shared surname may name, each with the rarer names their articles write."""

    def __init__(self, corpus: _Corpus) -> None:
        self.corpus = corpus
        # The groups as they stand before any surname joins one: a surname's candidates are people
        # named in full, never another surname alone that happened to be given to someone first.
        self.members = corpus.groups.groups()
        self.root = {ref: root for root, refs in self.members.items() for ref in refs}
        self.profiles: dict[_Ref, set[_Node]] = {}
        self.total = max(1, len(corpus.names_in))
        self.given: Counter[str] = Counter()
        self.surname: Counter[str] = Counter()

    def profile(self, root: _Ref) -> set[_Node]:
        if root not in self.profiles:
            self.profiles[root] = self.corpus.context({r[0] for r in self.members[root]})
        return self.profiles[root]

    def best(self, ref: _Ref, found: Sequence[_Ref]) -> _Ref | None:
        """Return the person a shared surname names by what else its article names, or None if unclear."""
        corpus = self.corpus
        mine = corpus.context([ref[0]], [(ref[1], exact_key(ref[2]))])
        shared = {root: mine & self.profile(root) for root in found}
        scores = sorted(
            ((sum(math.log(1 + self.total / corpus.df[n]) for n in shared[root]), root) for root in found),
            key=lambda s: (-s[0], s[1]),
        )
        if len(scores) == 1:  # the only person of that name, if the article shares anything with theirs
            return scores[0][1] if self.only_one(ref, len(shared[scores[0][1]])) else None
        best, runner_up = scores[0][0], scores[1][0]
        enough = len(shared[scores[0][1]]) >= corpus.config.surname_min_shared_names
        if enough and best >= corpus.config.surname_min_margin * runner_up:
            return scores[0][1]
        # Nothing in the article tells them apart: the one the corpus names far more often
        # ("Reagan" is Ronald Reagan unless the story names Nancy or Michael Reagan's people).
        sizes = sorted(((len(self.members[root]), root) for root in found), key=lambda s: (-s[0], s[1]))
        leader = next(score for score, root in scores if root == sizes[0][1])
        if sizes[0][0] >= corpus.config.surname_min_dominance * sizes[1][0] and leader >= best:
            return sizes[0][1]
        return None

    def written_in(self, ref: _Ref, found: set[_Ref]) -> set[_Ref]:
        """Return the people of a surname whose full name its article's text writes, though the finder
        did not take it for one ("assassinate Benazir Bhutto" in a story on "Bhutto")."""
        text = self.corpus.text(ref[0])
        return {
            root
            for root in found
            if any(len(r[2].split()) > 1 and r[1] == "person" and r[2] in text for r in self.members[root])
        }

    def mostly_given(self, word: str) -> bool:
        """Return True for a word the corpus's full names hold as a given name far more often than as a
        surname ("Paul", "James"): written alone, it names no one's surname with any confidence."""
        if not self.given:
            for (kind, key), refs in self.corpus.nodes().items():
                words = key.split()
                if kind == "person" and len(words) > 1:
                    self.given[words[0]] += len(refs)
                    self.surname[words[-1]] += len(refs)
        return self.given[word] > self.corpus.config.given_name_ratio * max(1, self.surname[word])

    def only_one(self, ref: _Ref, shared: int) -> bool:
        """Return True when a surname names the only person the corpus names in full by it.

        One rarer name in common is enough for a surname; a word the corpus's full names hold as a
        given name as often as a surname ("Ali") needs two, as a shared surname does. A long surname no
        one else has, no given name and no word of the language ("Ahmadinejad") needs none.
        """
        word = ref[2].split()[-1]
        key = exact_key(word)
        self.mostly_given(key)  # counts the corpus's given names and surnames
        if shared >= (self.corpus.config.surname_min_shared_names if self.given[key] >= self.surname[key] else 1):
            return True
        given = word in load_gazetteer(self.corpus.config.min_place_population).given_names
        distinctive = len(word) >= self.corpus.config.distinctive_surname_letters
        vocabulary = self.corpus.vocabulary
        return distinctive and not given and vocabulary.lower[fold(word)] * 10 <= vocabulary.capital[fold(word)]


def _canonical(group: Sequence[Entity], config: Config, slips: set[str]) -> str:
    """Return a group's fullest name written widely enough: most words, not a run-on, not capitals, not
    a name the finder ran on or cut short ("Associated Press Writer"), a body with its country."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for entity in group:
        articles[entity.name] += 1
        mentions[entity.name] += entity.mentions
    share = config.canonical_min_share
    names = [n for n in articles if not is_run_on(n) and n not in slips] or list(articles)
    if group[0].kind == "person" and any(len(name_tokens(n)) > 1 for n in names):
        # A person is named by a full name: the surname alone ("Reagan", in twenty times as many
        # articles) is never the canonical one while a full name is written.
        names = [n for n in names if len(name_tokens(n)) > 1]
        share = config.canonical_min_share_people
    top = max(articles[n] for n in names)
    eligible = [n for n in names if articles[n] >= share * top]
    # A body is named with its country ("U.S. Congress", not "Congress" however more often written):
    # the bare name would be the name of the hub of every other country's.
    bare: dict[str, str] = {}
    for n in sorted(names, key=lambda n: (articles[n], n)):  # the one most written last
        if split := split_qualifier(n):
            bare[_norm(split[1])] = n
    eligible = [bare.get(_norm(n), n) for n in eligible]
    return sorted(
        set(eligible) or set(articles),
        key=lambda n: (-len(name_tokens(n)), n.isupper() and not is_acronym(n), -articles[n], -mentions[n], n),
    )[0]


def _rename(
    index: int,
    article: Article,
    canonical: dict[_Ref, str],
    candidates: dict[_Ref, tuple[str, ...]],
    corpus: _Corpus,
) -> Article:
    """Return an article whose entities and quote speakers carry corpus-wide names, each form with its reason."""
    renamed: dict[tuple[EntityKind, str], str] = {}
    merged: dict[tuple[EntityKind, str], tuple[dict[str, str], int, tuple[str, ...]]] = {}
    for entity in (*article.people, *article.organizations, *article.places):
        ref = (index, entity.kind, entity.name)
        name = entity.name if ref in candidates else canonical[ref]
        renamed[(entity.kind, entity.name)] = name
        forms, mentions, _ = merged.get((entity.kind, name), ({}, 0, ()))
        for form in (entity.name, *entity.aliases):
            if form != entity.name and _not_a_form(corpus, form):
                continue
            forms.setdefault(form, _reason(form, name, entity, corpus.why.get(ref, "")))
        merged[(entity.kind, name)] = (forms, mentions + entity.mentions, candidates.get(ref, ()))
    by_kind: dict[EntityKind, list[Entity]] = defaultdict(list)
    for (kind, name), (forms, mentions, could_be) in merged.items():
        written = tuple(corpus.name_form(text, forms[text]) for text in sorted(forms))
        by_kind[kind].append(Entity(kind, name, tuple(sorted(set(forms) - {name})), mentions, written, could_be))
    order = lambda e: (-e.mentions, e.name)  # noqa: E731
    quotes = tuple(_rename_speaker(q, renamed) for q in article.quotes)
    return dataclasses.replace(
        article,
        people=tuple(sorted(by_kind["person"], key=order)),
        organizations=tuple(sorted(by_kind["organization"], key=order)),
        places=tuple(sorted(by_kind["place"], key=order)),
        quotes=quotes,
    )


def _not_a_form(corpus: _Corpus, form: str) -> bool:
    """Return True for an alias the article's merge kept that names nothing by itself.

    "World" is not a form of "World Bank", nor "ECGD and the Bank of England" of the Bank.
    """
    return is_run_on(form) or (len(name_tokens(form)) == 1 and _common_form(corpus, form))


def _reason(form: str, name: str, entity: Entity, why: str) -> str:
    """Return why a form written in an article names the entity called name across the corpus."""
    if form == name:
        return ""
    plain = relation(form, name, entity.kind)
    if form == entity.name and why and plain in (None, "surname", "part of the name", "short form"):
        return why  # the corpus decided it, not the letters: say on what evidence
    if plain is not None:
        return plain
    if form == entity.name:
        return why or "merged with the name across the corpus"
    return f"written beside {entity.name} in the same article"


def _rename_speaker(quote: Quote, renamed: dict[tuple[EntityKind, str], str]) -> Quote:
    if quote.speaker is None or quote.speaker_kind is None:
        return quote
    speaker = renamed.get((quote.speaker_kind, quote.speaker), quote.speaker)
    return quote if speaker == quote.speaker else dataclasses.replace(quote, speaker=speaker)
