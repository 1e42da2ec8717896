"""Deterministically list a seventh draw of development web-news pairs for ``web_pairs_dev6.json``.

Usage: python -m quality.labels.select_web_pairs_dev6 DATA_DIR [--show]
Prints "doc_a doc_b stratum containment together" per pair; ids only. ``--show`` also prints what a
judge reads (``select_web_pairs_dev.show``); read on the terminal, never stored.

The sixth draw (``select_web_pairs_dev5.py``) found the strata where the matcher and plain story 5-gram
containment disagree empty at its split of 0.25. This draw lowers the split to SPLIT and takes what is
left: every development pair (``select_web_pairs.held_out`` false) that no earlier label file
(``EARLIER``) holds and that shares at least MIN_COMMON story 5-grams at containment MIN_CONTAINMENT or
more, read by ids alone. "Together" is the matcher's verdict on the whole web corpus, L3S-GN1 pages read
as scraped or as their annotated story (``select_web_pairs_dev5.together_pairs``), so the draw depends
on the matcher it was made with (the commit before the file was added); the label file keeps the pairs.

* ``together-low``: together, containment under SPLIT: a false merge, or a version the 5-grams miss.
* ``apart-high``: apart in both readings, containment SPLIT or more: a missed version, or furniture,
  a shared quotation or a follow-up.
* ``rest``: apart, containment MIN_CONTAINMENT to SPLIT: every other pair sharing copy.

Each stratum is ordered by sha1('dev6-<a>-<b>') and taken up to its quota, in the order above.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from quality.labels.select_web_pairs import containment, held_out
from quality.labels.select_web_pairs_dev import common_counts, read_pool
from quality.labels.select_web_pairs_dev5 import print_draw, take, together_pairs

HERE = Path(__file__).resolve().parent
# Every web-pairs label file there was when this draw was made, the held-out half's pairs included.
EARLIER = (
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
    "web_pairs_dev3.json",
    "web_pairs_check3.json",
    "web_pairs_dev4.json",
    "web_pairs_dev5.json",
)
QUOTAS = {"together-low": 20, "apart-high": 20, "rest": 50}
SPLIT = 0.15
MIN_CONTAINMENT = 0.02
MIN_COMMON = 3


def _sha(a: str, b: str) -> str:
    return hashlib.sha1(f"dev6-{a}-{b}".encode()).hexdigest()


def labelled(folder: Path = HERE) -> set[tuple[str, str]]:
    """Return every pair an earlier web-pairs label file holds, development or held out, by ids alone."""
    files = [folder / name for name in EARLIER]
    return {(p["a"], p["b"]) for f in files for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]}


def stratum(c: float, together: bool) -> str | None:
    """Return the stratum of a pair by its containment and the matcher's verdict."""
    if together:
        return "together-low" if c < SPLIT else None
    if c >= SPLIT:
        return "apart-high"
    return "rest" if c >= MIN_CONTAINMENT else None


def candidates(data_dir: str | Path) -> dict[str, list[tuple[str, str, float, bool]]]:
    """Return every fresh development pair of each stratum as (a, b, containment, together), a < b."""
    _cluster, _l3s, _event, shingles = read_pool(data_dir)
    known = labelled()
    together = together_pairs(data_dir)
    common = common_counts(shingles)
    pairs = set(together) | {k for k, n in common.items() if n >= MIN_COMMON}
    found: dict[str, list[tuple[str, str, float, bool]]] = {name: [] for name in QUOTAS}
    for a, b in sorted(pairs):
        if (a, b) in known or held_out(a, b) or a not in shingles or b not in shingles:
            continue
        c = containment(shingles[a], shingles[b])
        drawn = stratum(c, (a, b) in together)
        if drawn:
            found[drawn].append((a, b, c, (a, b) in together))
    return found


def select(data_dir: str | Path) -> list[tuple[str, str, str, float, bool]]:
    """Return the drawn pairs as (a, b, stratum, containment, together), sorted by pair."""
    return take(candidates(data_dir), QUOTAS, _sha)


def main(argv: list[str]) -> int:
    return print_draw(select(argv[0]), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
