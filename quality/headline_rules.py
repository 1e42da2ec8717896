"""Which headline rules decide which development pages: a rule fitted to the pages it was tuned on shows here.

    .venv/bin/python -m quality.headline_rules DATA_DIR

The headline is found right on 0.97 of the development pages and on fewer unseen ones. To tell rules that
carry general evidence from rules fitted to one page, the development half is split in two parts by a salt
of its own (sha1 of ``head-<id>``, even or odd: no part was chosen for tuning), and each rule of
``newscorpus.extract.page_headline`` is switched off in turn (a score's term set to nothing, a rule's
function to its neutral answer). Printed for each rule and part: the pages whose headline it keeps right
(wrong without it) and the pages it makes wrong (right without it), on L3S-GN1 (the block its assessors
labelled headline) and the extraction benchmark (the headline its markup names). A rule deciding one or two
pages of one part only is a suspect; a rule deciding pages of both parts rests on evidence that carries.

Only development pages are read (``quality.labels.select_web.held_out``). Only the block labeller runs (the headline
is the block it labels headline, the benchmark's article title being that block's text), about 20 seconds a rule
on a quiet machine, not the whole extraction's minute; ``--rule`` NAME, repeated, runs only those.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from newscorpus.config import Config
from newscorpus.extract import page_headline, segment_pages
from newscorpus.model import Source, SourceMeta
from quality.labels.select_web import held_out
from quality.markup_headline import gold_headline, same_headline
from quality.webpages import WebPage, benchmark_html, read_collection


def _none(*_: object) -> None:
    return None


def _false(*_: object) -> bool:
    return False


# Each rule: its name, the attribute of page_headline it lives in and the value that switches it off.
RULES: tuple[tuple[str, str, Any], ...] = (
    ("share of the lede's words", "_LEDE_SHARE", 0.0),
    ("over its byline or stamp", "_BYLINED", 0.0),
    ("a byline or stamp near", "_CREDITED", 0.0),
    ("under a byline (cost)", "_UNDER_BYLINE", 0.0),
    ("title case", "_TITLE_CASE", 0.0),
    ("a headline's length", "_HEADLINE_LENGTH", 0.0),
    ("right over the story", "_NEAR", 0.0),
    ("too long (cost)", "_LONG", 0.0),
    ("a score line's digits (cost)", "_DIGITS", 0.0),
    ("distance (cost)", "_DISTANCE", 0.0),
    ("printed twice", "_PRINTED_TWICE", 0.0),
    ("words of the address", "_ADDRESS", 0.0),
    ("over a deck printed twice", "_over_printed_deck", _none),
    ("over lists of links", "_over_list", _none),
    ("an entry of a list", "_list_entry", _false),
    ("an entry of a dated list", "_dated_entry", _false),
    ("under another's byline", "_under_header", lambda scored, _headers: scored),
    ("under a score line", "under_score_line", lambda _features, _scored, index: index),
    ("over its deck", "_over_deck", lambda _features, _scored, _score, index: index),
    ("a kicker over the headline", "_kicker", _false),
    ("a label the line under writes", "_label_inside", _false),
    ("a topic and a colon", "_topic_headline", _false),
    ("a series' name and a bar", "_barred_headline", _false),
)
PARTS = ("A", "B")


def part(page_id: str) -> str:
    """Return the part of the development half a page falls in, by a salt no tuning used."""
    return PARTS[int(hashlib.sha1(f"head-{page_id}".encode()).hexdigest(), 16) % 2]


@dataclass(frozen=True)
class Decided:
    """The development pages a rule decides in one part: kept right by it, made wrong by it."""

    right: tuple[str, ...]
    wrong: tuple[str, ...]


def decided(base: Mapping[str, bool], without: Mapping[str, bool]) -> dict[str, Decided]:
    """Return, by part, the pages right with the rule and wrong without it, and the other way round."""
    return {
        name: Decided(
            tuple(k for k in sorted(base) if part(k.split()[-1]) == name and base[k] and not without[k]),
            tuple(k for k in sorted(base) if part(k.split()[-1]) == name and without[k] and not base[k]),
        )
        for name in PARTS
    }


def outcomes(data_dir: Path, config: Config) -> dict[str, bool]:
    """Return whether the headline is right, for every development page with a gold headline ("l3s <id>")."""
    right: dict[str, bool] = {}
    for name in ("l3s", "aeb"):
        pages = [p for p in read_collection(data_dir, name) if not held_out(p.id)]
        labelled = segment_pages([_source(p) for p in pages], config)
        for page in pages:
            found = next((b.text for b in labelled[page.id] if b.label == "headline"), None)
            if name == "l3s":
                gold = {t for t, label in zip(page.blocks, page.labels, strict=True) if label == "headline"}
                if gold:
                    right[f"{name} {page.id}"] = found in gold
                continue
            markup = gold_headline(benchmark_html(data_dir / "article-extraction-benchmark", page.id), page.blocks)
            if markup is not None:
                right[f"{name} {page.id}"] = same_headline(found, markup)
    return right


def _source(page: WebPage) -> Source:
    """Return a page as the extractor reads it: its text block by block, with its address (as score_web feeds it)."""
    return Source(
        id=page.id, path=f"{page.collection}/{page.id}.txt", text=page.text(), meta=SourceMeta(url=page.url or None)
    )


def report(
    base: Mapping[str, bool], rules: Mapping[str, Mapping[str, bool]], out: Callable[[str], object] = print
) -> None:
    """Print, for each rule, the pages it keeps right and makes wrong in each part."""
    for name in PARTS:
        pages = [k for k in base if part(k.split()[-1]) == name]
        out(f"part {name}: {sum(base[k] for k in pages)} of {len(pages)} development pages right")
    for rule, without in rules.items():
        by_part = decided(base, without)
        counts = "  ".join(f"{p}: +{len(d.right)} -{len(d.wrong)}" for p, d in by_part.items())
        out(f"{rule:32} {counts}")
        for p, d in by_part.items():
            for key in d.right:
                out(f"    {p} keeps right {key}")
            for key in d.wrong:
                out(f"    {p} makes wrong {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--rule", action="append", help="only this rule (its name as printed; repeatable)")
    args = parser.parse_args(argv)
    config = Config()
    base = outcomes(args.data_dir, config)
    rules = {}
    for rule, attribute, off in RULES:
        if args.rule and rule not in args.rule:
            continue
        with mock.patch.object(page_headline, attribute, off):
            rules[rule] = outcomes(args.data_dir, config)
    report(base, rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
