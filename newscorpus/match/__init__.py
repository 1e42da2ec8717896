"""Find the articles that are versions of one wire story, pick the reference, and say what each changed.

The stage runs in five steps, one module each: `text` (comparable words, boilerplate and
quotations marked), `index` (candidate pairs from rare shared n-grams), `verify` (aligned
containment with the checks that keep independent stories apart), `group` (clusters without
chaining through digests), `reference` and `forensics` (the reference version and each
version's edits against it), then `outlets` (habitual substitutions across the corpus).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from ..config import Config
from ..model import Article, Matched, Member, VariantGroup
from .forensics import compare_versions
from .group import group_pairs
from .index import candidate_pairs, shingle
from .outlets import habitual_substitutions
from .reference import Candidate, Facts, choose_reference, facts_of, wire_credit
from .text import CORRECTION, story_words, title_words
from .verify import Side, are_versions, overlap

__all__ = ["Facts", "facts_of", "match_articles"]

log = logging.getLogger(__name__)


def match_articles(articles: Sequence[Article], config: Config, facts: Mapping[str, Facts] | None = None) -> Matched:
    """Return the groups of two or more articles that are versions of one story, with their edits.

    facts overrides, by article id, what extraction found about an article besides its text
    (outlet, date, wire credit: `facts_of`); articles missing from it keep extraction's.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    facts = facts or {}
    sides = _sides(ordered, config)
    generic = _generic_title_words(sides, config)
    links = {}
    candidates = candidate_pairs(_shingles_view(sides), config.min_shared_shingles, config.candidate_min_share)
    for i, j, _ in candidates:
        result = are_versions(sides[i], sides[j], config, generic)
        if result is not None:
            links[(i, j)] = max(result.containment_a, result.containment_b)
    clusters = group_pairs(len(ordered), links, config.min_group_linkage)
    clusters = _drop_composites(clusters, candidates, sides, config)
    groups = [_group(ordered, sides, members, facts, config) for members in clusters]
    groups.sort(key=lambda g: g.id)
    log.info("matched %d articles into %d variant groups", len(ordered), len(groups))
    by_id = {a.id: a for a in ordered}
    return Matched(tuple(groups), habitual_substitutions(groups, by_id, config.min_habit_stories))


def _sides(articles: Sequence[Article], config: Config) -> list[Side]:
    """Return every article as verification sees it."""
    words = [story_words(a) for a in articles]
    shingles = shingle(words, config.shingle_size, config.shingle_df_cap)
    return [
        Side(
            w,
            g,
            d,
            title_words(a.title),
            not a.title_derived,
            bool(CORRECTION.search(a.title)),
            frozenset(w.words) | title_words(a.title),
        )
        for a, w, g, d in zip(articles, words, shingles.grams, shingles.distinct, strict=True)
    ]


def _drop_composites(
    clusters: list[list[int]], candidates: Sequence[tuple[int, int, int]], sides: Sequence[Side], config: Config
) -> list[list[int]]:
    """Return the clusters without members that also carry another cluster's story.

    A digest or roundup shares its first item with one story and its second with another; it
    is a version of neither. A member is composite when an article of another cluster covers a
    share of it (min_composite_share) that none of its own cluster mates covers.
    """
    cluster_of = {x: n for n, members in enumerate(clusters) for x in members}
    neighbours: dict[int, list[int]] = {}
    for i, j, _ in candidates:
        if i in cluster_of and j in cluster_of and cluster_of[i] != cluster_of[j]:
            neighbours.setdefault(i, []).append(j)
            neighbours.setdefault(j, []).append(i)
    size = config.shingle_size
    composite = set()
    for x, others in sorted(neighbours.items()):
        own = bytearray(len(sides[x].words.words))
        for mate in clusters[cluster_of[x]]:
            if mate != x:
                marks = overlap(sides[x], sides[mate], size)[1]
                own = bytearray(a | b for a, b in zip(own, marks, strict=True))
        for y in others:
            marks = overlap(sides[x], sides[y], size)[1]
            extra = sum(1 for m, o in zip(marks, own, strict=True) if m and not o)
            if extra >= config.min_composite_share * max(1, len(own)):
                composite.add(x)
                break
    kept = [[x for x in members if x not in composite] for members in clusters]
    return [members for members in kept if len(members) > 1]


def _generic_title_words(sides: Sequence[Side], config: Config) -> frozenset[str]:
    """Return the headline words common in this corpus ("sets", "raises"): no story's subject."""
    counts: dict[str, int] = {}
    for side in sides:
        if side.title_given:
            for word in side.title:
                counts[word] = counts.get(word, 0) + 1
    floor = max(config.generic_title_min, len(sides) * config.generic_title_share)
    return frozenset(w for w, n in counts.items() if n >= floor)


def _shingles_view(sides: Sequence[Side]) -> Sequence[frozenset[int]]:
    """Return each side's capped n-gram set, the only thing the candidate index reads."""
    return [s.distinct for s in sides]


def _group(
    articles: Sequence[Article],
    sides: Sequence[Side],
    indices: list[int],
    facts: Mapping[str, Facts],
    config: Config,
) -> VariantGroup:
    """Return a variant group: its reference version and every member measured against it."""
    size = config.shingle_size
    known = {i: facts.get(articles[i].id) or facts_of(articles[i]) for i in indices}
    candidates = []
    for i in indices:
        held = [overlap(sides[j], sides[i], size)[0].containment_a for j in indices if j != i]
        candidates.append(
            Candidate(
                index=i,
                credit=wire_credit(articles[i], known[i]),
                completeness=sum(held) / len(held),
                date=known[i].date,
                words=len(sides[i].words.words),
                id=articles[i].id,
            )
        )
    best, reason = choose_reference(candidates)
    ref = best.index
    members = []
    credits = {c.index: c.credit for c in candidates}
    for i in sorted(indices, key=lambda k: (k != ref, articles[k].id)):
        if i == ref:
            figures, edits = (1.0, 1.0, 1.0), None
        else:
            result = overlap(sides[i], sides[ref], size)[0]
            figures = (result.containment_a, result.containment_b, result.similarity)
            edits = compare_versions(
                articles[ref],
                articles[i],
                config.paragraph_match,
                config.paragraph_part_match,
                config.paragraph_gap_match,
            )
        members.append(
            Member(
                id=articles[i].id,
                containment=round(figures[0], 4),
                coverage=round(figures[1], 4),
                similarity=round(figures[2], 4),
                outlet=known[i].outlet,
                date=known[i].date,
                credit=credits[i],
                edits=edits,
            )
        )
    return VariantGroup(
        id=f"story-{articles[ref].id}", canonical=articles[ref].id, members=tuple(members), reason=reason
    )
