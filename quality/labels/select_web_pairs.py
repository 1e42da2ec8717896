"""Deterministically list the web-news page pairs judged for ``web_pairs.json``, with their halves.

Usage: python -m quality.labels.select_web_pairs DATA_DIR
Prints "doc_a doc_b containment half" per pair; ids only, never page text.

DATA_DIR holds ``news-cluster/`` and ``l3s-gn1/``. A page is read as its headline and story
(News-Cluster: the record's title and text; L3S-GN1: the blocks the annotators labelled
headline or full text, furniture left out) and compared by plain word 5-grams, a generous
generator that knows nothing of the matcher:

* News-Cluster: every pair of one event whose containment (shared 5-grams over the smaller
  page's 5-grams) is at least 0.02: reprints, write-throughs and the hard negatives sharing
  quotations and names; and the first 30 of the event's remaining pairs in sha1 order
  (independent write-ups of one event that share nothing, the easy negatives).
* L3S-GN1: every pair of pages sharing at least 3 story 5-grams with containment of at least
  0.02, wherever they stand: the wire reprints among its 408 sites and pages sharing a quotation.

A pair is held out when sha1('pair-<a>-<b>') is even: the held-out half is never read while tuning.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

from quality.webcorpus import doc_id
from quality.webpages import WebPage, read_cluster, read_l3s

MIN_CONTAINMENT = 0.02
EASY_NEGATIVES = 30
_WORD = re.compile(r"\w+")


def story_text(page: WebPage) -> str:
    """Return a page's headline and story as labelled: the record's title and text, or L3S's gold blocks."""
    if page.collection == "l3s":
        kept = (b for b, label in zip(page.blocks, page.labels, strict=True) if label in ("headline", "story"))
        return "\n\n".join(kept)
    return "\n\n".join([(page.meta or {}).get("title", ""), *page.blocks])


def event_of(page: WebPage) -> str:
    """Return the News-Cluster event id of a record ("" for other pages)."""
    match = re.search(r"'EventId': (\d+)", (page.meta or {}).get("event", ""))
    return match.group(1) if match else ""


def grams(text: str) -> set[tuple[str, ...]]:
    """Return the word 5-grams of a text, lower-cased."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def containment(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """Return the shared 5-grams over the smaller set's 5-grams."""
    return len(a & b) / max(1, min(len(a), len(b)))


def held_out(a: str, b: str) -> bool:
    """Return True for a pair of the held-out half."""
    return int(hashlib.sha1(f"pair-{a}-{b}".encode()).hexdigest(), 16) % 2 == 0


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"easy-{a}-{b}".encode()).hexdigest()


def select(data_dir: str | Path) -> list[tuple[str, str, float]]:
    """Return the chosen pairs (a < b) with their containment, sorted."""
    root = Path(data_dir)
    chosen: dict[tuple[str, str], float] = {}
    events: dict[str, list[WebPage]] = defaultdict(list)
    for page in read_cluster(root / "news-cluster"):
        events[event_of(page)].append(page)
    easy: list[tuple[str, str, float]] = []
    for pages in events.values():
        shingles = {doc_id(p): grams(story_text(p)) for p in pages}
        for a, b in itertools.combinations(sorted(shingles), 2):
            c = containment(shingles[a], shingles[b])
            if c >= MIN_CONTAINMENT:
                chosen[(a, b)] = c
            else:
                easy.append((a, b, c))
    for a, b, c in sorted(easy, key=lambda p: _sha(p[0], p[1]))[:EASY_NEGATIVES]:
        chosen[(a, b)] = c
    pages = [p for p in read_l3s(root / "l3s-gn1") if "story" in p.labels]
    shingles = {doc_id(p): grams(story_text(p)) for p in pages}
    postings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, found in sorted(shingles.items()):
        for gram in found:
            postings[gram].append(key)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for docs in postings.values():
        for a, b in itertools.combinations(docs, 2):
            shared[(a, b)] += 1
    for (a, b), n in shared.items():
        c = containment(shingles[a], shingles[b])
        if n >= 3 and c >= MIN_CONTAINMENT:
            chosen[(a, b)] = c
    return sorted((a, b, c) for (a, b), c in chosen.items())


def main(argv: list[str]) -> int:
    for a, b, c in select(argv[0]):
        print(a, b, f"{c:.3f}", "held-out" if held_out(a, b) else "dev")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
