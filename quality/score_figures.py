"""Score the key-figure finder on hand-labelled sentences of clean wire copy and of scraped web stories.

    .venv/bin/python -m quality.score_figures DATA_DIR [--show]

DATA_DIR holds ``reuters21578/``, ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``.
Each sentence of ``labels/figures.json`` (chosen by ``labels/select_figures.py``) is found in its story
again (a Reuters story's body paragraphs; a web page's story text, the headline aside, as
``score_web_entities`` gives it) and the finder (``newscorpus.extract.figures.find_figures``) reads the
whole story, so rules that look at the article's other sentences apply, with no cap on how many it
keeps. A figure is known by its number as written ("2,246,000" of "2,246,000 dlrs", "4.5" of
"$4.5-million", "10-7/8" of "10-7/8 pct"). Printed: precision, recall and F1 of the figures found in
the labelled sentences, for each domain's development half, held-out half and all; the held-out rows
are gated by ``quality/floors.toml`` (row ``figures``) and the script exits non-zero below a floor.
``--show`` prints the misses and false hits of development sentences only. Nothing of the collections
is stored in the repository: the label file holds each sentence's opening words and place, no text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscorpus.extract.figures import find_figures
from quality import reuters
from quality.floors import report as floor_report
from quality.labels.select_figures import sentences, story_paragraphs
from quality.score_web_entities import story_text
from quality.webpages import read_collection

LABELS = Path(__file__).resolve().parent / "labels" / "figures.json"
GATE = "figures"
# A figure's number as written: digits with their commas, decimals and fraction; else its number word.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?(?:-\d+/\d+|/\d+)?")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class Counts:
    """True figures found, figures found that are none, figures missed."""

    found: int = 0
    false: int = 0
    missed: int = 0
    lines: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 (1.0 where there is nothing to find and nothing found)."""
        p = self.found / (self.found + self.false) if self.found + self.false else 1.0
        r = self.found / (self.found + self.missed) if self.found + self.missed else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figure_key(text: str) -> str:
    """Return the number a figure is written with: "2,246,000" of "2,246,000 dlrs", "nine" of "nine pct"."""
    match = _DIGITS.search(text) or _WORD.search(text)  # "US$5 mln" is known by 5, not "US"
    return match.group().lower() if match else text


def _stories(data_dir: Path, labels: Sequence[dict[str, object]]) -> dict[str, list[str]]:
    """Return the paragraphs of every labelled story, by its source name."""
    wanted = {str(label["source"]) for label in labels}
    stories: dict[str, list[str]] = {}
    newids = {int(s.split(":")[1]) for s in wanted if s.startswith("reuters:")}
    for story in reuters.iter_stories(data_dir / "reuters21578"):
        if story.newid in newids:
            stories[f"reuters:{story.newid}"] = story.paragraphs()
    for collection in sorted({s.split(":")[0] for s in wanted} - {"reuters"}):
        for page in read_collection(data_dir, collection):
            name = f"{collection}:{page.id}"
            if name in wanted:
                stories[name] = story_paragraphs(story_text(page))
    missing = sorted(wanted - set(stories))
    if missing:
        raise SystemExit(
            f"{data_dir}: labelled stories not found: {missing[:5]}\nHint: DATA_DIR holds the four collections"
        )
    return stories


def score_sentence(paragraphs: list[str], label: dict[str, object], counts: Counts) -> None:
    """Add one labelled sentence's figures found, false and missed to counts."""
    said = sentences(paragraphs)
    index, start = int(str(label["index"])), str(label["start"])
    if index >= len(said) or " ".join(said[index].split()[:6]) != start:
        raise SystemExit(f"{label['source']}: sentence {index} no longer opens {start!r}\nHint: the collection changed")
    found = [figure_key(f.text) for f in find_figures(paragraphs, 10**6) if f.sentence == said[index]]
    gold = [str(g).lower() for g in label["figures"]]  # type: ignore[attr-defined]
    hits = [g for g in gold if g in found]
    false = [f for f in found if f not in gold]
    missed = [g for g in gold if g not in found]
    counts.found += len(hits)
    counts.false += len(false)
    counts.missed += len(missed)
    if false or missed:
        counts.lines.append(f"  {label['source']} #{index} {start!r}: false {false} missed {missed}")


def score(data_dir: str, labels_path: Path = LABELS) -> dict[tuple[str, str], Counts]:
    """Return the counts by (domain, half): domains "reuters" and "web", halves "dev", "held-out" and "all"."""
    if not labels_path.is_file():
        raise SystemExit(f"{labels_path}: no such label file\nHint: pass --labels FILE (the format of figures.json)")
    labels = [s for s in json.loads(labels_path.read_text(encoding="utf-8"))["sentences"] if not s.get("skip")]
    stories = _stories(Path(data_dir), labels)
    results = {(d, h): Counts() for d in ("reuters", "web") for h in ("dev", "held-out", "all")}
    for label in labels:
        domain = "reuters" if str(label["source"]).startswith("reuters:") else "web"
        for half in (str(label["half"]), "all"):
            score_sentence(stories[str(label["source"])], label, results[(domain, half)])
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--show", action="store_true", help="print the misses and false hits of development sentences")
    args = parser.parse_args(argv)
    results = score(args.data_dir, Path(args.labels))
    print(f"{'key figures':<22}{'P':>7}{'R':>7}{'F1':>7}{'found':>7}{'false':>7}{'missed':>7}")
    for (domain, half), counts in results.items():
        p, r, f1 = counts.prf()
        print(
            f"{domain + ', ' + half:<22}{p:7.3f}{r:7.3f}{f1:7.3f}{counts.found:7d}{counts.false:7d}{counts.missed:7d}"
        )
    if args.show:
        for domain in ("reuters", "web"):
            print(f"\nmisses and false hits, {domain}, development half:", *results[(domain, "dev")].lines, sep="\n")
    gated = {}
    for domain in ("reuters", "web"):
        p, _, f1 = results[(domain, "held-out")].prf()
        gated[f"{domain} held-out precision"], gated[f"{domain} held-out F1"] = p, f1
    return floor_report(GATE, gated)


if __name__ == "__main__":
    sys.exit(main())
