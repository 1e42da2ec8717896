"""Score the story matcher on scraped web news (News-Cluster and L3S-GN1): the web half of `score_matching`.

The corpus holds every record and page of both collections (``quality.webcorpus``), as scraped or,
with ``--annotated-story``, as the story the annotators marked; the labels are
``quality/labels/web_pairs.json``, in a development and a held-out half. The development-only pairs
of ``quality/labels/web_pairs_dev.json`` (a further draw, where the first file's development half is
matched without an error: chain ends, furniture, pages keeping only a headline, two agencies' stories
of one event) are scored apart, as "dev, more", so that the first file's figures stay comparable; so
are the later draws ``web_pairs_dev2.json`` ("dev, fresh"), ``web_pairs_dev3.json`` ("dev 3")
and its check half ``web_pairs_check3.json`` ("check 3", figures only: ``--show-errors`` never lists it),
``web_pairs_dev4.json`` ("dev 4"), ``web_pairs_dev5.json`` ("dev 5") and ``web_pairs_dev6.json`` ("dev 6").
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NotRequired, TypedDict

from . import synth_web
from .labels.select_web_pairs import held_out
from .matchers import load_matcher, prf
from .webcorpus import web_sources

__all__ = [
    "CHECK3",
    "FRESH",
    "FRESH3",
    "FRESH4",
    "FRESH5",
    "FRESH6",
    "MORE",
    "WebPair",
    "print_rows",
    "score_synthetic",
    "score_web",
    "web_counts",
    "web_halves",
]

# Printed as one row each: the first file's halves, then the further development draws.
MORE = "dev, more"
FRESH = "dev, fresh"
FRESH3 = "dev 3"
FRESH4 = "dev 4"
FRESH5 = "dev 5"
FRESH6 = "dev 6"
# A check draw: its figures are printed, its pairs never listed (--show-errors skips it).
CHECK3 = "check 3"


class WebPair(TypedDict):
    """A judged pair of ``labels/web_pairs.json``: two web doc ids (``cluster:...``, ``l3s:...``)."""

    a: str
    b: str
    same_story: bool
    kind: str
    why: str
    ambiguous: NotRequired[bool]


def web_halves(labels: list[WebPair], half: str) -> dict[str, list[WebPair]]:
    """Return the labelled web pairs of each half asked for, by half name."""
    halves = {"dev": [p for p in labels if not held_out(p["a"], p["b"])]}
    halves["held-out"] = [p for p in labels if held_out(p["a"], p["b"])]
    return halves if half == "all" else {half: halves[half]}


def web_counts(pairs: list[WebPair], together: Callable[[str, str], bool]) -> dict[str, Counter[str]]:
    """Return TP/FP/FN over the unambiguous pairs and over all pairs."""
    counts: dict[str, Counter[str]] = {"unambiguous": Counter(), "all": Counter()}
    for p in pairs:
        same = together(p["a"], p["b"])
        cell = ("tp" if same else "fn") if p["same_story"] else ("fp" if same else "tn")
        counts["all"][cell] += 1
        if not p.get("ambiguous"):
            counts["unambiguous"][cell] += 1
    return counts


def read_pairs(path: str | Path | None) -> list[WebPair]:
    """Return the judged pairs of a label file (none when no file is given or it is missing)."""
    if not path or not Path(path).exists():
        return []
    pairs: list[WebPair] = json.loads(Path(path).read_text(encoding="utf-8"))["pairs"]
    return pairs


def further_draws(args: argparse.Namespace) -> dict[str, list[WebPair]]:
    """Return the development-only draws scored apart, by row name (none when only the held-out half is asked for)."""
    if args.half == "held-out":
        return {}
    paths = {
        MORE: getattr(args, "web_pairs_dev", None),
        FRESH: getattr(args, "web_pairs_fresh", None),
        FRESH3: getattr(args, "web_pairs_fresh3", None),
        CHECK3: getattr(args, "web_pairs_check3", None),
        FRESH4: getattr(args, "web_pairs_fresh4", None),
        FRESH5: getattr(args, "web_pairs_fresh5", None),
        FRESH6: getattr(args, "web_pairs_fresh6", None),
    }
    return {name: pairs for name, path in paths.items() if (pairs := read_pairs(path))}


def score_web(args: argparse.Namespace, data_dir: Path) -> tuple[dict[str, float] | None, dict[str, dict[str, float]]]:
    """Build the web corpus, run the matcher, print the report; return the held-out and the further draws' figures."""
    labels = read_pairs(args.web_pairs)
    further = further_draws(args)
    sources = web_sources(data_dir, page_text=not args.annotated_story)
    match = load_matcher(args.matcher)
    t0 = time.perf_counter()
    groups = [set(g) for g in match(dict(sources))]
    seconds = time.perf_counter() - t0
    where = {d: i for i, g in enumerate(groups) for d in g}

    def together(a: str, b: str) -> bool:
        return a in where and where.get(a) == where.get(b)

    n_cluster = sum(1 for d in sources if d.startswith("cluster:"))
    print("\n== scraped web news: News-Cluster and L3S-GN1 ==")
    print(
        f"matcher: {args.matcher}   docs: {len(sources)} "
        f"(news-cluster {n_cluster}, l3s-gn1 {len(sources) - n_cluster}; "
        f"L3S as {'annotated story' if args.annotated_story else 'scraped page text'})   time: {seconds:.1f}s   "
        f"groups: {sum(1 for g in groups if len(g) > 1)}"
    )
    halves = web_halves(labels, args.half)
    figures = print_rows({**halves, **further}, together)
    _print_kinds(args.half, [p for half_pairs in halves.values() for p in half_pairs], together)
    for name, pairs in further.items():
        _print_kinds(name, pairs, together)
    if args.show_errors:
        shown = (p for name, pairs in further.items() if name != CHECK3 for p in pairs)
        _print_errors([*web_halves(labels, "dev")["dev"], *shown], together)
    return figures.get("held-out"), {name: figures[name] for name in further}


def score_synthetic(args: argparse.Namespace, data_dir: Path) -> dict[str, float]:
    """Run the matcher on synthetic versions of stories in other pages' furniture; print and return its figures."""
    synth = synth_web.generate(data_dir)
    match = load_matcher(args.matcher)
    t0 = time.perf_counter()
    groups = [set(g) for g in match(dict(synth.docs))]
    seconds = time.perf_counter() - t0
    where = {d: i for i, g in enumerate(groups) for d in g}

    def together(a: str, b: str) -> bool:
        return a in where and where.get(a) == where.get(b)

    figures = synth_web.score(synth, together)
    print("\n== synthetic web versions: L3S-GN1 stories in other pages' furniture ==")
    print(
        f"docs: {len(synth.docs)} ({len(set(synth.family.values()))} stories, {len(synth.digests)} digests)   "
        f"time: {seconds:.1f}s"
    )
    print(
        f"pairs P {figures['P']:.3f}  R {figures['R']:.3f}   digests kept apart {figures['digests kept apart']:.3f}   "
        f"big story in one group {figures['big story in one group']:.3f}"
    )
    for kind, (merged, total) in synth_web.recall_by_kind(synth, together).items():
        print(f"  {kind:24} {merged:5d}/{total:<5d} = {merged / total:.3f}")
    return figures


def print_rows(rows: dict[str, list[WebPair]], together: Callable[[str, str], bool]) -> dict[str, dict[str, float]]:
    """Print pairwise figures for each row of pairs, unambiguous and all; return them by row name."""
    print(f"\n{'pairwise':30} {'P':>6} {'R':>6} {'F1':>6} {'apart':>6}   {'TP':>6} {'FP':>6} {'FN':>6} {'TN':>6}")
    figures: dict[str, dict[str, float]] = {}
    for row, pairs in rows.items():
        for which, c in web_counts(pairs, together).items():
            p, rec, f = prf(c["tp"], c["fp"], c["fn"])
            apart = c["tn"] / (c["tn"] + c["fp"]) if c["tn"] + c["fp"] else 1.0
            name = f"{row}, {which} pairs"
            print(
                f"{name:30} {p:6.3f} {rec:6.3f} {f:6.3f} {apart:6.3f}   "
                f"{c['tp']:6d} {c['fp']:6d} {c['fn']:6d} {c['tn']:6d}"
            )
            figures.setdefault(row, {}).update(
                {f"{which} P": p, f"{which} R": rec, f"{which} F1": f, f"{which} kept apart": apart}
            )
    return figures


def _print_kinds(title: str, shown: list[WebPair], together: Callable[[str, str], bool]) -> None:
    """Print, for each kind of pair shown, how many there are and how many were merged."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in shown:
        key = (
            f"{'pos' if pair['same_story'] else 'neg'}:{pair['kind']}{' (ambiguous)' if pair.get('ambiguous') else ''}"
        )
        kinds[key]["n"] += 1
        kinds[key]["merged"] += together(pair["a"], pair["b"])
    print(f"\nby kind, {title} (positives: share merged = recall; negatives: share merged = false-merge rate)")
    for key, v in sorted(kinds.items()):
        print(f"  {key:44} {v['merged']:4d}/{v['n']:<4d} = {v['merged'] / v['n']:.3f}")


def _print_errors(pairs: list[WebPair], together: Callable[[str, str], bool]) -> None:
    """Print the development pairs the matcher gets wrong."""
    print("\nerrors in the development half (and the further development draw):")
    for pair in pairs:
        if together(pair["a"], pair["b"]) != pair["same_story"]:
            verdict = "missed" if pair["same_story"] else "merged"
            print(f"  {verdict:6} {pair['a']} {pair['b']} {pair['kind']}: {pair['why']}")
