"""Find the articles that are versions of one wire story, pick the reference, and say what each changed.

The stage runs in five steps, one module each: `text` (comparable words, boilerplate and
quotations marked), `index` (candidate pairs from shared n-grams), `verify` (aligned
containment with the checks that keep independent stories apart), `group` (verified pairs
joined into stories, write-through chains whole, digests kept from joining two), `reference`
and `forensics` (the reference version and each version's edits against it), then `outlets`
(habitual substitutions across the corpus).
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial

from ..collector import paused
from ..config import Config
from ..model import Article, Matched, Member, VariantGroup, VersionEdits
from .forensics import compare_versions
from .group import APART, CONFLICT, LINKED, REFUSED, Link, group_versions
from .index import Bar, Shingles
from .kept_groups import Pair, group_key
from .memo import MatchMemo
from .outlets import habitual_substitutions
from .reference import Candidate, Facts, choose_reference, facts_of, wire_credit
from .shared import overlap
from .short import alert_of, headline_links, is_alert, is_storyless
from .side import Context, Side
from .text import CORRECTION
from .verify import Verdict

__all__ = ["Facts", "facts_of", "match_articles"]

log = logging.getLogger(__name__)


def match_articles(
    articles: Sequence[Article],
    config: Config,
    facts: Mapping[str, Facts] | None = None,
    keys: Mapping[str, str] | None = None,
) -> Matched:
    """Return the groups of two or more articles that are versions of one story, with their edits.

    facts overrides, by article id, what extraction found about an article besides its text
    (outlet, date, wire credit: `facts_of`); articles missing from it keep extraction's. keys
    gives each article's extraction key (`Extracted.keys`): with a cache folder, what the last
    build found of articles and pairs whose keys are the same is used again (memo.py).
    """
    # Reading back the last build's words and verdicts, matching, and keeping them make hundreds of thousands
    # of tuples: the cycle collector, paused once for all three, walks them once (the build not even once:
    # it leaves them out of the collector's walks, pipeline.py).
    with paused():
        memo = MatchMemo(config.cache_dir_path, config, keys)
        matched = _match(articles, config, facts or {}, memo)
        memo.save()
    return matched


def _match(articles: Sequence[Article], config: Config, facts: Mapping[str, Facts], memo: MatchMemo) -> Matched:
    """Return the groups of versions (see `match_articles`)."""
    ordered = sorted(articles, key=lambda a: a.id)
    known = _Known(ordered, facts)
    sides, shingles = _sides(ordered, config, memo)
    context = Context(len(ordered), shingles.word_df, _generic_title_words(sides, config))
    alerts = {i for i, side in enumerate(sides) if is_alert(side, config)}
    bar = Bar(config.min_shared_shingles, config.candidate_min_share, frozenset(alerts), config.min_alert_shingles)
    candidates = memo.index.candidates(shingles, bar, config.common_run_neighbours)
    links = {}
    states: dict[tuple[int, int], int] = {}
    common = _common_marks(shingles.frequent)
    for i, j, _ in candidates:
        verdict = memo.compare(sides[i], sides[j], config, context, common=common, marks=(i in alerts) != (j in alerts))
        states[(i, j)] = _state(verdict, config)
        if verdict.versions or (not verdict.conflict and _alert_pair(sides, known, (i, j), alerts, config)):
            score = max(verdict.overlap.containment_a, verdict.overlap.containment_b)
            links[(i, j)] = Link(score, verdict.marks_a, verdict.marks_b)
            states[(i, j)] = LINKED
    links.update(_headline_links(sides, links, known, config))
    states.update(dict.fromkeys(links, LINKED))

    def state(y: int, z: int) -> int:
        return states.get((min(y, z), max(y, z)), APART)

    def same_subject(y: int, z: int) -> bool:
        return _same_subject(sides[y], sides[z], context, config.min_same_subject)

    clusters = group_versions(
        len(ordered),
        links,
        state=state,
        same_subject=same_subject,
        min_linkage=config.min_group_linkage,
        max_conflict=config.max_group_conflict,
        min_part_overlap=config.min_part_overlap,
        min_digest_share=config.min_digest_share,
        composites=frozenset(i for i, a in enumerate(ordered) if memo.is_timed_file(a)),
    )
    keys = _group_keys(ordered, clusters, known, links, memo=memo, common=lambda i: common(sides[i]))
    groups = [
        memo.group(key, partial(_group, ordered, sides, members, facts, config, memo=memo, links=links))
        for members, key in zip(clusters, keys, strict=True)
    ]
    groups.sort(key=lambda g: g.id)
    log.info("matched %d articles into %d variant groups", len(ordered), len(groups))
    by_id = {a.id: a for a in ordered}
    return Matched(tuple(groups), habitual_substitutions(groups, by_id, config.min_habit_stories))


class _Known(Mapping[int, Facts]):
    """What is known of each article besides its text (`facts_of`, or the facts given), by index, made when
    first asked: most articles are never asked about (alerts, pages that lost their story, group members)."""

    def __init__(self, articles: Sequence[Article], facts: Mapping[str, Facts]) -> None:
        self._articles = articles
        self._facts = facts
        self._found: dict[int, Facts] = {}

    def __getitem__(self, i: int) -> Facts:
        found = self._found.get(i)
        if found is None:
            if not 0 <= i < len(self._articles):
                raise KeyError(i)
            article = self._articles[i]
            found = self._found[i] = self._facts.get(article.id) or facts_of(article)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self._articles)))

    def __len__(self) -> int:
        return len(self._articles)


def _group_keys(
    articles: Sequence[Article],
    clusters: Sequence[Sequence[int]],
    known: Mapping[int, Facts],
    links: Mapping[tuple[int, int], Link],
    *,
    memo: MatchMemo,
    common: Callable[[int], bytes],
) -> list[bytes | None]:
    """Return each cluster's key in the kept groups (`kept_groups.group_key`), None when a member has no key."""
    cluster_of = {i: c for c, members in enumerate(clusters) for i in members}
    pairs: list[list[Pair]] = [[] for _ in clusters]
    for (i, j), link in sorted(links.items()):
        c = cluster_of.get(i)
        if c is not None and c == cluster_of.get(j):
            pairs[c].append((articles[i].id, articles[j].id, link.score))
    keys: list[bytes | None] = []
    for members, inside in zip(clusters, pairs, strict=True):
        found = [(i, memo.keys.get(articles[i].id)) for i in sorted(members)]
        read = [
            (articles[i].id, key, common(i), known[i].outlet, known[i].date, wire_credit(articles[i], known[i]))
            for i, key in found
            if key is not None
        ]
        if len(read) < len(found):
            keys.append(None)
            continue
        keys.append(group_key(read, inside))
    return keys


def _alert_pair(
    sides: Sequence[Side], known: Mapping[int, Facts], pair: tuple[int, int], alerts: set[int], config: Config
) -> bool:
    """Return True when one of two articles is a wire alert and the other the story it grew into."""
    i, j = pair
    if i in alerts and j not in alerts:
        return alert_of(sides[i], sides[j], known, (i, j), config)
    if j in alerts and i not in alerts:
        return alert_of(sides[j], sides[i], known, (j, i), config)
    return False


def _headline_links(
    sides: Sequence[Side], links: Mapping[tuple[int, int], Link], known: Mapping[int, Facts], config: Config
) -> dict[tuple[int, int], Link]:
    """Return links from each page that lost its story to the pages printing its headline over one story."""
    lost = [i for i, side in enumerate(sides) if is_storyless(side, config)]
    if not lost:
        return {}
    parent = list(range(len(sides)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(j)] = find(i)
    out = {}
    for page, story in headline_links(sides, lost, lambda y, z: find(y) == find(z), known):
        # The page shares its headline, nothing of its text: its words as one part, the story's opening as the other.
        marks_page = bytearray(b"\x01" * len(sides[page].words.words))
        marks_story = bytearray(len(sides[story].words.words))
        marks_story[: sides[story].words.lede] = b"\x01" * sides[story].words.lede
        a, b = (marks_page, marks_story) if page < story else (marks_story, marks_page)
        out[(min(page, story), max(page, story))] = Link(0.0, a, b)
    return out


def _common_marks(frequent: frozenset[int]) -> Callable[[Side], bytes]:
    """Return a function giving the hash of which of a side's n-grams are common (b"" for none)."""
    found: dict[int, bytes] = {}

    def marks(side: Side) -> bytes:
        key = id(side)
        if key not in found:
            grams = side.grams
            flags = b"" if frequent.isdisjoint(grams) else bytes(map(frequent.__contains__, grams))
            found[key] = hashlib.blake2b(flags, digest_size=16).digest() if flags else b""
        return found[key]

    return marks


def _state(verdict: Verdict, config: Config) -> int:
    """Return how two compared articles stand for grouping."""
    if verdict.versions:
        return LINKED
    if verdict.conflict:
        return CONFLICT
    small = min(verdict.overlap.containment_a, verdict.overlap.containment_b)
    return REFUSED if small >= config.min_copy_containment else APART


def _min_run(config: Config) -> int:
    """Return how many common n-grams in a row make a shared sentence rather than a stock phrase."""
    return max(1, config.common_run_words - config.shingle_size + 1)


def _sides(articles: Sequence[Article], config: Config, memo: MatchMemo | None = None) -> tuple[list[Side], Shingles]:
    """Return every article as verification sees it, and the corpus's n-grams."""
    kept = memo or MatchMemo(None, config, None)
    words = [kept.story_words(a) for a in articles]
    shingles = kept.index.shingle([a.id for a in articles], [kept.keys.get(a.id) for a in articles], words, config)
    sides = []
    for a, w, g, d, c in zip(articles, words, shingles.grams, shingles.distinct, shingles.common, strict=True):
        title = kept.title_words(a)
        sides.append(Side(w, g, d, title, not a.title_derived, bool(CORRECTION.search(a.title)), c, a))
    return sides, shingles


def _same_subject(a: Side, b: Side, context: Context, minimum: float) -> bool:
    """Return True when two articles name mostly the same things, rarer names weighing more."""
    if not a.name_set or not b.name_set:
        return False
    both = sum(context.weight(w) for w in a.name_set & b.name_set)
    smaller = min(sum(context.weight(w) for w in a.name_set), sum(context.weight(w) for w in b.name_set))
    return both >= minimum * smaller


def _generic_title_words(sides: Sequence[Side], config: Config) -> frozenset[str]:
    """Return the headline words common in this corpus ("sets", "raises"): no story's subject."""
    counts: dict[str, int] = {}
    for side in sides:
        if side.title_given:
            for word in side.title:
                counts[word] = counts.get(word, 0) + 1
    floor = max(config.generic_title_min, len(sides) * config.generic_title_share)
    return frozenset(w for w, n in counts.items() if n >= floor)


def _group(
    articles: Sequence[Article],
    sides: Sequence[Side],
    indices: list[int],
    facts: Mapping[str, Facts],
    config: Config,
    *,
    memo: MatchMemo,
    links: Mapping[tuple[int, int], Link],
) -> VariantGroup:
    """Return a variant group: its reference version and every member measured against it."""
    size = config.shingle_size
    known = {i: facts.get(articles[i].id) or facts_of(articles[i]) for i in indices}
    held = _completeness([sides[i].gram_set for i in indices])
    candidates = [
        Candidate(
            index=i,
            credit=wire_credit(articles[i], known[i]),
            completeness=share,
            date=known[i].date,
            words=len(sides[i].words.words),
            id=articles[i].id,
        )
        for i, share in zip(indices, held, strict=True)
    ]
    best, reason = choose_reference(candidates)
    ref = best.index
    members = []
    credits = {c.index: c.credit for c in candidates}
    for i in sorted(indices, key=lambda k: (k != ref, articles[k].id)):
        if i == ref:
            figures, edits = (1.0, 1.0, 1.0), None
        else:
            result = overlap(sides[i], sides[ref], size, _min_run(config), config.min_common_share)[0]
            figures = (result.containment_a, result.containment_b, result.similarity)
            edits = _edits(articles[ref], articles[i], config, memo)
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
                via=None if i == ref else _via(i, ref, indices, links, articles),
            )
        )
    return VariantGroup(
        id=f"story-{articles[ref].id}", canonical=articles[ref].id, members=tuple(members), reason=reason
    )


def _via(
    i: int, ref: int, indices: Sequence[int], links: Mapping[tuple[int, int], Link], articles: Sequence[Article]
) -> str | None:
    """Return the id of the version i was found a version of, sharing most with it, when not the reference."""
    if (min(i, ref), max(i, ref)) in links:
        return None
    found = [(links[(min(i, j), max(i, j))].score, j) for j in indices if (min(i, j), max(i, j)) in links]
    if not found:
        return None
    best = min(found, key=lambda f: (-f[0], articles[f[1]].id))
    return articles[best[1]].id


def _edits(reference: Article, version: Article, config: Config, memo: MatchMemo) -> VersionEdits:
    """Return what a version changed against its story's reference, the last build's when both are unchanged."""
    thresholds = (config.paragraph_match, config.paragraph_part_match, config.paragraph_gap_match)
    return memo.version_edits(reference, version, partial(compare_versions, reference, version, *thresholds))


def _completeness(grams: Sequence[frozenset[int]]) -> list[float]:
    """Return, for each version, the mean share of the other versions' n-grams it holds.

    Each n-gram weighs, summed over the versions holding it, one over that version's n-gram
    count; a version's own n-grams then add up to its share of every version, itself included
    (which holds all of itself). One pass over the group's n-grams, however many versions: a
    story reprinted by hundreds of outlets costs no more per version than one reprinted twice.
    """
    weight: dict[int, float] = {}
    for found in grams:
        if found:
            each = 1 / len(found)
            for key in found:
                weight[key] = weight.get(key, 0.0) + each
    others = max(1, len(grams) - 1)
    # fsum: exactly rounded, so the same whatever order the set gives its n-grams in (their numbers set it).
    return [(math.fsum(weight[key] for key in found) - (1 if found else 0)) / others for found in grams]
