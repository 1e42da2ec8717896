"""Deterministically list a third, fresh draw of development web-news pairs for ``web_pairs_dev2.json``.

Usage: python -m quality.labels.select_web_pairs_fresh DATA_DIR [--show] [--joined]
Prints "doc_a doc_b stratum containment" per pair; ids only. ``--show`` also prints what a judge
reads (``select_web_pairs_dev.show``: outlets, headlines, the runs of words in common, both
openings; read on the terminal, never stored). ``--joined`` runs the real matcher on the pages as
scraped and prints how many candidates of each stratum it joins, the stratum a matcher-aware draw
would add (none at the time of the draw: every pair it joined was labelled already).

The two earlier draws were judged and then tuned on, so their development figures no longer
estimate how the matcher does on pages it has not been fitted to. This draw takes only pairs of
the development half (``select_web_pairs.held_out`` false) that neither ``web_pairs.json`` nor
``web_pairs_dev.json`` holds, sharing at least MIN_COMMON word 5-grams of their stories, stratified
by how much of the smaller story the other holds (5-gram containment) and by where the two pages
come from:

* ``rare``: pages sharing at least MIN_RARE 5-grams found on at most RARE_PAGES pages: the words
  two pages alone have in common, where a version left out of the first draws would show.
* ``event-low``: one News-Cluster event, containment under 0.02 (a quotation, a background
  sentence).
* ``cross-high`` / ``cross-mid`` / ``cross-low`` / ``cross-none``: two events, containment at least
  0.2 / 0.05 / 0.02 / under 0.02.
* ``mixed-high`` / ``mixed-low``: a News-Cluster record and an L3S-GN1 page, containment at least /
  under 0.02.

Each stratum is ordered by sha1('dev-fresh-<a>-<b>') and taken up to its quota, in the order above;
a pair is drawn once, by the first stratum that takes it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from quality.adapters import newscorpus_match
from quality.labels.select_web_pairs import containment, held_out
from quality.labels.select_web_pairs_dev import common_counts, read_pool, show
from quality.webcorpus import doc_id, web_sources
from quality.webpages import read_cluster, read_l3s

LABELLED = [Path(__file__).resolve().parent / name for name in ("web_pairs.json", "web_pairs_dev.json")]
QUOTAS = {
    **{"rare": 20, "event-low": 30},
    **{"cross-high": 20, "cross-mid": 30, "cross-low": 20, "cross-none": 15},
    **{"mixed-high": 10, "mixed-low": 10},
}
MIN_COMMON = 3
MIN_RARE = 8
RARE_PAGES = 4
HIGH, MID, LOW = 0.2, 0.05, 0.02

Grams = dict[str, set[tuple[str, ...]]]


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"dev-fresh-{a}-{b}".encode()).hexdigest()


def rare_counts(shingles: Grams) -> Counter[tuple[str, str]]:
    """Return, for every pair of pages (a < b), how many 5-grams they share that few other pages hold."""
    postings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in sorted(shingles):
        for gram in shingles[key]:
            postings[gram].append(key)
    counts: Counter[tuple[str, str]] = Counter()
    for docs in postings.values():
        if 2 <= len(docs) <= RARE_PAGES:
            counts.update(itertools.combinations(docs, 2))
    return counts


def stratum(a: str, b: str, event: dict[str, str], c: float) -> str | None:
    """Return the containment stratum of a pair by where its pages come from (None: not drawn)."""
    if a in event and b in event:
        if event[a] == event[b]:
            return "event-low" if c < LOW else None
        return "cross-high" if c >= HIGH else "cross-mid" if c >= MID else "cross-low" if c >= LOW else "cross-none"
    if a in event or b in event:
        return "mixed-high" if c >= LOW else "mixed-low"
    return None


def strata(data_dir: str | Path) -> tuple[dict[str, list[tuple[str, str]]], Grams]:
    """Return every candidate pair of each stratum (a < b), before halves and quotas, and the 5-grams."""
    _, _, event, shingles = read_pool(data_dir)
    found: dict[str, list[tuple[str, str]]] = {name: [] for name in QUOTAS}
    found["rare"] = sorted(pair for pair, n in rare_counts(shingles).items() if n >= MIN_RARE)
    for (a, b), n in sorted(common_counts(shingles).items()):
        name = stratum(a, b, event, containment(shingles[a], shingles[b])) if n >= MIN_COMMON else None
        if name:
            found[name].append((a, b))
    return found, shingles


def labelled(files: list[Path] = LABELLED) -> set[tuple[str, str]]:
    """Return every pair the earlier label files hold."""
    return {(p["a"], p["b"]) for f in files for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]}


def select(data_dir: str | Path) -> list[tuple[str, str, str, float]]:
    """Return the drawn pairs as (a, b, stratum, containment), development half only, none labelled, sorted."""
    found, shingles = strata(data_dir)
    known = labelled()
    chosen: dict[tuple[str, str], str] = {}
    for name, pairs in found.items():
        fresh = [p for p in pairs if p not in known and p not in chosen and not held_out(*p)]
        for pair in sorted(fresh, key=lambda p: _sha(*p))[: QUOTAS[name]]:
            chosen[pair] = name
    return sorted((a, b, name, containment(shingles[a], shingles[b])) for (a, b), name in chosen.items())


def joined_counts(data_dir: str | Path, found: dict[str, list[tuple[str, str]]]) -> dict[str, int]:
    """Return, per stratum, how many fresh development candidates the real matcher joins."""
    groups = newscorpus_match(dict(web_sources(Path(data_dir), page_text=True)))
    where = {d: i for i, g in enumerate(groups) for d in g}
    known = labelled()
    fresh = {name: [p for p in pairs if p not in known and not held_out(*p)] for name, pairs in found.items()}
    return {name: sum(1 for a, b in pairs if where.get(a, -1) == where.get(b)) for name, pairs in fresh.items()}


def main(argv: list[str]) -> int:
    chosen = select(argv[0])
    pages = {}
    if "--show" in argv:
        root = Path(argv[0])
        pages = {doc_id(p): p for p in read_cluster(root / "news-cluster") + read_l3s(root / "l3s-gn1")}
    for a, b, name, c in chosen:
        print(a, b, name, f"{c:.3f}")
        if pages:
            print(show(pages[a], pages[b]))
    if "--joined" in argv:
        for name, n in joined_counts(argv[0], strata(argv[0])[0]).items():
            print(f"joined by the matcher, {name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
