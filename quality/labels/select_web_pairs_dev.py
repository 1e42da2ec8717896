"""Deterministically list a further draw of development web-news pairs for ``web_pairs_dev.json``.

Usage: python -m quality.labels.select_web_pairs_dev DATA_DIR [--show]
Prints "doc_a doc_b pool containment" per pair; ids only. ``--show`` also prints, for judging,
each page's outlet, date and headline, the longest runs of words the two have in common and each
story's opening: read on the terminal, never stored.

The first draw (``select_web_pairs.py``) took every pair of one News-Cluster event sharing word
5-grams, and every L3S-GN1 pair sharing three 5-grams of its annotated story. Its development half
is matched without an error, so this draw looks where that one did not, with generators that
know nothing of the matcher. Only pairs of the development half (``select_web_pairs.held_out``
false) that the first file does not hold are drawn:

* ``chain``: two pages of one News-Cluster event joined through others by pairs sharing at
  least CHAIN_LINK of the smaller page's 5-grams (single link) but not directly: the two ends of
  a write-through chain, a reprint and a rewrite of it, or two agencies' stories a page of both
  joins.
* ``event-low``: one event, at least 3 5-grams in common but containment below 0.02: long
  independent write-ups sharing a quotation, or a long page carrying a short wire item.
* ``event-short``: one event, fewer than 3 5-grams in common, one page under SHORT_WORDS words: a
  page whose scraped text kept little but its headline (a paywall or a video page) beside the
  others of its event.
* ``cross-event``: two events of the collection, containment at least 0.02: one story filed under
  two events, a follow-up, or an outlet's furniture.
* ``l3s-low``: L3S-GN1 pages sharing at least 3 annotated-story 5-grams below containment 0.02.
* ``l3s-page``: L3S-GN1 pages sharing at least 20 5-grams of their scraped text (furniture
  included) but fewer than 3 of their annotated stories: one site's furniture.
* ``l3s-story-page``: L3S-GN1 pages sharing fewer than 3 annotated-story 5-grams, where one
  page's story shares at least MIN_STORY_ON_PAGE 5-grams with the other's scraped text: a story
  whose words stand outside the other page's story (a teaser, a sidebar, furniture).
* ``mixed``: a News-Cluster record and an L3S-GN1 page sharing 5-grams (containment >= 0.02).

Each pool is ordered by sha1('dev-more-<a>-<b>') and taken up to its quota.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from quality.labels.select_web_pairs import containment, event_of, grams, held_out, story_text
from quality.webcorpus import doc_id
from quality.webpages import WebPage, read_cluster, read_l3s

FIRST = Path(__file__).resolve().parent / "web_pairs.json"
QUOTAS = {
    **{"chain": 40, "event-low": 45, "event-short": 15, "cross-event": 35},
    **{"l3s-low": 40, "l3s-page": 25, "l3s-story-page": 20, "mixed": 12},
}
# A page of fewer words than this kept little more than its headline when scraped.
SHORT_WORDS = 80
CHAIN_LINK = 0.1
MIN_COMMON = 3
MIN_CONTAINMENT = 0.02
MIN_PAGE_COMMON = 20
MIN_STORY_ON_PAGE = 10
# An n-gram on more pages than this is a stock phrase or furniture of many sites: not counted.
MAX_POSTINGS = 60
_WORD = re.compile(r"\w+")

Grams = dict[str, set[tuple[str, ...]]]


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"dev-more-{a}-{b}".encode()).hexdigest()


def common_counts(shingles: Grams) -> dict[tuple[str, str], int]:
    """Return, for every pair of pages sharing an n-gram (a < b), how many they share."""
    postings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in sorted(shingles):
        for gram in shingles[key]:
            postings[gram].append(key)
    common: dict[tuple[str, str], int] = defaultdict(int)
    for docs in postings.values():
        if len(docs) <= MAX_POSTINGS:
            for a, b in itertools.combinations(docs, 2):
                common[(a, b)] += 1
    return common


def chains(members: Iterable[str], shingles: Grams) -> list[tuple[str, str]]:
    """Return the pairs of one single-link component (containment >= CHAIN_LINK) not linked directly."""
    keys = sorted(members)
    parent = {k: k for k in keys}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    direct = set()
    for a, b in itertools.combinations(keys, 2):
        if containment(shingles[a], shingles[b]) >= CHAIN_LINK:
            direct.add((a, b))
            parent[find(b)] = find(a)
    return [(a, b) for a, b in itertools.combinations(keys, 2) if (a, b) not in direct and find(a) == find(b)]


def read_pool(data_dir: str | Path) -> tuple[list[WebPage], list[WebPage], dict[str, str], Grams]:
    """Return the pages pairs are drawn from (the News-Cluster records, the L3S-GN1 pages with a
    story), each record's event and the story 5-grams of every page, by page id."""
    root = Path(data_dir)
    cluster = read_cluster(root / "news-cluster")
    l3s = [p for p in read_l3s(root / "l3s-gn1") if "story" in p.labels]
    event = {doc_id(p): event_of(p) for p in cluster}
    shingles = {doc_id(p): grams(story_text(p)) for p in cluster + l3s}
    return cluster, l3s, event, shingles


def pools(data_dir: str | Path) -> dict[str, list[tuple[str, str]]]:
    """Return every candidate pair of each pool (a < b), before halves and quotas."""
    cluster, l3s, event, shingles = read_pool(data_dir)
    found: dict[str, list[tuple[str, str]]] = {name: [] for name in QUOTAS}
    by_event: dict[str, list[str]] = defaultdict(list)
    for key, name in event.items():
        by_event[name].append(key)
    words = {doc_id(p): len(_WORD.findall(story_text(p))) for p in cluster}
    story_common = common_counts(shingles)
    for name in sorted(by_event):
        found["chain"] += chains(by_event[name], shingles)
        for a, b in itertools.combinations(sorted(by_event[name]), 2):
            if story_common.get((a, b), 0) < MIN_COMMON and min(words[a], words[b]) < SHORT_WORDS:
                found["event-short"].append((a, b))
    for (a, b), n in sorted(story_common.items()):
        if n < MIN_COMMON:
            continue
        c = containment(shingles[a], shingles[b])
        if a in event and b in event:
            pool = "event-low" if event[a] == event[b] else "cross-event"
            if (pool == "event-low") == (c < MIN_CONTAINMENT):
                found[pool].append((a, b))
        elif a not in event and b not in event:
            if c < MIN_CONTAINMENT:
                found["l3s-low"].append((a, b))
        elif c >= MIN_CONTAINMENT:
            found["mixed"].append((a, b))
    pages = {doc_id(p): grams(p.text()) for p in l3s}
    page_common = common_counts(pages)
    for (a, b), n in sorted(page_common.items()):
        if story_common.get((a, b), 0) >= MIN_COMMON:
            continue
        if n >= MIN_PAGE_COMMON:
            found["l3s-page"].append((a, b))
        if max(len(shingles[a] & pages[b]), len(shingles[b] & pages[a])) >= MIN_STORY_ON_PAGE:
            found["l3s-story-page"].append((a, b))
    return found


def select(data_dir: str | Path, first: Path = FIRST) -> list[tuple[str, str, str]]:
    """Return the drawn pairs as (a, b, pool), development half only, none of the first file's, sorted."""
    labelled = {(p["a"], p["b"]) for p in json.loads(first.read_text(encoding="utf-8"))["pairs"]}
    chosen: dict[tuple[str, str], str] = {}
    for pool, pairs in pools(data_dir).items():
        fresh = [p for p in pairs if p not in labelled and p not in chosen and not held_out(*p)]
        for pair in sorted(fresh, key=lambda p: _sha(*p))[: QUOTAS[pool]]:
            chosen[pair] = pool
    return sorted((a, b, pool) for (a, b), pool in chosen.items())


def _pages(data_dir: str | Path) -> dict[str, WebPage]:
    root = Path(data_dir)
    pages = read_cluster(root / "news-cluster") + read_l3s(root / "l3s-gn1")
    return {doc_id(p): p for p in pages}


def _runs(a: list[str], b: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Return the spans of a's words covered by 5-grams b also holds."""
    covered = [False] * len(a)
    for i in range(len(a) - 4):
        if tuple(w.lower() for w in a[i : i + 5]) in b:
            covered[i : i + 5] = [True] * 5
    spans, start = [], None
    for i, c in enumerate([*covered, False]):
        if c and start is None:
            start = i
        elif not c and start is not None:
            spans.append((start, i))
            start = None
    return spans


def show(a: WebPage, b: WebPage) -> str:
    """Return what a judge reads of a pair: outlets, headlines, runs of words in common, openings."""
    lines = []
    texts = {}
    for page in (a, b):
        text = story_text(page)
        texts[page.id] = text
        meta = page.meta or {}
        lines.append(
            f"  [{doc_id(page)}] {meta.get('outlet', '') or page.url[:70]} {meta.get('date', '')[:10]} "
            f"words={len(_WORD.findall(text))}  {meta.get('title', '')[:90]}"
        )
    words_a = _WORD.findall(texts[a.id])
    other = grams(texts[b.id])
    spans = _runs(words_a, other)
    common = sum(e - s for s, e in spans)
    lines.append(f"  words of a in common: {common} of {len(words_a)} in {len(spans)} runs")
    for s, e in sorted(spans, key=lambda x: x[0] - x[1])[:6]:
        lines.append(f"    ~ {' '.join(words_a[s:e])[:240]}")
    for page in (a, b):
        lines.append(f"  open {doc_id(page)[:14]}: {' '.join(texts[page.id].split())[:330]}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    chosen = select(argv[0])
    pages = _pages(argv[0]) if "--show" in argv else {}
    shingles = {}
    for a, b, pool in chosen:
        if pages:
            shingles = {k: grams(story_text(pages[k])) for k in (a, b)}
        c = containment(shingles[a], shingles[b]) if shingles else 0.0
        print(a, b, pool, f"{c:.3f}" if pages else "")
        if pages:
            print(show(pages[a], pages[b]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
