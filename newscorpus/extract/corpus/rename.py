"""The canonical name of each group, and each article's entities renamed to it with the reason for every form."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ...config import Config
from ...model import Article, Entity, EntityKind, NameSpan, Quote
from ..identity import Vocabulary, is_acronym, is_run_on, relation
from ..shortforms import split_qualifier
from ..text import name_tokens
from .state import Corpus, Ref, common_form, cut_before_and, norm


def rename_all(corpus: Corpus) -> tuple[Article, ...]:
    """Return the articles with every entity renamed to its group's canonical name."""
    canonical, candidates = decide_names(corpus)
    return tuple(rename(index, article, canonical, candidates, corpus) for index, article in enumerate(corpus.articles))


def decide_names(corpus: Corpus) -> tuple[dict[Ref, str], dict[Ref, tuple[str, ...]]]:
    """Return each ref's canonical name, and the names each ambiguous ref could be."""
    canonical: dict[Ref, str] = {}
    for members in corpus.groups.groups().values():
        tie: list[tuple[str, int]] = []
        group = [corpus.entities[r] for r in members]
        name = canonical_name(group, corpus.config, corpus.slips, corpus.vocabulary, tie)
        if tie:
            corpus.ties.append((tuple((r, corpus.entities[r].mentions) for r in members), tuple(tie)))
        hosts = sorted({corpus.hosts[r] for r in members if r in corpus.hosts})
        if len(hosts) == 1:  # one of a country's posts abroad: "U.S. Embassy in Pakistan"
            name = f"{name} in {hosts[0]}"
        for ref in members:
            canonical[ref] = name
    candidates = {ref: tuple(sorted({canonical[h] for h in holders})) for ref, holders in corpus.ambiguous.items()}
    return canonical, candidates


def canonical_name(
    group: Sequence[Entity],
    config: Config,
    slips: set[str],
    vocabulary: Vocabulary | None = None,
    tie: list[tuple[str, int]] | None = None,
) -> str:
    """Return a group's fullest name written widely enough: most words, not a run-on, not capitals, not
    a name the finder ran on or cut short ("Associated Press Writer"), a body with its country; of
    spellings written in as many articles, the one whose rarest word the corpus writes most often
    ("World Economic Forum", not "Word Economic Forum": a slip is a word written almost nowhere)."""
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
            bare[norm(split[1])] = n
    eligible = [bare.get(norm(n), n) for n in eligible]
    pool = set(eligible) or set(articles)

    def first(n: str) -> tuple[int, bool, int]:
        return -len(name_tokens(n)), n.isupper() and not is_acronym(n), -articles[n]

    best = min(first(n) for n in pool)
    # The word counts are read only to choose between names tied so far: a single name reads none
    # (corpus/memo.py gives the merge again while the counts it read are the same).
    tied = [n for n in pool if first(n) == best]
    if len(tied) == 1:
        return tied[0]
    rarest = _rarest_words(tied, vocabulary)
    if tie is not None:  # the one read of mentions: the merge's record keeps it (memo.py)
        tie.extend((n, rarest[n]) for n in sorted(tied))
    return min(tied, key=lambda n: (-rarest[n], -mentions[n], n))


def _rarest_words(names: Sequence[str], vocabulary: Vocabulary | None) -> dict[str, int]:
    """Return where each name's rarest word stands among the names' words by how often the corpus
    writes it capitalised (0: never, or a name with no such word; all 0 without a vocabulary).

    The standing, not the count, is asked of the vocabulary: an edit that adds a "the" to the corpus
    changes how often it is written, seldom which word is rarer, so the merge's record still holds.
    """
    # Whole words of plain letters only, as the vocabulary counts them ("Jürgen" is none).
    words = {
        n: [w.lower() for w in n.split() if _LETTERS.fullmatch(w) and len(w) > 1 and not w.isupper()] for n in names
    }
    asked = tuple(sorted({w for ws in words.values() for w in ws}))
    standing = dict(zip(asked, vocabulary.capitalised_ranks(asked), strict=True)) if vocabulary and asked else {}
    return {n: min((standing.get(w, 0) for w in ws), default=0) for n, ws in words.items()}


_LETTERS = re.compile(r"[A-Za-z]+")


def rename(
    index: int,
    article: Article,
    canonical: dict[Ref, str],
    candidates: dict[Ref, tuple[str, ...]],
    corpus: Corpus,
) -> Article:
    """Return an article whose entities and quote speakers carry corpus-wide names, each form with its reason."""
    renamed: dict[tuple[EntityKind, str], str] = {}
    merged: dict[tuple[EntityKind, str], tuple[dict[str, str], int, tuple[str, ...]]] = {}
    spans: dict[tuple[EntityKind, str], set[NameSpan]] = defaultdict(set)
    for entity in (*article.people, *article.organizations, *article.places):
        ref = (index, entity.kind, entity.name)
        name = entity.name if ref in candidates else canonical[ref]
        renamed[(entity.kind, entity.name)] = name
        forms, mentions, _ = merged.get((entity.kind, name), ({}, 0, ()))
        dropped = set()
        for form in (entity.name, *entity.aliases):
            if form != entity.name and (_not_a_form(corpus, form) or cut_before_and(corpus, form, entity.name)):
                dropped.add(form)
                continue
            forms.setdefault(form, _reason(form, name, entity, corpus.why.get(ref, "")))
        merged[(entity.kind, name)] = (forms, mentions + entity.mentions, candidates.get(ref, ()))
        # Where a form that names nothing by itself is written ("World" beside "World Bank") is
        # no place that names the entity.
        spans[(entity.kind, name)].update(_spans_kept(article, entity, dropped) if dropped else entity.spans)
    by_kind: dict[EntityKind, list[Entity]] = defaultdict(list)
    for (kind, name), (forms, mentions, could_be) in merged.items():
        written = tuple(corpus.name_form(text, forms[text]) for text in sorted(forms))
        where = tuple(sorted(spans[(kind, name)], key=lambda s: (s.paragraph, s.start, s.end)))
        by_kind[kind].append(
            Entity(kind, name, tuple(sorted(set(forms) - {name})), mentions, written, could_be, spans=where)
        )
    order = lambda e: (-e.mentions, e.name)  # noqa: E731
    quotes = tuple(_rename_speaker(q, renamed) for q in article.quotes)
    return dataclasses.replace(
        article,
        people=tuple(sorted(by_kind["person"], key=order)),
        organizations=tuple(sorted(by_kind["organization"], key=order)),
        places=tuple(sorted(by_kind["place"], key=order)),
        quotes=quotes,
    )


def _not_a_form(corpus: Corpus, form: str) -> bool:
    """Return True for an alias the article's merge kept that names nothing by itself.

    "World" is not a form of "World Bank", nor "ECGD and the Bank of England" of the Bank.
    """
    return is_run_on(form) or (len(name_tokens(form)) == 1 and common_form(corpus, form))


def _spans_kept(article: Article, entity: Entity, dropped: set[str]) -> list[NameSpan]:
    """Return the entity's spans but where a dropped form is written (the article's paragraphs made only then:
    most entities drop none)."""
    paragraphs = article.paragraphs
    return [s for s in entity.spans if _written(paragraphs, s) not in dropped]


def _written(paragraphs: Sequence[str], span: NameSpan) -> str:
    """Return the name a span covers, spaces as the finders write them (one between words)."""
    if not 0 <= span.paragraph < len(paragraphs):
        return ""
    return " ".join(paragraphs[span.paragraph][span.start : span.end].split())


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
