"""Deterministically list a fifth draw of development web-news pairs for ``web_pairs_dev4.json``.

Usage: python -m quality.labels.select_web_pairs_dev4 DATA_DIR [--show]
Prints "doc_a doc_b stratum containment" per pair; ids only. ``--show`` also prints what a judge
reads (``select_web_pairs_dev.show``); read on the terminal, never stored.

Every earlier draw was judged and then tuned on, so their development figures stand at 1.0 and
no longer show what the matcher loses. This draw takes only pairs of the development half
(``select_web_pairs.held_out`` false) that no earlier label file holds. The 5-gram strata of the
earlier draws are exhausted of likely versions (every same-event pair at containment 0.02+ is
labelled), so a stratum by headline words looks for versions the 5-grams miss (a rewrite of every
sentence, a re-top under the wire headline, a page whose scraper kept little of the body), beside
the hard negatives (every L3S-GN1 pair sharing 3+ story 5-grams is labelled already). Signals know
nothing of the matcher:

* ``headline``: the two headlines share at least HEADLINE_WORDS words of four letters or more
  (any collection): a rewrite or re-top under one headline, or two write-ups of one event.
* ``event-low``: one News-Cluster event, at least MIN_COMMON story 5-grams in common, containment
  under 0.02: long independent write-ups sharing a quotation, or a long page carrying a short item.
* ``event-none``: one event, fewer than MIN_COMMON 5-grams in common: write-ups sharing nothing
  word for word, or a page whose scraped text kept little of its story.
* ``cross``: two events, or a record and an L3S-GN1 page, containment 0.02+: furniture, a
  quotation or a follow-up.

Each stratum is ordered by sha1('dev4-<a>-<b>') and taken up to its quota, in the order above; a
pair is drawn once.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

from quality.labels.select_web_pairs import containment, held_out, story_text
from quality.labels.select_web_pairs_dev import _pages, common_counts, read_pool, show
from quality.webcorpus import doc_id

HERE = Path(__file__).resolve().parent
EARLIER = (
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
    "web_pairs_dev3.json",
    "web_pairs_check3.json",
)
LABELLED = [HERE / name for name in EARLIER]
QUOTAS = {"headline": 28, "event-low": 4, "event-none": 16, "cross": 14}
HEADLINE_WORDS = 3
MIN_COMMON = 3
LOW = 0.02
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"dev4-{a}-{b}".encode()).hexdigest()


def labelled() -> set[tuple[str, str]]:
    """Return every pair an earlier label file holds."""
    return {(p["a"], p["b"]) for f in LABELLED for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]}


def headline_words(text: str) -> set[str]:
    """Return the lower-cased words of four letters or more of a story's first line (its headline)."""
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
    return {w.lower() for w in _LONG_WORD.findall(first)}


def candidates(data_dir: str | Path) -> dict[str, list[tuple[str, str, float]]]:
    """Return every fresh development pair of each stratum as (a, b, containment), a < b."""
    cluster, l3s, event, shingles = read_pool(data_dir)
    heads = {doc_id(p): headline_words(story_text(p)) for p in cluster + l3s}
    known = labelled()
    common = common_counts(shingles)
    found: dict[str, list[tuple[str, str, float]]] = {name: [] for name in QUOTAS}
    for a, b in itertools.combinations(sorted(shingles), 2):
        if (a, b) in known or held_out(a, b):
            continue
        n, c = common.get((a, b), 0), containment(shingles[a], shingles[b])
        same_event = event.get(a) is not None and event.get(a) == event.get(b)
        if len(heads[a] & heads[b]) >= HEADLINE_WORDS:
            found["headline"].append((a, b, c))
        elif same_event:
            found["event-low" if n >= MIN_COMMON else "event-none"].append((a, b, c))
        elif (a in event or b in event) and c >= LOW:
            found["cross"].append((a, b, c))
    return found


def select(data_dir: str | Path) -> list[tuple[str, str, str, float]]:
    """Return the drawn pairs as (a, b, stratum, containment), sorted by pair."""
    chosen = []
    for name, pairs in candidates(data_dir).items():
        for a, b, c in sorted(pairs, key=lambda p: _sha(p[0], p[1]))[: QUOTAS[name]]:
            chosen.append((a, b, name, c))
    return sorted(chosen)


def main(argv: list[str]) -> int:
    pages = _pages(argv[0]) if "--show" in argv else {}
    for a, b, name, c in select(argv[0]):
        print(a, b, name, f"{c:.3f}")
        if pages:
            print(show(pages[a], pages[b]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
