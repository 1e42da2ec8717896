"""Print the classified edits of the labelled Reuters corrections and updates, for a reviewer to eyeball.

    .venv/bin/python -m quality.forensics_report REUTERS_DIR [--kind correction --kind update] [--limit N]

Each labelled pair of the kinds asked for (``quality/labels/pairs.json``) is extracted as a build
would, the earlier story taken as the reference, and compared with `compare_versions`; every
word change is printed with its kind. At the end: changes by kind, and the check that matters
for corrections: every change where a number differs is reported as a figure (the count of
changes that hide a changed number under another kind must be 0).
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
from newscorpus.match.forensics import compare_versions
from newscorpus.model import Article, Source, WordChange

from . import reuters
from .score_matching import LABELS, reuters_text

_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def _article(story: reuters.Story, config: Config) -> Article | None:
    """Return a Reuters story extracted as a build would extract it."""
    return extract_article(Source(id=f"r{story.newid}", path=f"r{story.newid}.txt", text=reuters_text(story)), config)


def _numbers(text: str) -> list[str]:
    """Return the numbers written in digits, thousands separators dropped."""
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


def hidden_figure(change: WordChange) -> bool:
    """Return True when a change holds a different number on each side but is not called a figure."""
    old, new = _numbers(change.old), _numbers(change.new)
    return change.kind != "figure" and bool(old) and bool(new) and old != new


def main(argv: list[str] | None = None) -> int:
    """Print the report; return 1 when a changed number was classified as something else."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reuters_dir", type=Path)
    parser.add_argument("--kind", action="append", help="pair kinds to report (default: correction, update)")
    parser.add_argument("--limit", type=int, default=0, help="report at most this many pairs")
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
    return 1 if hidden else 0


if __name__ == "__main__":
    sys.exit(main())
