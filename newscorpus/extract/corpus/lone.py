"""Steps for a name written alone: initials and clipped names of organisations, surnames of people."""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..identity import cased_initials, compact_key, exact_key, is_acronym, is_run_on
from ..shortforms import initials_of, split_qualifier
from ..text import fold_name
from .alone import (
    after_inner_article,
    given_al,
    lone_unnamed,
    named_in_full,
    only_after_given_name_title,
    only_after_regnal_title,
)
from .brackets import spelt_as
from .heads import parent_of
from .namesakes import People
from .pronouns import same_sex
from .state import (
    CONTEXT_MAX_SHARE,
    CONTEXT_MIN_ARTICLES,
    Corpus,
    Node,
    Ref,
    common_form,
    form_holders,
    join_all,
    lone_person,
    node_key,
)
from .word_longer import CLIPPED_BOTH, a_body_word_apart

# Initials this short stand for too many names to go by what their articles name: "DC" in sports
# stories is Washington, not the Dallas Cowboys; "DM" the mark, not a defence ministry; "IC", "AB"
# (a Swedish legal form). Only a longer name written beside them again and again takes them ("BP").
_MAX_LOOSE_INITIALS = 2


def join_lone_organizations(corpus: Corpus) -> None:
    """Join a one-word organisation ("IBM", "Fed", "USS") to the longer name it stands for: the one
    whose initials it is and that writes it beside its name in other articles; else the one whose
    initials it is, or that has it as a form, or that it clips, when their articles name the same
    people and places; of several, the one whose articles name what its articles name far more."""
    holders = form_holders(corpus)
    initials = initials_by_name(corpus)
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    profiles = _Profiles(corpus, members)
    few = corpus.config.clipping_min_articles
    for (kind, key), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind != "organization" or len(name.split()) != 1 or common_form(corpus, name):
            continue
        mine = root[refs[0]]
        if any(len(r[2].split()) > 1 for r in members[mine]):
            continue  # already one with a longer name ("Chevron", "Chevron Corp")
        letters = compact_key(name).upper() if is_acronym(name) or cased_initials(name) else ""
        held = holders.get((kind, key), set())
        if letters:  # "NFL" opening "NFL Network", "LAX" "LAX Airport Police": another body
            held = {h for h in held if letters in _name_initials(corpus.entities[h].name)}
        beside = Counter(root[h] for h in held)  # group -> articles writing the name beside it
        beside.pop(mine, None)
        by_initials = {root[h] for h in initials.get(letters, set())} - {mine} if letters else set()
        if letters and (kind, key) in corpus.spelt:  # spelt out in their articles as another name
            beside = Counter({g: n for g, n in beside.items() if spelt_as(corpus, (kind, key), _names(members[g]))})
            by_initials = {g for g in by_initials if spelt_as(corpus, (kind, key), _names(members[g]))}
        often = _far_most_beside(
            {g for g in by_initials if beside[g] >= few}, beside, corpus.config.surname_min_dominance
        )
        if len(often) == 1:
            # Initials of the one longer name that writes them beside it again and again ("FDIC", "BP").
            join_all(corpus, next(iter(often)), refs, "initials of the name, written beside it in other articles")
            continue
        if 0 < len(letters) <= _MAX_LOOSE_INITIALS:
            continue  # two letters stand for too much to go by the articles' names alone
        found, why = by_initials, "initials of the name, in articles naming the same people and places"
        if not found:
            found, why = parent_of(beside, members, place=corpus.is_place(name)), _BESIDE
        if not found and not letters:
            clipped, why = _clipped(corpus, name, refs, members, root)
            if clipped:  # written beside it in article after article: evidence enough
                join_all(corpus, clipped, refs, why)
            continue
        # A founder's possessive ("Moody's") beside one full name only is that firm, however often alone.
        possessive = not letters and len(found) == 1 and name.endswith(("'s", "’s"))
        owner = next(iter(found)) if possessive else profiles.best({r[0] for r in refs}, found, [(kind, key)])
        if owner is None:
            continue
        size = profiles.of(owner)[0]
        # Initials written alone in several articles are not spelt out by the one article that
        # writes the name they spell and never them ("ABC", a broadcaster; the "Abyssinian Baptist
        # Church" of one story).
        spelt_once = bool(letters) and size == 1 and not beside[owner] and len(refs) >= few
        if ((not letters and len(refs) > size) or spelt_once) and not possessive:
            # A company written alone in more articles than the longer name beside it is a company of
            # its own: "Citicorp" is the parent of "Citicorp Capital Investors Ltd", not its short form.
            continue
        join_all(corpus, owner, refs, _POSSESSIVE if possessive else why)


_POSSESSIVE = "a firm's possessive name, written beside its full name"
_BESIDE = "written beside the full name in other articles"


def _names(refs: Sequence[Ref]) -> set[str]:
    return {r[2] for r in refs}


def _far_most_beside(often: set[Ref], beside: Counter[Ref], dominance: float) -> set[Ref]:
    """Return, of several names initials are written beside again and again, the one they are written
    beside in far more articles than any other ("EC": the European Community in 250 articles, not the
    European Commission in 12); else all of them."""
    ranked = sorted((beside[g] for g in often), reverse=True)
    if len(ranked) > 1 and ranked[0] >= dominance * ranked[1]:
        return {g for g in often if beside[g] == ranked[0]}
    return often


def articles_spelling_out(corpus: Corpus, name: str) -> int:
    """Return how many articles write initials beside a longer name they are the initials of ("ICO"
    beside "International Coffee Organization"), not a name they open ("NFL Network")."""
    if not is_acronym(name):
        return 0
    letters = compact_key(name).upper()
    held = form_holders(corpus).get(node_key("organization", name), set())
    return len({h[0] for h in held if letters in _name_initials(corpus.entities[h].name)})


class _Profiles:
    """What each group's articles name, and how often: the evidence for which group a name stands for."""

    def __init__(self, corpus: Corpus, members: dict[Ref, list[Ref]]) -> None:
        self.corpus = corpus
        self.members = members
        self.counts: dict[Ref, tuple[int, Counter[Node]]] = {}
        self.total = max(1, len(corpus.names_in))

    def of(self, group: Ref) -> tuple[int, Counter[Node]]:
        """Return a group's number of articles and how many of them write each rarer name."""
        if group not in self.counts:
            articles = {r[0] for r in self.members[group]}
            cap = max(CONTEXT_MIN_ARTICLES, CONTEXT_MAX_SHARE * self.total)
            names = Counter(n for a in articles for n in self.corpus.names_in.get(a, ()) if self.corpus.df[n] <= cap)
            self.counts[group] = (len(articles), names)
        return self.counts[group]

    def best(self, articles: set[int], found: set[Ref], leave_out: list[Node]) -> Ref | None:
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
    corpus: Corpus, name: str, refs: Sequence[Ref], members: dict[Ref, list[Ref]], root: dict[Ref, Ref]
) -> tuple[Ref | None, str]:
    """Return the one longer name a clipped word stands for ("Fed": Federal Reserve Board): of the
    names whose first word it opens, the one written beside it in the most articles, far more than any
    other; else no name."""
    clip = fold_name(name)
    if len(clip) < 3:
        return None, ""
    mine = {r[0] for r in refs}
    beside: Counter[Ref] = Counter()
    for group in sorted(_first_words(corpus, members, root).get(clip[:3], {}).get(clip, set()) - {root[refs[0]]}):
        beside[group] = len(mine & {r[0] for r in members[group]})
    ranked = _one_body_of_two(corpus, beside, members)
    if not ranked or ranked[0][1] < corpus.config.clipping_min_articles:
        return None, ""
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None, ""
    return ranked[0][0], f"the name cut short, written beside the full name in {ranked[0][1]} articles"


def _one_body_of_two(corpus: Corpus, beside: Counter[Ref], members: dict[Ref, list[Ref]]) -> list[tuple[Ref, int]]:
    """Return the groups a clipped word is written beside, most articles first, the two it is written beside most
    joined where they are one body's name and that name a body's word longer, each beside it in article after
    article ("Fed": "Federal Reserve" and "Federal Reserve Board", two groups in a corpus too small to join them)."""
    ranked = beside.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < corpus.config.clipping_min_articles:
        return ranked
    (first, one), (second, two) = ranked[:2]
    pair = sorted((members[first], members[second]), key=len)
    if not (a_body_word_apart(pair[0], pair[1]) or a_body_word_apart(pair[1], pair[0])):
        return ranked
    corpus.join(first, second, CLIPPED_BOTH, members[second])
    return [(first, one + two), *ranked[2:]]


def _first_words(corpus: Corpus, members: dict[Ref, list[Ref]], root: dict[Ref, Ref]) -> dict[str, dict[str, set[Ref]]]:
    """Return, by their first three letters, the clipped words -> the organisations whose longer
    names open with a word they begin ("fed" -> Federal Reserve Board, Federal Express Corp)."""
    if corpus.first_words is None:
        out: dict[str, dict[str, set[Ref]]] = defaultdict(lambda: defaultdict(set))
        for ref in corpus.entities:
            words = ref[2].split()
            if ref[1] == "organization" and len(words) > 1:
                first = fold_name(words[0])
                for end in range(3, len(first)):
                    out[first[:3]][first[:end]].add(root[ref])
        corpus.first_words = out
    return corpus.first_words


def initials_by_name(corpus: Corpus) -> dict[str, set[Ref]]:
    """Return initials -> the organisations of longer names they abbreviate ("NFL", "BNP", "DOT" of
    "U.S. Department of Transportation" as of "Department of Transportation")."""
    out: dict[str, set[Ref]] = defaultdict(set)
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


def join_lone_surnames(corpus: Corpus) -> None:
    """Give a surname alone to the one person of that name, or the one its article points to."""
    holders = form_holders(corpus)
    people = People(corpus)
    lone: dict[str, list[Ref]] = defaultdict(list)
    arabic = after_inner_article(corpus)
    for ref, entity in ((r, corpus.entities[r]) for r in corpus.refs):
        if lone_person(entity):
            al = given_al(entity.name, arabic)  # "Al Jefferson", a man named Al: no one else's surname
            key = fold_name(entity.name) if al else exact_key(entity.name)
            found = set() if al else {people.root[h] for h in holders.get(("person", key), set())}
            # A word that is a place or a common word ("America", "Agriculture") is no one's surname.
            if not found or common_form(corpus, entity.name) or _more_a_place(corpus, entity.name, holders):
                lone_unnamed(corpus, ref, lone[key])
                continue
            here = {people.root[r] for r in named_in_full(corpus, ref)} or people.written_in(ref, found)
            if len(here) == 1:
                corpus.join(next(iter(here)), ref, _in_full_reason(corpus, ref))
                continue
            if corpus.read(ref[0], only_after_regnal_title, entity.name):
                lone[key].append(ref)  # "King Faisal": a monarch's own name, whoever bears it as a surname
                continue
            if people.mostly_given(key):
                # "Paul" alone is Paul Channon's given name, not the Pope's surname: no one's name.
                corpus.ambiguous[ref] = found
                continue
            best = people.best(ref, sorted(found))
            if best is not None and best not in same_sex(corpus, ref, {best}):
                # "Robinson ... She was": not the man her article's names point to, and no sure sign
                # of which woman is meant when the corpus's namesakes fit it less.
                lone[key].append(ref)
                continue
            if best is not None:
                corpus.groups.union(best, ref)
                corpus.why[ref] = people.reason(ref, len(found))
            else:
                # Someone the corpus names in full by the word, whom the article neither names nor points to:
                # no one to send readers to, rather than a hub of the word beside the person's ("Xi").
                corpus.ambiguous[ref] = found
    for refs in lone.values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)


def _in_full_reason(corpus: Corpus, ref: Ref) -> str:
    """Return why a name alone is the person its article names in full: their surname, or their given name
    where it opens every full name of the article holding it, ends none, and is written alone only after a
    title written before given names ("Sheikh Ali ... Sheikh Ali al-Khalifa al-Sabah": the minister's own
    name, not a surname; "Li", after "Premier Li Peng", is his surname)."""
    word = exact_key(ref[2])
    full = [exact_key(r[2]).split() for r in named_in_full(corpus, ref)]
    first = full and all(words[0] == word and words[-1] != word for words in full)
    if first and corpus.read(ref[0], only_after_given_name_title, corpus.entities[ref].name):
        return "given name of the person named in full in the same article"
    return "surname of the person named in full in the same article"


def _more_a_place(corpus: Corpus, name: str, holders: dict[Node, set[Ref]]) -> bool:
    """Return True for a word the gazetteer holds that the corpus writes as a place more often than as a
    person's name: "America" typed a person is the country; "Bush" named by George W. Bush is not, nor
    "de la Madrid"."""
    key = exact_key(name)
    if key not in corpus.gazetteer() or len(name.split()) > 1:
        return False
    as_person = corpus.df[("person", key)] + len({h[0] for h in holders.get(("person", key), set())})
    return corpus.df[("place", key)] >= as_person
