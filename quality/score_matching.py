"""Score the story matcher (groups versions of one wire story) on clean wire copy and on scraped web news.

    .venv/bin/python -m quality.score_matching DATA_DIR [--matcher module:function] [--domain both]
        [--half all] [--annotated-story] [--limit N] [--distractors N] [--synthetic N] [--show-errors]

DATA_DIR holds ``reuters21578/``, ``news-cluster/`` and ``l3s-gn1/`` (a folder holding
``reut2-*.sgm`` itself scores the Reuters domain alone). The matcher is the real one by default
(``quality.adapters:newscorpus_match``); ``quality.baseline:match`` is a plain 5-gram matcher for
comparison. Nothing of the collections is stored: every corpus is built at run time.

**Clean wire copy (Reuters-21578).** The corpus holds every story named in
``quality/labels/pairs.json`` (id ``r:<newid>``), synthetic versions of other real stories with
known edits (``quality.synth``, ids ``syn:...``), digests of two unrelated stories and shared-quote
hard negatives, and distractor stories in no label. Reported: pairwise precision / recall / F1 over
the labelled Reuters pairs, over all pairs of synthetic documents (their ground truth is
complete) and both pooled; per-kind rates; group purity; and the digest check (the two stories a
digest was cut from must never share a group).

**Scraped web news (News-Cluster, L3S-GN1).** The corpus holds every record and page of both
collections (``quality.webcorpus``: L3S pages as scraped, furniture and all, the story found by the
build's own story detection, as a user feeds them; ``--annotated-story`` gives them as the story the
annotators marked instead, to measure matching apart from story detection), and the labels are
``quality/labels/web_pairs.json``. Reported: pairwise precision / recall / F1 on the unambiguous
pairs and on all pairs, for the development half and the held-out half (``--half dev`` reports the
development half alone, for tuning), then for the further development pairs of
``quality/labels/web_pairs_dev.json`` ("dev, more", development only, never held out) and of
``quality/labels/web_pairs_dev2.json`` ("dev, fresh", a draw judged before the matcher was tuned on it),
then of ``quality/labels/web_pairs_dev3.json`` ("dev 3", a draw meant to be rich in versions,
which found none left in the development half) and its check half ``quality/labels/web_pairs_check3.json``
("check 3": figures only, never listed by ``--show-errors``), and of ``quality/labels/web_pairs_dev4.json``
("dev 4", a fifth draw, by headline words too), ``quality/labels/web_pairs_dev5.json`` ("dev 5", where
the matcher and 5-grams disagree or near its thresholds) and ``quality/labels/web_pairs_dev6.json`` ("dev 6", every
development pair left sharing copy), with the share of different-story
pairs kept apart, and per-kind rates. Then synthetic web versions
(``quality.synth_web``): L3S-GN1 stories set in other pages' furniture as reprints, re-tops, trims
and four-step write-through chains, digests of two stories and one story reprinted more widely than
the document-frequency cap, with complete ground truth (pairs P / R, digests kept apart, the big
story held in one group; not with ``--annotated-story`` or ``--half held-out``).

The matcher is ``match(docs: Mapping[str, str | Source]) -> list[set[str]]``: doc id -> text
(headline, blank line, article) or source (text with its metadata) in, groups of doc ids out
(singletons may be omitted). The figures are compared with the floors of ``quality/floors.toml``
(rows ``reuters-matching``, ``web-matching`` and, with ``--annotated-story``, ``web-matching-annotated``,
the web rows on the held-out half, and ``web-matching-dev-more`` on the further development pairs of
``quality/labels/web_pairs_dev.json``, printed as "dev, more", and ``web-matching-dev-fresh`` on
``quality/labels/web_pairs_dev2.json``, printed as "dev, fresh", ``web-matching-dev-fresh3`` and
``web-matching-check3`` on the draws printed as "dev 3" and "check 3", ``web-matching-dev-fresh4`` on "dev 4",
``web-matching-dev-fresh5`` on "dev 5", ``web-matching-dev-fresh6`` on "dev 6",
and ``web-matching-synthetic``); the exit status
is non-zero when any is below its floor.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from math import comb
from pathlib import Path
from typing import TypedDict

from . import reuters, synth
from .floors import report as floor_report
from .matchers import load_matcher, prf
from .web_matching import CHECK3, FRESH, FRESH3, FRESH4, FRESH5, FRESH6, MORE, score_synthetic, score_web

LABELS = Path(__file__).resolve().parent / "labels" / "pairs.json"
WEB_LABELS = LABELS.with_name("web_pairs.json")
WEB_DEV_LABELS = LABELS.with_name("web_pairs_dev.json")
WEB_FRESH_LABELS = LABELS.with_name("web_pairs_dev2.json")
WEB_FRESH3_LABELS = LABELS.with_name("web_pairs_dev3.json")
WEB_CHECK3_LABELS = LABELS.with_name("web_pairs_check3.json")
WEB_FRESH4_LABELS = LABELS.with_name("web_pairs_dev4.json")
WEB_FRESH5_LABELS = LABELS.with_name("web_pairs_dev5.json")
WEB_FRESH6_LABELS = LABELS.with_name("web_pairs_dev6.json")
DEFAULT_MATCHER = "quality.adapters:newscorpus_match"
# The floors of the development-only web draws, by the row each is printed as.
FURTHER_GATES = {
    MORE: "web-matching-dev-more",
    FRESH: "web-matching-dev-fresh",
    FRESH3: "web-matching-dev-fresh3",
    CHECK3: "web-matching-check3",
    FRESH4: "web-matching-dev-fresh4",
    FRESH5: "web-matching-dev-fresh5",
    FRESH6: "web-matching-dev-fresh6",
}

Counts = dict[str, int]


class ReutersPair(TypedDict):
    """A judged pair of ``labels/pairs.json``: two Reuters NEWIDs."""

    a: int
    b: int
    same_story: bool
    kind: str
    why: str


class Purity(TypedDict):
    """Group purity over the synthetic documents."""

    weighted: float
    mixed_groups: int
    groups_with_synthetic: int
    groups_mixing_synthetic_and_real: int


class Digests(TypedDict):
    """The digest check: digests whose two source stories ended in one group."""

    n: int
    chained: int
    chained_ids: list[str]
    digest_attached: Counts


class ReutersReport(TypedDict):
    """The raw Reuters report (written by ``--json``)."""

    reuters: Counts
    reuters_kinds: dict[str, Counts]
    synthetic: Counts
    synthetic_kinds: dict[str, Counts]
    purity: Purity
    digests: Digests


def reuters_text(story: reuters.Story, title: bool = True) -> str:
    body = story.as_text()
    return f"{story.title}\n\n{body}" if title else body


def build_corpus(
    args: argparse.Namespace, stories: dict[int, reuters.Story]
) -> tuple[dict[str, str], list[ReutersPair], synth.SynthSet, int, int]:
    labels: list[ReutersPair] = json.loads(Path(args.pairs).read_text())["pairs"]
    if args.limit:
        labels = labels[: args.limit]
    labelled = sorted({p["a"] for p in labels} | {p["b"] for p in labels})
    n_syn = min(args.synthetic, args.limit) if args.limit else args.synthetic
    n_dis = min(args.distractors, 4 * args.limit) if args.limit else args.distractors
    rng = random.Random(args.seed)
    others = sorted(set(stories) - set(labelled))
    distractors = sorted(rng.sample(others, n_dis))
    syn = synth.generate(
        args.reuters_dir,
        seed=args.seed,
        n_stories=n_syn,
        n_digests=max(2, n_syn // 6),
        n_shared_quote=max(2, n_syn // 6),
        exclude=set(labelled) | set(distractors),
        stories=stories,
    )
    docs = {f"r:{k}": reuters_text(stories[k], not args.no_title) for k in labelled + distractors}
    for doc_id, text in syn.docs:
        docs[doc_id] = text
    return docs, labels, syn, len(labelled), len(distractors)


def evaluate(
    pred_groups: list[set[str]], docs: Mapping[str, str], labels: list[ReutersPair], syn: synth.SynthSet
) -> ReutersReport:
    """Score the matcher's groups: labelled Reuters pairs, synthetic versions, group purity, digests."""
    where = _membership(pred_groups, docs)

    def together(a: str, b: str) -> bool:
        return a in where and where.get(a) == where.get(b)

    reuters_counts, reuters_kinds = _labelled_pairs(labels, together)
    gt_of = {d: gi for gi, g in enumerate(syn.groups) for d in g}
    cells: Counter[tuple[int | str, int]] = Counter((where.get(d, f"single:{d}"), gi) for d, gi in gt_of.items())
    return {
        "reuters": reuters_counts,
        "reuters_kinds": reuters_kinds,
        "synthetic": _synthetic_pairs(cells, syn),
        "synthetic_kinds": _synthetic_kinds(syn, together),
        "purity": _purity(cells, pred_groups, gt_of),
        "digests": _digests(where, syn),
    }


def _membership(pred_groups: list[set[str]], docs: Mapping[str, str]) -> dict[str, int]:
    """Return each document's predicted group, refusing unknown ids and documents in two groups."""
    where: dict[str, int] = {}
    for i, g in enumerate(pred_groups):
        for d in g:
            if d not in docs:
                raise ValueError(f"matcher returned unknown doc id {d!r}")
            if d in where:
                raise ValueError(f"matcher put {d!r} in two groups")
            where[d] = i
    return where


def _labelled_pairs(
    labels: list[ReutersPair], together: Callable[[str, str], bool]
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Return the confusion counts over the labelled Reuters pairs, and the merge rate by kind."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    kinds: dict[tuple[bool, str], Counter[str]] = defaultdict(Counter)
    for p in labels:
        same = together(f"r:{p['a']}", f"r:{p['b']}")
        k = kinds[(p["same_story"], p["kind"])]
        k["n"] += 1
        k["merged"] += same
        outcome = ("tp" if same else "fn") if p["same_story"] else ("fp" if same else "tn")
        counts[outcome] += 1
    return counts, {f"{'pos' if s else 'neg'}:{k}": dict(v) for (s, k), v in sorted(kinds.items(), key=str)}


def _synthetic_pairs(cells: Counter[tuple[int | str, int]], syn: synth.SynthSet) -> dict[str, int]:
    """Return pair counts over the synthetic documents, whose groups are known in full (digests left out)."""
    pred_sizes: Counter[int | str] = Counter()
    for (key, _), n in cells.items():
        pred_sizes[key] += n
    tp = sum(comb(n, 2) for n in cells.values())
    pred_pairs = sum(comb(n, 2) for n in pred_sizes.values())
    gt_pairs = sum(comb(len(g), 2) for g in syn.groups)
    return {"tp": tp, "fp": pred_pairs - tp, "fn": gt_pairs - tp}


def _synthetic_kinds(syn: synth.SynthSet, together: Callable[[str, str], bool]) -> dict[str, dict[str, int]]:
    """Return, for each kind of synthetic pair, how many there are and how many were merged."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for a, b, _same, kind in syn.pairs:
        kinds[kind]["n"] += 1
        kinds[kind]["merged"] += together(a, b)
    return {k: dict(v) for k, v in sorted(kinds.items())}


def _purity(cells: Counter[tuple[int | str, int]], pred_groups: list[set[str]], gt_of: Mapping[str, int]) -> Purity:
    """Return how pure the predicted groups holding synthetic documents are (weighted by size)."""
    by_pred: dict[int | str, Counter[int]] = defaultdict(Counter)
    for (key, gi), n in cells.items():
        by_pred[key][gi] += n
    total = sum(sum(c.values()) for c in by_pred.values())
    pure = sum(max(c.values()) for c in by_pred.values())
    # Synthetic documents pulled into groups with unrelated real stories (distractors, labelled).
    contaminated = sum(1 for g in pred_groups if any(d in gt_of for d in g) and any(d.startswith("r:") for d in g))
    return {
        "weighted": pure / total if total else 1.0,
        "mixed_groups": sum(1 for c in by_pred.values() if len(c) > 1),
        "groups_with_synthetic": sum(1 for k in by_pred if not str(k).startswith("single:")),
        "groups_mixing_synthetic_and_real": contaminated,
    }


def _digests(where: Mapping[str, int], syn: synth.SynthSet) -> Digests:
    """Return how often a digest of two stories chained their groups into one."""
    violations: list[str] = []
    attached: Counter[str] = Counter()
    for did, ga, gb in syn.digests:
        ga_pred = {where[d] for d in syn.groups[ga] if d in where}
        gb_pred = {where[d] for d in syn.groups[gb] if d in where}
        if ga_pred & gb_pred:
            violations.append(did)
        if did in where:
            attached["a" if where[did] in ga_pred else "b" if where[did] in gb_pred else "other"] += 1
    return {
        "n": len(syn.digests),
        "chained": len(violations),
        "chained_ids": violations,
        "digest_attached": dict(attached),
    }


def print_report(r: ReutersReport, n_labelled_docs: int, n_dis: int, n_docs: int, seconds: float, matcher: str) -> None:
    print(
        f"matcher: {matcher}   docs: {n_docs} (labelled Reuters stories {n_labelled_docs}, "
        f"distractors {n_dis}, synthetic {n_docs - n_labelled_docs - n_dis})   time: {seconds:.1f}s"
    )
    rows = [("labelled Reuters pairs", r["reuters"]), ("synthetic (all pairs)", r["synthetic"])]
    pooled = {k: r["reuters"][k] + r["synthetic"][k] for k in ("tp", "fp", "fn")}
    rows.append(("pooled", pooled))
    print(f"\n{'pairwise':28} {'P':>6} {'R':>6} {'F1':>6}   {'TP':>6} {'FP':>6} {'FN':>6}")
    for name, c in rows:
        p, rec, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{name:28} {p:6.3f} {rec:6.3f} {f:6.3f}   {c['tp']:6d} {c['fp']:6d} {c['fn']:6d}")
    print("\nby kind (positives: share merged = recall; negatives: share merged = false-merge rate)")
    for k, v in list(r["reuters_kinds"].items()) + [(f"syn:{k}", v) for k, v in r["synthetic_kinds"].items()]:
        print(f"  {k:36} {v['merged']:4d}/{v['n']:<4d} = {v['merged'] / v['n']:.3f}")
    pu = r["purity"]
    print(
        f"\ngroup purity (synthetic docs, size-weighted): {pu['weighted']:.3f}; "
        f"predicted groups mixing synthetic stories: {pu['mixed_groups']}; "
        f"groups mixing synthetic and real docs: {pu['groups_mixing_synthetic_and_real']}"
    )
    d = r["digests"]
    status = "PASS" if d["chained"] == 0 else "FAIL"
    print(
        f"digest check: {status} -- {d['chained']}/{d['n']} digests chained their two source stories "
        f"into one group; digest attached to: {d['digest_attached'] or 'nothing'}"
    )


def reuters_figures(r: ReutersReport) -> dict[str, float]:
    """Return the Reuters domain's gated figures."""
    p, rec, _ = prf(r["reuters"]["tp"], r["reuters"]["fp"], r["reuters"]["fn"])
    sp, srec, _ = prf(r["synthetic"]["tp"], r["synthetic"]["fp"], r["synthetic"]["fn"])
    d = r["digests"]
    return {
        "labelled P": p,
        "labelled R": rec,
        "synthetic P": sp,
        "synthetic R": srec,
        "digests kept apart": 1 - d["chained"] / max(1, d["n"]),
    }


def score_reuters(args: argparse.Namespace, reuters_dir: Path) -> dict[str, float]:
    """Build the Reuters corpus, run the matcher, print the report and return the gated figures."""
    args.reuters_dir = str(reuters_dir)
    stories = reuters.load_stories(reuters_dir)
    docs, labels, syn, n_lab, n_dis = build_corpus(args, stories)
    match = load_matcher(args.matcher)
    t0 = time.perf_counter()
    groups = [set(g) for g in match(dict(docs))]
    seconds = time.perf_counter() - t0
    report = evaluate(groups, docs, labels, syn)
    print("== clean wire copy: Reuters-21578 ==")
    print_report(report, n_lab, n_dis, len(docs), seconds, args.matcher)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, sort_keys=True))
    return reuters_figures(report)


def reuters_folder(data_dir: Path) -> Path | None:
    """Return the Reuters-21578 folder of the data folder, or the folder itself when it is one."""
    if (data_dir / "reuters21578").is_dir():
        return data_dir / "reuters21578"
    return data_dir if any(data_dir.glob("reut2-*.sgm")) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", help="folder holding reuters21578/, news-cluster/ and l3s-gn1/ (or reut2-*.sgm)")
    ap.add_argument("--matcher", default=DEFAULT_MATCHER, help="module:function")
    ap.add_argument("--domain", choices=("both", "reuters", "web"), default="both")
    ap.add_argument("--limit", type=int, default=0, help="cap labelled pairs / synthetic stories for a quick run")
    ap.add_argument("--pairs", default=str(LABELS))
    ap.add_argument("--web-pairs", default=str(WEB_LABELS))
    ap.add_argument("--web-pairs-dev", default=str(WEB_DEV_LABELS), help="development-only web pairs, scored apart")
    ap.add_argument("--web-pairs-fresh", default=str(WEB_FRESH_LABELS), help="a fresh development draw, scored apart")
    ap.add_argument("--web-pairs-fresh3", default=str(WEB_FRESH3_LABELS), help="a fourth development draw")
    ap.add_argument("--web-pairs-check3", default=str(WEB_CHECK3_LABELS), help="its check half: figures only")
    ap.add_argument("--web-pairs-fresh4", default=str(WEB_FRESH4_LABELS), help="a fifth development draw")
    ap.add_argument("--web-pairs-fresh5", default=str(WEB_FRESH5_LABELS), help="a sixth development draw")
    ap.add_argument("--web-pairs-fresh6", default=str(WEB_FRESH6_LABELS), help="a seventh development draw")
    ap.add_argument("--synthetic", type=int, default=120, help="real stories to derive synthetic versions from")
    ap.add_argument("--distractors", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--no-title", action="store_true", help="give the matcher the article without its headline")
    ap.add_argument(
        "--annotated-story",
        action="store_true",
        help="give the matcher L3S pages as the story the annotators marked, not as scraped",
    )
    ap.add_argument("--half", choices=("all", "dev", "held-out"), default="all", help="web halves to report")
    ap.add_argument("--show-errors", action="store_true", help="list the dev-half web pairs it gets wrong")
    ap.add_argument("--json", help="also write the raw Reuters report here")
    args = ap.parse_args(argv)
    data_dir = Path(args.data_dir)
    status = 0
    # The floors are the real matcher's on the full corpora: pages as scraped ("web-matching") and
    # as their annotated story ("web-matching-annotated"); another matcher or a quick run is measured,
    # not gated.
    gated = args.matcher == DEFAULT_MATCHER and not args.limit
    reuters_dir = reuters_folder(data_dir)
    if args.domain in ("both", "reuters") and reuters_dir is not None:
        figures = score_reuters(args, reuters_dir)
        print()
        if gated:
            status |= floor_report("reuters-matching", figures)
    if args.domain in ("both", "web") and (data_dir / "news-cluster").is_dir():
        web, further = score_web(args, data_dir)
        print()
        if web is None:
            print("web-matching: the held-out half was not scored (--half dev); floors not checked")
        elif gated:
            status |= floor_report("web-matching-annotated" if args.annotated_story else "web-matching", web)
        for name, gate in FURTHER_GATES.items():
            if name in further and gated and not args.annotated_story:
                status |= floor_report(gate, further[name])
        if not args.annotated_story and args.half != "held-out":
            synthetic = score_synthetic(args, data_dir)
            print()
            if gated:
                status |= floor_report("web-matching-synthetic", synthetic)
    return status


if __name__ == "__main__":
    sys.exit(main())
