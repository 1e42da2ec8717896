"""Score a story matcher (groups versions of one wire story) on Reuters-21578.

    .venv/bin/python -m quality.score_matching REUTERS_DIR \
        [--matcher quality.baseline:match] [--limit N] [--distractors N] [--synthetic N]

The evaluation corpus is built at run time from the Reuters directory (nothing is stored):

* every story named in ``quality/labels/pairs.json`` (id ``r:<newid>``);
* synthetic versions of other real stories with known edits (``quality.synth``, ids ``syn:...``),
  digests of two unrelated stories, and shared-quote hard negatives;
* distractor stories (``r:<newid>``) that are in no label, to make the haystack realistic.

The matcher is ``match(docs: dict[str, str]) -> list[set[str]]``: doc id -> text (headline, blank
line, article) in, groups of doc ids out (singletons may be omitted).

Reported: pairwise precision / recall / F1 over (a) the labelled Reuters pairs, (b) all pairs
of synthetic documents (their ground truth is complete), (c) both pooled; per-kind hit rates
(positives) and false-merge rates (negatives); group purity over synthetic documents; and the
digest check (the two stories a digest was cut from must never share a group).
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from math import comb
from pathlib import Path

from . import reuters, synth

LABELS = Path(__file__).resolve().parent / "labels" / "pairs.json"


def load_matcher(spec: str):
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func or "match")


def reuters_text(story: reuters.Story, title: bool = True) -> str:
    body = story.as_text()
    return f"{story.title}\n\n{body}" if title else body


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def build_corpus(args, stories):
    labels = json.loads(Path(args.pairs).read_text())["pairs"]
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


def evaluate(pred_groups, docs, labels, syn):
    where: dict[str, int] = {}
    for i, g in enumerate(pred_groups):
        for d in g:
            if d not in docs:
                raise ValueError(f"matcher returned unknown doc id {d!r}")
            if d in where:
                raise ValueError(f"matcher put {d!r} in two groups")
            where[d] = i

    def together(a: str, b: str) -> bool:
        return a in where and where.get(a) == where.get(b)

    report: dict = {}
    # (a) labelled Reuters pairs
    tp = fp = fn = tn = 0
    kinds: dict[str, Counter] = defaultdict(Counter)
    for p in labels:
        same = together(f"r:{p['a']}", f"r:{p['b']}")
        k = kinds[(p["same_story"], p["kind"])]
        k["n"] += 1
        k["merged"] += same
        if p["same_story"]:
            tp += same
            fn += not same
        else:
            fp += same
            tn += not same
    report["reuters"] = {"tp": tp, "fp": fp, "fn": fn, "tn": tn}
    report["reuters_kinds"] = {f"{'pos' if s else 'neg'}:{k}": dict(v) for (s, k), v in sorted(kinds.items(), key=str)}

    # (b) synthetic documents: complete ground truth, all pairs (digests excluded)
    gt_of: dict[str, int] = {}
    for gi, g in enumerate(syn.groups):
        for d in g:
            gt_of[d] = gi
    cells: Counter = Counter()
    pred_sizes: Counter = Counter()
    for d, gi in gt_of.items():
        key = where.get(d, f"single:{d}")
        cells[(key, gi)] += 1
        pred_sizes[key] += 1
    tp_s = sum(comb(n, 2) for n in cells.values())
    pred_pairs = sum(comb(n, 2) for n in pred_sizes.values())
    gt_pairs = sum(comb(len(g), 2) for g in syn.groups)
    report["synthetic"] = {"tp": tp_s, "fp": pred_pairs - tp_s, "fn": gt_pairs - tp_s}
    skinds: dict[str, Counter] = defaultdict(Counter)
    for a, b, _same, kind in syn.pairs:
        skinds[kind]["n"] += 1
        skinds[kind]["merged"] += together(a, b)
    report["synthetic_kinds"] = {k: dict(v) for k, v in sorted(skinds.items())}

    # group purity over synthetic docs (weighted by group size); mixed groups
    by_pred: dict = defaultdict(Counter)
    for (key, gi), n in cells.items():
        by_pred[key][gi] += n
    total = sum(sum(c.values()) for c in by_pred.values())
    pure = sum(max(c.values()) for c in by_pred.values())
    mixed = sum(1 for k, c in by_pred.items() if len(c) > 1)
    report["purity"] = {
        "weighted": pure / total if total else 1.0,
        "mixed_groups": mixed,
        "groups_with_synthetic": sum(1 for k in by_pred if not str(k).startswith("single:")),
    }
    # synthetic docs pulled into groups with unrelated real stories (distractors/labelled)
    contaminated = 0
    for g in pred_groups:
        if any(d in gt_of for d in g) and any(d.startswith("r:") for d in g):
            contaminated += 1
    report["purity"]["groups_mixing_synthetic_and_real"] = contaminated

    # labelled negatives that ended in one predicted group
    # (c) digest chaining
    violations = []
    attached = Counter()
    for did, ga, gb in syn.digests:
        ga_pred = {where[d] for d in syn.groups[ga] if d in where}
        gb_pred = {where[d] for d in syn.groups[gb] if d in where}
        if ga_pred & gb_pred:
            violations.append(did)
        if did in where:
            attached["a" if where[did] in ga_pred else "b" if where[did] in gb_pred else "other"] += 1
    report["digests"] = {
        "n": len(syn.digests),
        "chained": len(violations),
        "chained_ids": violations,
        "digest_attached": dict(attached),
    }
    return report


def print_report(r, n_labelled_docs, n_dis, n_docs, seconds, matcher):
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reuters_dir")
    ap.add_argument("--matcher", default="quality.baseline:match", help="module:function")
    ap.add_argument("--limit", type=int, default=0, help="cap labelled pairs / synthetic stories for a quick run")
    ap.add_argument("--pairs", default=str(LABELS))
    ap.add_argument("--synthetic", type=int, default=120, help="real stories to derive synthetic versions from")
    ap.add_argument("--distractors", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--no-title", action="store_true", help="give the matcher the article without its headline")
    ap.add_argument("--json", help="also write the raw report here")
    args = ap.parse_args(argv)
    stories = reuters.load_stories(args.reuters_dir)
    docs, labels, syn, n_lab, n_dis = build_corpus(args, stories)
    match = load_matcher(args.matcher)
    t0 = time.perf_counter()
    groups = [set(g) for g in match(dict(docs))]
    seconds = time.perf_counter() - t0
    report = evaluate(groups, docs, labels, syn)
    print_report(report, n_lab, n_dis, len(docs), seconds, args.matcher)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
