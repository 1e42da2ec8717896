"""Corpus-level step: one canonical name per entity across all articles.

"Bashar Al Assad" in one outlet and "Bashar al-Assad" in another meet under one name key; a
name written alone ("Assad", "HTS") joins the one entity elsewhere in the corpus that has it as a
form, and stays apart when several do (two Smiths are not one person).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Article, Entity, EntityKind, Quote
from .text import name_key, name_tokens

_Ref = tuple[int, EntityKind, str]
"""(article index, kind, name): one entity of one article."""


def merge_across_corpus(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Return the articles with each entity renamed to its corpus-wide canonical name."""
    entities: dict[_Ref, Entity] = {}
    for index, article in enumerate(articles):
        for entity in (*article.people, *article.organizations, *article.places):
            entities[(index, entity.kind, entity.name)] = entity
    groups = _UnionFind(sorted(entities))
    _join_full_names(entities, groups)
    _join_lone_names(entities, groups)
    canonical: dict[_Ref, str] = {}
    for members in groups.groups().values():
        name = _canonical([entities[r] for r in members])
        for ref in members:
            canonical[ref] = name
    return tuple(_rename(index, article, canonical) for index, article in enumerate(articles))


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


def _join_full_names(entities: dict[_Ref, Entity], groups: _UnionFind) -> None:
    """Join names that meet by key, spelling and particles aside ("Al Qaida", "Al-Qaeda")."""
    by_key: dict[tuple[EntityKind, str], _Ref] = {}
    for ref, entity in sorted(entities.items()):
        if name_tokens(entity.name):
            key = (entity.kind, name_key(entity.name))
            if key in by_key:
                groups.union(by_key[key], ref)
            else:
                by_key[key] = ref


def _join_lone_names(entities: dict[_Ref, Entity], groups: _UnionFind) -> None:
    """Join a name written alone ("Assad", "HTS") to the one group that has it among its forms."""
    holders: dict[tuple[EntityKind, str], set[_Ref]] = defaultdict(set)
    for ref, entity in entities.items():
        if len(name_tokens(entity.name)) > 1:
            for form in entity.aliases:
                holders[(entity.kind, name_key(form))].add(ref)
            if entity.kind == "person":
                holders[(entity.kind, name_key(name_tokens(entity.name)[-1]))].add(ref)
    for ref, entity in sorted(entities.items()):
        if len(name_tokens(entity.name)) <= 1 and entity.kind != "place":
            found = {groups.find(r) for r in holders.get((entity.kind, name_key(entity.name)), set())}
            if len(found) == 1:
                groups.union(next(iter(found)), ref)


def _canonical(group: Sequence[Entity]) -> str:
    """Return the fullest name in a group: most name words, not all capitals, most mentions, then alphabetical."""
    counts: Counter[str] = Counter()
    for entity in group:
        counts[entity.name] += entity.mentions
    return sorted(counts, key=lambda n: (-len(name_tokens(n)), n.isupper(), -counts[n], n))[0]


def _rename(index: int, article: Article, canonical: dict[_Ref, str]) -> Article:
    """Return an article whose entities and quote speakers carry corpus-wide names."""
    renamed: dict[tuple[EntityKind, str], str] = {}
    merged: dict[tuple[EntityKind, str], tuple[set[str], int]] = {}
    for entity in (*article.people, *article.organizations, *article.places):
        name = canonical[(index, entity.kind, entity.name)]
        renamed[(entity.kind, entity.name)] = name
        forms, mentions = merged.get((entity.kind, name), (set(), 0))
        forms |= {entity.name, *entity.aliases}
        merged[(entity.kind, name)] = (forms, mentions + entity.mentions)
    by_kind: dict[EntityKind, list[Entity]] = defaultdict(list)
    for (kind, name), (forms, mentions) in merged.items():
        by_kind[kind].append(Entity(kind, name, tuple(sorted(forms - {name})), mentions))
    order = lambda e: (-e.mentions, e.name)  # noqa: E731
    quotes = tuple(_rename_speaker(q, renamed) for q in article.quotes)
    return dataclasses.replace(
        article,
        people=tuple(sorted(by_kind["person"], key=order)),
        organizations=tuple(sorted(by_kind["organization"], key=order)),
        places=tuple(sorted(by_kind["place"], key=order)),
        quotes=quotes,
    )


def _rename_speaker(quote: Quote, renamed: dict[tuple[EntityKind, str], str]) -> Quote:
    if quote.speaker is None or quote.speaker_kind is None:
        return quote
    return dataclasses.replace(quote, speaker=renamed.get((quote.speaker_kind, quote.speaker), quote.speaker))
