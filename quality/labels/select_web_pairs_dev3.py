"""Deterministically list a fourth draw of web-news pairs, rich in likely versions, for two files.

Usage: python -m quality.labels.select_web_pairs_dev3 DATA_DIR [--show]
Prints "file doc_a doc_b stratum containment" per pair; ids only. ``--show`` also prints what a
judge reads (``select_web_pairs_dev.show``); read on the terminal, never stored.

The earlier draws were judged and tuned on, and the last one (``web_pairs_dev2.json``) held no
pair of versions, so the development figures no longer showed what loses pairs. This draw takes
only pairs of the development half (``select_web_pairs.held_out`` false) that no earlier label
file holds, and looks first for likely versions, by signals that know nothing of the matcher:

* ``story``: containment of the smaller annotated story's word 5-grams at least LIKELY.
* ``page``: containment at least LIKELY of one page's story 5-grams in the other page's scraped
  text (furniture and all): a story the other page carries outside what its annotators marked.
* ``event``: one News-Cluster event, at least MIN_COMMON 5-grams in common, below LIKELY: long
  independent write-ups sharing a quotation, or a long page carrying a short item (hard negatives).
* ``cross``: two events or a record and an L3S-GN1 page, at least MIN_COMMON 5-grams in common,
  below LIKELY: shared furniture, a quotation or a follow-up (hard negatives).

Each stratum is ordered by sha1('dev3-<a>-<b>') and taken up to its quota, in the order above; a
pair is drawn once. The drawn pairs are dealt to ``web_pairs_dev3.json`` (development) and
``web_pairs_check3.json`` (a check: its figures are printed, its pages never read after
labelling) by the parity of sha1('dev3-file-<a>-<b>').
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from quality.labels.select_web_pairs import containment, grams, held_out
from quality.labels.select_web_pairs_dev import _pages, common_counts, read_pool, show
from quality.webcorpus import doc_id
from quality.webpages import read_l3s

HERE = Path(__file__).resolve().parent
LABELLED = [HERE / name for name in ("web_pairs.json", "web_pairs_dev.json", "web_pairs_dev2.json")]
QUOTAS = {"story": 40, "page": 30, "event": 25, "cross": 25}
LIKELY = 0.05
MIN_COMMON = 3

Grams = dict[str, set[tuple[str, ...]]]


def _sha(tag: str, a: str, b: str) -> str:
    return hashlib.sha1(f"{tag}-{a}-{b}".encode()).hexdigest()


def labelled() -> set[tuple[str, str]]:
    """Return every pair an earlier label file holds."""
    return {(p["a"], p["b"]) for f in LABELLED for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]}


def candidates(data_dir: str | Path) -> dict[str, list[tuple[str, str, float]]]:
    """Return every fresh development pair of each stratum as (a, b, containment), a < b."""
    _, _, event, shingles = read_pool(data_dir)
    page_grams = {doc_id(p): grams(p.text()) for p in read_l3s(Path(data_dir) / "l3s-gn1") if doc_id(p) in shingles}
    known = labelled()
    found: dict[str, list[tuple[str, str, float]]] = {name: [] for name in QUOTAS}
    for (a, b), n in sorted(common_counts({**shingles, **page_grams}).items()):
        if (a, b) in known or held_out(a, b) or a not in shingles or b not in shingles:
            continue
        c = containment(shingles[a], shingles[b])
        on_page = max(_held(shingles[a], page_grams.get(b)), _held(shingles[b], page_grams.get(a)))
        if c >= LIKELY:
            found["story"].append((a, b, c))
        elif on_page >= LIKELY:
            found["page"].append((a, b, on_page))
        elif n >= MIN_COMMON and event.get(a) is not None and event.get(a) == event.get(b):
            found["event"].append((a, b, c))
        elif n >= MIN_COMMON and len(shingles[a] & shingles[b]) >= MIN_COMMON:
            found["cross"].append((a, b, c))
    return found


def _held(story: set[tuple[str, ...]], page: set[tuple[str, ...]] | None) -> float:
    return len(story & page) / max(1, len(story)) if page is not None else 0.0


def dealt_to(a: str, b: str) -> str:
    """Return the file a drawn pair goes to: "dev3" or "check3", by the parity of its hash."""
    return "check3" if int(_sha("dev3-file", a, b), 16) % 2 else "dev3"


def select(data_dir: str | Path) -> list[tuple[str, str, str, str, float]]:
    """Return the drawn pairs as (file, a, b, stratum, containment), sorted by file then pair."""
    chosen = []
    for name, pairs in candidates(data_dir).items():
        for a, b, c in sorted(pairs, key=lambda p: _sha("dev3", p[0], p[1]))[: QUOTAS[name]]:
            chosen.append((dealt_to(a, b), a, b, name, c))
    return sorted(chosen)


def main(argv: list[str]) -> int:
    pages = _pages(argv[0]) if "--show" in argv else {}
    for which, a, b, name, c in select(argv[0]):
        print(which, a, b, name, f"{c:.3f}")
        if pages:
            print(show(pages[a], pages[b]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
