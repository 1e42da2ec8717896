"""Corpus-level step: one canonical name per entity across all articles, merged only on evidence.

Forms meet in steps, surest first, each a separate function:

1. the same name in other letters ("Al Qaida", "al-Qaida"; "NEW YORK", "New York"), and places
   the gazetteer gives one name;
2. spelling variants, when the evidence agrees: a close spelling relative to the word's length,
   not a common word, not two known places, given names agreeing, and either the variant is
   unknown elsewhere or both spellings' articles name the same people and places;
3. a company with and without its legal form ("Texaco", "Texaco Inc"), a person with and
   without a middle name, when only one entity could be meant;
4. a name written alone ("IBM", "Reagan") joins the one entity that has it as a form; a surname
   several people share ("Baker") goes to the one its article's other names point to, or stays
   ambiguous and gets no hub.

Every form keeps the reason it was merged, for the hub pages.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..config import Config
from ..model import Article, Entity, EntityKind, NameForm, Quote
from .entities import acronym_of
from .gazetteer import known_places, load_gazetteer
from .identity import (
    Vocabulary,
    compact_key,
    edit_distance,
    exact_key,
    given_names_agree,
    is_acronym,
    is_run_on,
    legal_form,
    plural_of_last,
    relation,
    surnames,
    variant_words,
)
from .text import fold, name_tokens

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
# Forms one deletion from more names than this are too short or too common a shape to compare all.
_MAX_BUCKET = 50


@dataclass
class _Corpus:
    """What the merge steps read and write: the entities, their groups and the reasons."""

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
    _nodes: dict[_Node, list[_Ref]] = dataclasses.field(default_factory=dict)

    def nodes(self) -> dict[_Node, list[_Ref]]:
        """Return every entity name of the corpus with the refs written under it, lone surnames left out."""
        if not self._nodes:
            for ref, entity in sorted(self.entities.items()):
                if not _lone_person(entity) and name_tokens(entity.name):
                    self._nodes.setdefault((entity.kind, exact_key(entity.name)), []).append(ref)
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
    corpus = _Corpus(entities, _UnionFind(sorted(entities)), config, Vocabulary(texts), {}, {}, names_in, df)
    _join_same_names(corpus)
    _join_spellings(corpus)
    _join_legal_forms(corpus)
    _join_middle_names(corpus)
    _join_lone_organizations(corpus)
    _join_lone_surnames(corpus)
    canonical: dict[_Ref, str] = {}
    for members in corpus.groups.groups().values():
        name = _canonical([entities[r] for r in members], config)
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
    for ref, entity in sorted(corpus.entities.items()):
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
    "UN Security Council"; "Sao Paulo", "Saopaulo"), but never two known places ("Newcastle", "New Castle")."""
    by_letters: dict[tuple[EntityKind, str], list[_Node]] = defaultdict(list)
    for node in corpus.nodes():
        by_letters[(node[0], compact_key(node[1]))].append(node)
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


def _join_spellings(corpus: _Corpus) -> None:
    """Join spelling variants of one name when the evidence agrees (see _same_by_spelling)."""
    nodes = corpus.nodes()
    articles = {node: {r[0] for r in refs} for node, refs in nodes.items()}
    index: dict[tuple[EntityKind, str], list[_Node]] = defaultdict(list)
    for node in nodes:
        kind, key = node
        if len(key) >= _MIN_VARIANT_LETTERS:
            for shortened in {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}:
                index[(kind, shortened)].append(node)
    pairs = {(a, b) for bucket in index.values() if len(bucket) <= _MAX_BUCKET for a in bucket for b in bucket if a < b}
    for a, b in sorted(pairs):
        main, variant = sorted((a, b), key=lambda n: (-len(articles[n]), n))
        reason = _same_by_spelling(corpus, main, variant, nodes, articles)
        if reason:
            corpus.groups.union(nodes[main][0], nodes[variant][0])
            for ref in nodes[variant] + nodes[main]:  # whichever becomes the canonical name
                corpus.why.setdefault(ref, reason)


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
    if main[0] != "person" and plural_of_last(main[1].split(), variant[1].split()):
        return None
    if main[0] == "person" and not given_names_agree(main[1].split(), variant[1].split(), share):
        return None
    if main[0] == "place" and corpus.is_place(forms[variant]):
        return None  # two known places ("Peru", "Piura"; "Frankfurt", "Frankfort") are two places
    return words


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
    """Join a company written with and without its legal form, when only one legal form is written."""
    by_name: dict[tuple[str, ...], list[tuple[str, _Ref]]] = defaultdict(list)
    for (kind, _), refs in corpus.nodes().items():
        if kind == "organization":
            name = corpus.entities[refs[0]].name
            bare, form = legal_form(name_tokens(name))
            if len(bare) > 1 or not corpus.is_common(bare[0]):
                by_name[bare].append((form, refs[0]))
    for members in by_name.values():
        legal = {form for form, _ in members if form}
        if len(members) > 1 and len(legal) <= 1:
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
    holders: dict[_Node, set[_Ref]] = defaultdict(set)
    for ref, entity in corpus.entities.items():
        tokens = name_tokens(entity.name)
        if len(tokens) <= 1:
            continue
        if is_run_on(entity.name):
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


def _join_lone_organizations(corpus: _Corpus) -> None:
    """Join a one-word organisation ("IBM", "Fed") to the one entity that has it as a form, or whose
    initials it is, when their articles name the same people and places."""
    holders = _holders(corpus)
    initials = _initials(corpus)
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    articles = {r: {ref[0] for ref in refs} for r, refs in members.items()}
    for (kind, key), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind != "organization" or len(name.split()) != 1 or _common_form(corpus, name):
            continue
        mine = root[refs[0]]
        if any(len(r[2].split()) > 1 for r in members[mine]):
            continue  # already one with a longer name ("Chevron", "Chevron Corp")
        # Initials of exactly one longer name say more than a name it opens ("NFL" of "NFL Network").
        found = (
            {root[h] for h in initials.get(compact_key(name).upper(), set())} - {mine} if is_acronym(name) else set()
        )
        why = "initials of the name, in articles naming the same people and places"
        if len(found) != 1:
            held = holders.get((kind, key), set())
            if is_acronym(name):  # "NFL" opening "NFL Network", "LAX" "LAX Airport Police": another body
                held = {h for h in held if compact_key(name).upper() in _name_initials(corpus.entities[h].name)}
            found = {root[h] for h in held} - {mine}
            why = "written beside the full name in other articles"
        if len(found) != 1:
            continue
        owner = next(iter(found))
        own = corpus.context({r[0] for r in refs}, [(kind, key)])
        if own & corpus.context(articles.get(owner, set()), [(kind, key)]):
            corpus.groups.union(owner, refs[0])
            for ref in refs:
                corpus.why.setdefault(ref, why)


def _initials(corpus: _Corpus) -> dict[str, set[_Ref]]:
    """Return initials -> the organisations of longer names they abbreviate ("NFL", "BNP", "DOT")."""
    out: dict[str, set[_Ref]] = defaultdict(set)
    for (kind, _), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind == "organization" and len(name.split()) > 1 and not is_run_on(name):
            for letters in _name_initials(name):
                out[letters].add(refs[0])
    return out


def _name_initials(name: str) -> set[str]:
    """Return the initials a name may go by: without connectors or legal form, or with every word."""
    words = name.split()
    every = "".join(w[0] for w in words if w[0].isalpha()).upper()
    return {i for i in (acronym_of(words), acronym_of(words, legal_suffix=False), every) if len(i) > 1}


def _join_lone_surnames(corpus: _Corpus) -> None:
    """Give a surname alone to the one person of that name, or the one its article points to."""
    holders = _holders(corpus)
    people = _People(corpus)
    lone: dict[str, list[_Ref]] = defaultdict(list)
    for ref, entity in sorted(corpus.entities.items()):
        if _lone_person(entity):
            key = exact_key(entity.name)
            found = {people.root[h] for h in holders.get(("person", key), set())}
            # A word that is a place or a common word ("America", "Agriculture") is no one's surname.
            if not found or _common_form(corpus, entity.name) or fold(entity.name) in corpus.gazetteer():
                lone[key].append(ref)
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
            return scores[0][1] if scores[0][0] > 0 else None
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


def _canonical(group: Sequence[Entity], config: Config) -> str:
    """Return a group's fullest name written widely enough: most words, not a run-on, not capitals."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for entity in group:
        articles[entity.name] += 1
        mentions[entity.name] += entity.mentions
    share = config.canonical_min_share
    names = [n for n in articles if not is_run_on(n)] or list(articles)
    if group[0].kind == "person" and any(len(name_tokens(n)) > 1 for n in names):
        # A person is named by a full name: the surname alone ("Reagan", in twenty times as many
        # articles) is never the canonical one while a full name is written.
        names = [n for n in names if len(name_tokens(n)) > 1]
        share = config.canonical_min_share_people
    top = max(articles[n] for n in names)
    eligible = [n for n in names if articles[n] >= share * top]
    return sorted(
        eligible or list(articles),
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
        written = tuple(NameForm(text, forms[text]) for text in sorted(forms))
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
    if form == entity.name and why and plain in (None, "surname", "part of the name"):
        return why  # the corpus decided it, not the letters: say on what evidence
    if plain is not None:
        return plain
    if form == entity.name:
        return why or "merged with the name across the corpus"
    return f"written beside {entity.name} in the same article"


def _rename_speaker(quote: Quote, renamed: dict[tuple[EntityKind, str], str]) -> Quote:
    if quote.speaker is None or quote.speaker_kind is None:
        return quote
    return dataclasses.replace(quote, speaker=renamed.get((quote.speaker_kind, quote.speaker), quote.speaker))
