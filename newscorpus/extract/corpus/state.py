"""What the corpus-wide merge steps share: the entities, their groups, the reasons, the lookups."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from ...config import Config
from ...model import Article, Entity, EntityKind, NameForm
from ..gazetteer import known_places, load_gazetteer
from ..identity import Vocabulary, cased_initials, exact_key, is_acronym, is_run_on, surnames
from ..shortforms import reordered_key
from ..text import fold_name, name_tokens

Ref = tuple[int, EntityKind, str]
Question = tuple[Hashable, ...]
"""A question a step asked of one article: the function and its arguments after the article."""
_T = TypeVar("_T")

MentionTie = tuple[tuple[tuple[Ref, int], ...], tuple[tuple[str, int], ...]]
"""A group whose canonical name its mentions chose: each member with its mentions, and the names tied
so far, each with where its rarest word stands (`rename.canonical_name`)."""
"""(article index, kind, name): one entity of one article."""
Node = tuple[EntityKind, str]
"""(kind, exact key): every entity of the corpus written with one name."""

# Names in more than this share of the articles ("United States", "Reuters") say nothing about
# which of two entities an article means; the floor keeps small corpora's names as evidence.
CONTEXT_MAX_SHARE = 0.02
CONTEXT_MIN_ARTICLES = 5
# A place's name with more hyphens than this is looked up in the gazetteer as written only.
_MAX_HYPHENS = 3
# Forms one deletion (or one word) from more names than this are too common a shape to compare all:
# "* Corp" holds every two-word company.
MAX_BUCKET = 50


@dataclass
class Corpus:
    """What the merge steps read and write: the entities, their groups and the reasons."""

    articles: Sequence[Article]
    entities: dict[Ref, Entity]
    groups: UnionFind
    config: Config
    vocabulary: Vocabulary
    why: dict[Ref, str]
    """Why a ref's own name joined its group, when the corpus (not its article) decided it."""
    ambiguous: dict[Ref, set[Ref]]
    """A surname alone, or a body written without its country -> the groups (by a member) it could name."""
    names_in: dict[int, set[Node]]
    """Article index -> every name it writes."""
    df: Counter[Node]
    by_node: dict[Node, list[Ref]] = dataclasses.field(default_factory=dict)
    """Every name -> all its refs, lone surnames and deferred names included."""
    deferred: set[Node] = dataclasses.field(default_factory=set)
    """Names resolved one article at a time, left out of nodes(): a body without its country."""
    hosts: dict[Ref, str] = dataclasses.field(default_factory=dict)
    """A post written of two host countries or more ("U.S. Embassy") -> the country hosting it (posts.py)."""
    waits_with: dict[Node, Node] = dataclasses.field(default_factory=dict)
    """A slip of a body's name written without its country -> the name it waits with (waiting.py)."""
    slips: set[str] = dataclasses.field(default_factory=set)
    """Names the finder ran on or cut short ("Associated Press Writer"): never a group's canonical name."""
    refs: list[Ref] = dataclasses.field(default_factory=list)
    """Every ref, sorted: the order every step walks them in."""
    first_words: dict[str, dict[str, set[Ref]]] | None = None
    forms: dict[tuple[str, str], NameForm] = dataclasses.field(default_factory=dict)
    holders: dict[Node, set[Ref]] | None = None
    """One-word forms -> the refs of longer names that write them (the same for every step that asks)."""
    shortened: dict[str, list[Node]] = dataclasses.field(default_factory=lambda: defaultdict(list))
    """Each shortening of a name the spelling steps compare (names.py `spelling_candidates`) -> the names
    giving it: made once for the two steps that ask, of names most of which both compare."""
    shortened_from: set[Node] = dataclasses.field(default_factory=set)
    """The names `shortened` holds the shortenings of."""
    spelt: dict[Node, set[str]] = dataclasses.field(default_factory=dict)
    """Initials their articles write in brackets after a name no body of the article holds ("Banque
    Internationale a Luxembourg SA (BIL)", the finder's body cut to "Luxembourg SA") -> those names' keys."""
    questions: dict[int, dict[Question, object]] = dataclasses.field(default_factory=dict)
    """Article index -> what a step asked of the article's text or spans (`read`, `ask`), with the answer
    then (memo.py: the merge is given again while a changed article answers each the same)."""
    ties: list[MentionTie] = dataclasses.field(default_factory=list)
    """The groups whose canonical name was chosen by how often their articles name each form (memo.py)."""
    _nodes: dict[Node, list[Ref]] = dataclasses.field(default_factory=dict)
    _given: Counter[str] = dataclasses.field(default_factory=Counter)

    @classmethod
    def of(cls, articles: Sequence[Article], config: Config) -> Corpus:
        """Return the corpus of the articles' entities, each in a group of its own."""
        entities: dict[Ref, Entity] = {}
        names_in: dict[int, set[Node]] = defaultdict(set)
        for index, article in enumerate(articles):
            for entity in (*article.people, *article.organizations, *article.places):
                entities[(index, entity.kind, entity.name)] = entity
                names_in[index].add(node_of((index, entity.kind, entity.name)))
        df: Counter[Node] = Counter(n for names in names_in.values() for n in names)
        vocabulary = Vocabulary(b.text for article in articles for b in article.blocks)
        corpus = cls(articles, entities, UnionFind(sorted(entities)), config, vocabulary, {}, {}, names_in, df)
        corpus.refs = sorted(entities)
        for ref in corpus.refs:
            corpus.by_node.setdefault(node_of(ref), []).append(ref)
        return corpus

    def nodes(self) -> dict[Node, list[Ref]]:
        """Return every entity name of the corpus with the refs written under it, lone surnames left out."""
        if not self._nodes:
            for ref in self.refs:
                node = node_of(ref)
                if not lone_person(self.entities[ref]) and node[1] and node not in self.deferred:
                    self._nodes.setdefault(node, []).append(ref)
        return self._nodes

    def defer(self, nodes: Iterable[Node]) -> None:
        """Leave more names out of nodes(), to be resolved one article at a time."""
        self.deferred |= set(nodes)
        self._nodes.clear()
        self._given.clear()

    def given_names(self) -> Counter[str]:
        """Return each first word of the people's full names -> how many names open with it."""
        if not self._given:
            self._given.update(key.split()[0] for kind, key in self.nodes() if kind == "person" and " " in key)
        return self._given

    def context(self, articles: Iterable[int], leave_out: Iterable[Node] = ()) -> set[Node]:
        """Return the rarer names written in the articles: what tells one entity from another."""
        cap = max(CONTEXT_MIN_ARTICLES, CONTEXT_MAX_SHARE * len(self.names_in))
        out = {n for a in articles for n in self.names_in.get(a, ()) if self.df[n] <= cap}
        return out - set(leave_out)

    def gazetteer(self) -> dict[str, str]:
        return load_gazetteer(self.config.min_place_population).places

    def is_place(self, name: str) -> bool:
        """Return True for a known place: a town of 5,000 or more, or a name the gazetteer gives a city
        ("Frankfurt" for Frankfurt am Main)."""
        return fold_name(name) in known_places() or fold_name(name) in self.gazetteer()

    def is_common(self, word: str) -> bool:
        return self.vocabulary.is_common(word, self.config.common_word_min_share, self.config.common_word_min_count)

    def ask(self, index: int, question: Callable[..., _T], *args: Hashable) -> _T:
        """Return what question(article, *args) answers of an article, noting the question and answer.

        The steps read an article's text and where it writes its names only through here, with a
        function of the module's top level: memo.py asks a changed article the same questions again.
        """
        answer = question(self.articles[index], *args)
        self.questions.setdefault(index, {})[(question, *args)] = answer
        return answer

    def read(self, index: int, reader: Callable[..., _T], *args: Hashable) -> _T:
        """Return reader(text, *args) of an article's headline and body as one text (as `ask` notes it)."""
        return cast(_T, self.ask(index, read_text, reader, *args))

    def name_form(self, text: str, reason: str) -> NameForm:
        """Return the one NameForm of a form and reason: the corpus writes the same ones a million times."""
        key = (text, reason)
        if key not in self.forms:
            self.forms[key] = NameForm(text, reason)
        return self.forms[key]

    def join(self, a: Ref, b: Ref, why: str, refs: Iterable[Ref] = ()) -> None:
        """Put two refs in one group, and give the refs (b by default) the reason, unless they have one."""
        self.groups.union(a, b)
        for ref in refs or (b,):
            self.why.setdefault(ref, why)


def gazetteer_name(gazetteer: dict[str, str], name: str) -> str | None:
    """Return the gazetteer's name for a place, its hyphens also read as a space or as nothing: a
    transliteration joins its connecting vowel to either word ("Mazar-i-Sharif", "Mazari Sharif")."""
    folded = fold_name(name)
    parts = folded.split("-")
    if folded in gazetteer or not 1 < len(parts) <= _MAX_HYPHENS + 1:
        return gazetteer.get(folded)
    for joins in itertools.product(("-", " ", ""), repeat=len(parts) - 1):
        spelt = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True))
        if spelt in gazetteer:
            return gazetteer[spelt]
    return None


def article_text(article: Article) -> str:
    """Return an article's headline and body as one text, as the steps read it."""
    return "\n".join([article.title, *(b.text for b in article.blocks)])


def read_text(article: Article, reader: Callable[..., _T], *args: Hashable) -> _T:
    """Return reader(text, *args) of an article's text: the question `Corpus.read` asks."""
    return reader(article_text(article), *args)


def writes(text: str, pattern: str) -> bool:
    """Return True when a text holds a match of a regular expression."""
    return compiled(pattern).search(text) is not None


def find_all(text: str, pattern: str) -> tuple[str, ...]:
    """Return every match of a regular expression in a text (its group, when it has one)."""
    return tuple(compiled(pattern).findall(text))


@functools.lru_cache(maxsize=1 << 15)
def compiled(pattern: str) -> re.Pattern[str]:
    """Return a regular expression compiled, once: the steps ask of thousands of names, each its own pattern
    asked of every article writing it, far more than the 512 patterns `re` keeps compiled."""
    return re.compile(pattern)


def holds(text: str, part: str) -> bool:
    """Return True when a text holds a string."""
    return part in text


class UnionFind:
    """Groups of entity references, joined two at a time; the smallest reference leads a group."""

    def __init__(self, refs: Sequence[Ref]) -> None:
        self.parent = {ref: ref for ref in refs}
        self._sorted = sorted(self.parent)  # joins change where refs lead, never which refs there are
        # The groups, once asked for, kept up to date join by join: the steps ask for them ten times, with
        # thousands of joins between, and a corpus of 20,000 articles has 300,000 refs to walk each time.
        self._groups: dict[Ref, list[Ref]] | None = None
        self._unsorted: set[Ref] = set()
        """Leads of groups joined since they were last given out: their refs in no order yet."""
        self._own: set[Ref] = set()
        """Leads whose list of refs was made since the groups were last given out, so no caller holds it."""

    def find(self, ref: Ref) -> Ref:
        parent = self.parent
        up = parent[ref]
        while up != ref:  # each ref on the way is pointed two steps up (path halving)
            parent[ref] = parent[up]
            ref = parent[ref]
            up = parent[ref]
        return ref

    def union(self, a: Ref, b: Ref) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        lead, other = min(ra, rb), max(ra, rb)
        self.parent[other] = lead
        groups = self._groups
        if groups is None:
            return
        # The lead keeps its place in the dict (the leads stay in order); the larger list takes the
        # smaller's refs, copied first if a caller holds it (a caller's groups never change).
        big, small, owner = groups[lead], groups.pop(other), lead
        if len(big) < len(small):
            big, small, owner = small, big, other
        if owner not in self._own:
            big = list(big)
        big.extend(small)
        groups[lead] = big
        self._own.discard(other)
        self._own.add(lead)
        self._unsorted.discard(other)
        self._unsorted.add(lead)

    def groups(self) -> dict[Ref, list[Ref]]:
        """Return each group's leading ref -> its refs, in order (a dict of the caller's own; the lists shared)."""
        if self._groups is None:
            parent = self.parent
            out: dict[Ref, list[Ref]] = {}
            for ref in self._sorted:
                up = parent[ref]
                # Most refs lead their group or point at its lead: no walk up for them.
                lead = up if parent[up] == up else self.find(ref)
                if lead in out:
                    out[lead].append(ref)
                else:
                    out[lead] = [ref]
            self._groups = out
        for lead in self._unsorted:
            self._groups[lead].sort()
        self._unsorted.clear()
        self._own.clear()
        return defaultdict(list, self._groups)


def lone_person(entity: Entity) -> bool:
    """Return True for a person named by one word: a surname, resolved on its own (join_lone_surnames)."""
    return entity.kind == "person" and len(name_tokens(entity.name)) == 1


def node_of(ref: Ref) -> Node:
    """Return the name a ref is written under: its kind and exact key; a place's whole name where the
    key's particles dropped make another known place of it ("El Salvador" is not Salvador, in Brazil)."""
    return node_key(ref[1], ref[2])


@functools.lru_cache(maxsize=1 << 16)
def node_key(kind: EntityKind, name: str) -> Node:
    """Return the node a name of a kind is written under (node_of); initials with a small letter inside keep
    their letters as written: "TfL" is not "TFL", a tackle for loss in a box score (cased_initials)."""
    key = exact_key(name)
    if kind == "place":
        return ("place", _whole_place(name, key))
    return (kind, name) if kind == "organization" and cased_initials(name) else (kind, key)


@functools.lru_cache(maxsize=1 << 14)
def _whole_place(name: str, key: str) -> str:
    whole = " ".join("".join(c if c.isalnum() else " " for c in fold_name(name)).split()).removeprefix("the ")
    if whole == key or key not in known_places():
        return key
    gazetteer = load_gazetteer(Config().min_place_population)
    if whole not in known_places() and whole not in gazetteer.countries:
        return key
    # "The Netherlands" and "Netherlands" are one country ("the" says nothing); "La Mesa" and "Mesa"
    # are two towns.
    return whole if gazetteer.places.get(whole, whole) != gazetteer.places.get(key, key) else key


@functools.lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Return the key under which a body's name meets the same words turned about "of"."""
    return reordered_key(name) or exact_key(name)


def form_holders(corpus: Corpus) -> dict[Node, set[Ref]]:
    """Return each one-word form -> the entities of longer names that have it as a form."""
    if corpus.holders is not None:
        return corpus.holders
    holders: dict[Node, set[Ref]] = defaultdict(set)
    corpus.holders = holders
    for ref, entity in corpus.entities.items():
        tokens = name_tokens(entity.name)
        if len(tokens) <= 1:
            continue
        if is_run_on(entity.name) or (entity.kind == "person" and " the " in entity.name):
            continue
        for form in entity.aliases:
            if (
                len(name_tokens(form)) == 1
                and not common_form(corpus, form)
                and not cut_before_and(corpus, form, entity.name)
            ):
                holders[node_key(entity.kind, form)].add(ref)
        if entity.kind == "person":
            for word in surnames(entity.name):
                holders[("person", word)].add(ref)
    return holders


def common_form(corpus: Corpus, form: str) -> bool:
    """Return True for a one-word form that is a common word, not a name ("World" of "World Bank")."""
    return not is_acronym(form) and corpus.is_common(form)


def cut_before_and(corpus: Corpus, form: str, name: str) -> bool:
    """Return True for a word of the language that is a name's first word before its "and": the finder
    cut "Standard and Poor's said" to "Standard", no short form of the agency and the first word of
    Standard Oil's name too. "Procter" of "Procter and Gamble", a word written in lower case nowhere, is
    the company's short form."""
    words = name.split()
    if len(words) < 3 or words[0] != form or words[1].lower() not in ("and", "&") or is_acronym(form):
        return False
    return corpus.vocabulary.is_common(form, _WORD_OF_THE_LANGUAGE_SHARE, corpus.config.common_word_min_count)


# A word written in lower case at least this share of the times it is capitalised is a word of the
# language ("standard", a fifth of the times Reuters writes "Standard"), whatever names it opens.
_WORD_OF_THE_LANGUAGE_SHARE = 0.2


def join_all(corpus: Corpus, owner: Ref, refs: Sequence[Ref], why: str) -> None:
    """Put every ref of a name in the owner's group, each with the reason unless it has one."""
    corpus.groups.union(owner, refs[0])
    for ref in refs:
        corpus.why.setdefault(ref, why)
