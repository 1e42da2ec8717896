"""Print the classified edits of the labelled Reuters corrections and updates, for a reviewer to eyeball.

    .venv/bin/python -m quality.forensics_report REUTERS_DIR [--kind correction --kind update] [--limit N]
        [--synthetic N]

Each labelled pair of the kinds asked for (``quality/labels/pairs.json``) is extracted as a build
would, the earlier story taken as the reference, and compared with `compare_versions`; every
word change is printed with its kind. At the end: changes by kind, and the check that matters
for corrections: every change where a number differs is reported as a figure (the count of
changes that hide a changed number under another kind must be 0).

With ``--synthetic N`` it also builds N synthetic stories (``quality.synth``) and, for every
``substitute`` version, scores the reported changes against the substitutions the generator
made: how many changes are one of its substitutions, and of those how many got the kind the
table below expects (terminology, spelling or style).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match.classify import figures
from newscorpus.match.forensics import compare_versions
from newscorpus.model import Article, Source, WordChange

from . import reuters, synth
from .score_matching import LABELS, reuters_text

_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
# The kind each of the generator's substitutions (quality.synth_words.SUBSTITUTIONS) should be given.
EXPECTED_KIND = {
    ("said", "stated"): "terminology",
    ("company", "firm"): "terminology",
    ("pct", "per cent"): "style",
    ("mln", "million"): "style",
    ("dlrs", "dollars"): "style",
    ("dlr", "dollar"): "style",
    ("U.S.", "US"): "style",
    ("U.K.", "UK"): "style",
    ("rebels", "militants"): "terminology",
    ("shares", "stock"): "terminology",
    ("officials", "authorities"): "terminology",
    ("told", "informed"): "terminology",
    ("Peking", "Beijing"): "terminology",
    ("Moslem", "Muslim"): "spelling",
    ("Gadaffi", "Gaddafi"): "spelling",
    ("Kampuchea", "Cambodia"): "terminology",
    ("centre", "center"): "spelling",
    ("programme", "program"): "spelling",
    ("organisation", "organization"): "spelling",
    ("favour", "favor"): "spelling",
    ("labour", "labor"): "spelling",
    ("defence", "defense"): "spelling",
    ("stabilise", "stabilize"): "spelling",
}
_EDGE = ".,;:!?\"'()<>"


def _article(story: reuters.Story, config: Config) -> Article | None:
    """Return a Reuters story extracted as a build would extract it."""
    return extract_article(Source(id=f"r{story.newid}", path=f"r{story.newid}.txt", text=reuters_text(story)), config)


def hidden_figure(change: WordChange) -> bool:
    """Return True when a change holds a different value on each side but is not called a figure.

    Values as the classifier reads them: "10,500,000" and "10.5 mln" are one value.
    """
    if not (_NUMBER.search(change.old) and _NUMBER.search(change.new)):
        return False
    old, new = figures(change.old), figures(change.new)
    return change.kind != "figure" and old != new


def _table_key(old: str, new: str) -> tuple[str, str] | None:
    """Return the generator's substitution a change is, punctuation and possessives aside, or None."""
    for a, b in ((old, new), (old.strip(_EDGE), new.strip(_EDGE)), (old.rstrip(",;:"), new.rstrip(",;:"))):
        for x, y in ((a, b), (a.removesuffix("'s"), b.removesuffix("'s"))):
            if (x, y) in EXPECTED_KIND:
                return (x, y)
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the report; return 1 when a changed number was classified as something else."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reuters_dir", type=Path)
    parser.add_argument("--kind", action="append", help="pair kinds to report (default: correction, update)")
    parser.add_argument("--limit", type=int, default=0, help="report at most this many pairs")
    parser.add_argument("--synthetic", type=int, default=0, help="also score N synthetic stories' substitutions")
    args = parser.parse_args(argv)
    kinds = set(args.kind or ["correction", "update"])
    config = Config()
    pairs = [p for p in json.loads(LABELS.read_text(encoding="utf-8"))["pairs"] if p.get("kind") in kinds]
    if args.limit:
        pairs = pairs[: args.limit]
    stories = reuters.load_stories(args.reuters_dir)
    by_kind: Counter[str] = Counter()
    hidden: list[tuple[int, int, WordChange]] = []
    for pair in pairs:
        first, second = sorted((stories[pair["a"]], stories[pair["b"]]), key=lambda s: (s.date, s.newid))
        reference, version = _article(first, config), _article(second, config)
        if reference is None or version is None:
            print(f"{first.newid} -> {second.newid}: not an article after extraction, skipped")
            continue
        edits = compare_versions(
            reference, version, config.paragraph_match, config.paragraph_part_match, config.paragraph_gap_match
        )
        print(f"== {pair['kind']} {first.newid} -> {second.newid}: {pair.get('why', '')}")
        if edits.headline:
            print(f"   headline: {edits.headline[0]!r} -> {edits.headline[1]!r}")
        statuses = ", ".join(f"{edits.count(s)} {s}" for s in ("kept", "edited", "cut", "added", "moved"))
        print(f"   paragraphs: {statuses}")
        for change in edits.changes:
            by_kind[change.kind] += 1
            print(f"   {change.kind:<11} {change.old!r} -> {change.new!r}")
            if hidden_figure(change):
                hidden.append((first.newid, second.newid, change))
        for quote in edits.quotes:
            print(f"   quote {quote.status}: {quote.reference[:80]!r}")
    print()
    print(f"pairs: {len(pairs)}; changes by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print(f"changed numbers not reported as figures: {len(hidden)}")
    for a, b, change in hidden:
        print(f"   {a} -> {b}: {change.kind} {change.old!r} -> {change.new!r}")
    if args.synthetic:
        synthetic_report(args.reuters_dir, stories, args.synthetic, config)
    return 1 if hidden else 0


def synthetic_report(directory: Path, stories: dict[int, reuters.Story], n: int, config: Config) -> None:
    """Print how the changes found in synthetic substitute versions match the substitutions made."""
    made = synth.generate(directory, n_stories=n, n_digests=2, n_shared_quote=2, stories=stories)
    texts = dict(made.docs)
    known = right = other = 0
    wrong: Counter[tuple[str, str, str, str]] = Counter()
    unexplained: Counter[tuple[str, str, str]] = Counter()
    for doc_id in sorted(texts):
        if not doc_id.endswith(":substitute"):
            continue
        orig = doc_id.rsplit(":", 1)[0] + ":orig"
        reference = extract_article(Source(id="orig", path="orig.txt", text=texts[orig]), config)
        version = extract_article(Source(id="sub", path="sub.txt", text=texts[doc_id]), config)
        if reference is None or version is None:
            continue
        edits = compare_versions(
            reference, version, config.paragraph_match, config.paragraph_part_match, config.paragraph_gap_match
        )
        for change in edits.changes:
            key = _table_key(change.old, change.new)
            if key is None:
                other += 1
                unexplained[(change.kind, change.old, change.new)] += 1
                continue
            known += 1
            expected = EXPECTED_KIND[key]
            if change.kind == expected:
                right += 1
            else:
                wrong[(expected, change.kind, *key)] += 1
    total = known + other
    print()
    print(f"synthetic substitute versions: {total} changes reported, {known} are the generator's substitutions")
    print(f"   of those, given the expected kind: {right}/{known} = {right / known if known else 1.0:.3f}")
    for (expected, got, old, new), count in wrong.most_common(10):
        print(f"   expected {expected}, got {got}: {old!r} -> {new!r} x{count}")
    for (kind, old, new), count in unexplained.most_common(10):
        print(f"   not a substitution made: {kind} {old!r} -> {new!r} x{count}")


if __name__ == "__main__":
    sys.exit(main())
