"""Deterministically list a sixth draw of development web-news pairs for ``web_pairs_dev5.json``.

Usage: python -m quality.labels.select_web_pairs_dev5 DATA_DIR [--show]
Prints "doc_a doc_b stratum containment together" per pair; ids only. ``--show`` also prints what a
judge reads (``select_web_pairs_dev.show``); read on the terminal, never stored.

Every earlier draw's development figures stand at 1.0 once tuned on, and the 5-gram and headline
strata found no version left in the development half. This draw asks where the matcher and a plain
5-gram containment (story 5-grams, ``select_web_pairs.containment``) disagree, beside pairs near the
matcher's thresholds and write-ups of one event: only pairs of the development half
(``select_web_pairs.held_out`` false) that no earlier label file (``EARLIER``) holds, read by ids alone.
"Together" is the matcher's verdict (``quality.adapters.newscorpus_match``) on the whole web corpus,
L3S-GN1 pages read as scraped or as their annotated story (``webcorpus.web_sources``): a pair is
together when either reading groups it. The draw therefore depends on the matcher it was made with
(the commit before the file was added); the label file keeps the pairs drawn.

* ``together-low``: together, containment under SPLIT: a false merge, or a version the 5-grams miss
  (a rewrite of every sentence, a page whose scraper kept little of its story).
* ``apart-high``: apart in at least one reading, containment SPLIT or more: a missed version, or
  furniture, a shared quotation or a follow-up.
* ``near``: containment in [NEAR_LOW, NEAR_HIGH), neither of the above: near the share of copy the
  matcher asks of versions.
* ``event-headline``: one News-Cluster event, containment under NEAR_LOW, headlines sharing at least
  HEADLINE_WORDS words of four letters or more (``select_web_pairs_dev4.headline_words``): independent
  write-ups of one event.

Each stratum is ordered by sha1('dev5-<a>-<b>') and taken up to its quota, in the order above; a pair
is drawn once.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path

from quality.adapters import newscorpus_match
from quality.labels.select_web_pairs import containment, held_out, story_text
from quality.labels.select_web_pairs_dev import _pages, common_counts, read_pool, show
from quality.labels.select_web_pairs_dev4 import headline_words
from quality.webcorpus import doc_id, web_sources

HERE = Path(__file__).resolve().parent
# Every web-pairs label file there was when this draw was made, the held-out half's pairs included.
EARLIER = (
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
    "web_pairs_dev3.json",
    "web_pairs_check3.json",
    "web_pairs_dev4.json",
)
QUOTAS = {"together-low": 20, "apart-high": 20, "near": 30, "event-headline": 40}
SPLIT = 0.25
NEAR_LOW = 0.08
NEAR_HIGH = 0.6
HEADLINE_WORDS = 2
MIN_COMMON = 3


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"dev5-{a}-{b}".encode()).hexdigest()


def labelled(folder: Path = HERE) -> set[tuple[str, str]]:
    """Return every pair an earlier web-pairs label file holds, development or held out, by ids alone."""
    files = [folder / name for name in EARLIER]
    return {(p["a"], p["b"]) for f in files for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]}


def together_pairs(data_dir: str | Path) -> set[tuple[str, str]]:
    """Return every pair (a < b) the matcher groups, L3S-GN1 pages as scraped or as their annotated story."""
    found: set[tuple[str, str]] = set()
    for page_text in (True, False):
        for group in newscorpus_match(dict(web_sources(data_dir, page_text=page_text))):
            found.update(itertools.combinations(sorted(group), 2))
    return found


def stratum(c: float, together: bool, same_event: bool, shared_head: int) -> str | None:
    """Return the stratum of a pair by its containment, the matcher's verdict and its event and headlines."""
    if together and c < SPLIT:
        return "together-low"
    if not together and c >= SPLIT:
        return "apart-high"
    if NEAR_LOW <= c < NEAR_HIGH:
        return "near"
    if c < NEAR_LOW and same_event and shared_head >= HEADLINE_WORDS:
        return "event-headline"
    return None


def candidates(data_dir: str | Path) -> dict[str, list[tuple[str, str, float, bool]]]:
    """Return every fresh development pair of each stratum as (a, b, containment, together), a < b."""
    cluster, l3s, event, shingles = read_pool(data_dir)
    heads = {doc_id(p): headline_words(story_text(p)) for p in cluster + l3s}
    known = labelled()
    together = together_pairs(data_dir)
    common = common_counts(shingles)
    pairs = set(together) | {k for k, n in common.items() if n >= MIN_COMMON}
    by_event: dict[str, list[str]] = {}
    for key, name in event.items():
        by_event.setdefault(name, []).append(key)
    for members in by_event.values():
        pairs.update(itertools.combinations(sorted(members), 2))
    found: dict[str, list[tuple[str, str, float, bool]]] = {name: [] for name in QUOTAS}
    for a, b in sorted(pairs):
        if (a, b) in known or held_out(a, b) or a not in shingles or b not in shingles:
            continue
        c = containment(shingles[a], shingles[b])
        same_event = bool(event.get(a)) and event.get(a) == event.get(b)
        drawn = stratum(c, (a, b) in together, same_event, len(heads[a] & heads[b]))
        if drawn:
            found[drawn].append((a, b, c, (a, b) in together))
    return found


def select(data_dir: str | Path) -> list[tuple[str, str, str, float, bool]]:
    """Return the drawn pairs as (a, b, stratum, containment, together), sorted by pair."""
    return take(candidates(data_dir), QUOTAS, _sha)


def take(
    found: dict[str, list[tuple[str, str, float, bool]]], quotas: dict[str, int], key: Callable[[str, str], str]
) -> list[tuple[str, str, str, float, bool]]:
    """Return each stratum's first pairs by their key, up to its quota, as (a, b, stratum, containment, together),
    sorted by pair: this draw's rule and every later one's."""
    chosen = []
    for name, pairs in found.items():
        for a, b, c, t in sorted(pairs, key=lambda p: key(p[0], p[1]))[: quotas[name]]:
            chosen.append((a, b, name, c, t))
    return sorted(chosen)


def main(argv: list[str]) -> int:
    return print_draw(select(argv[0]), argv)


def print_draw(chosen: list[tuple[str, str, str, float, bool]], argv: list[str]) -> int:
    """Print a draw's pairs, a line each, and with --show the two pages' texts beside each other."""
    pages = _pages(argv[0]) if "--show" in argv else {}
    for a, b, name, c, t in chosen:
        print(a, b, name, f"{c:.3f}", "together" if t else "apart")
        if pages:
            print(show(pages[a], pages[b]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
