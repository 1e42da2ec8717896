"""Deterministically choose the sentences of the key-figure labels (``figures.json``).

Usage: python -m quality.labels.select_figures DATA_DIR [--text]
Prints each chosen sentence's source, half and opening words; ``--text`` prints the sentence too,
for labelling (the label file keeps the opening words alone, never the text).

DATA_DIR holds ``reuters21578/``, ``l3s-gn1/``, ``article-extraction-benchmark/`` and
``news-cluster/``. A sentence is eligible when it holds a digit, runs 6 to 80 words and stands in a
story: a Reuters story's body, or a web page's story text as ``quality.score_web_entities`` gives it
(L3S-GN1's blocks labelled headline or full text, the benchmark's gold body, a News-Cluster record's
title and text), the headline aside. Each story gives at most one sentence, the first by
sha1('figures-<source>-<index>'); stories are taken by sha1('figures-<source>'), 60 Reuters stories
with a dateline and 80 web pages, whose halves are those of the rest of the labels: Reuters by newid
(odd development, even held out), web pages by ``select_web.held_out``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newscorpus.extract.text import sentence_spans
from quality import reuters
from quality.labels.select_web import held_out
from quality.score_web_entities import story_text
from quality.webpages import read_collection

HOW_MANY = {"reuters": 60, "web": 80}
WEB = ("cluster", "aeb", "l3s")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Chosen:
    """One chosen sentence: its story, half, place among the story's sentences and its text."""

    source: str
    half: str
    index: int
    text: str

    @property
    def start(self) -> str:
        """Return the sentence's first six words, as the label file names it."""
        return " ".join(self.text.split()[:6])


def _order(key: str) -> str:
    return hashlib.sha1(f"figures-{key}".encode()).hexdigest()


def sentences(paragraphs: list[str]) -> list[str]:
    """Return a story's sentences in order, as the key-figure finder reads them."""
    return [p[start:end].strip() for p in paragraphs for start, end in sentence_spans(p)]


def _pick(source: str, paragraphs: list[str], half: str) -> Chosen | None:
    """Return the eligible sentence of one story that comes first in the draw, or None."""
    found = [(i, s) for i, s in enumerate(sentences(paragraphs)) if _DIGIT.search(s) and 6 <= len(s.split()) <= 80]
    if not found:
        return None
    index, text = min(found, key=lambda item: _order(f"{source}-{item[0]}"))
    return Chosen(source, half, index, text)


def _reuters(data_dir: Path) -> Iterator[Chosen]:
    stories = [s for s in reuters.iter_stories(data_dir / "reuters21578") if s.dateline.strip()]
    for story in sorted(stories, key=lambda s: _order(f"r{s.newid}")):
        half = "dev" if story.newid % 2 else "held-out"
        chosen = _pick(f"reuters:{story.newid}", story.paragraphs(), half)
        if chosen:
            yield chosen


def story_paragraphs(text: str) -> list[str]:
    """Return a web page's story paragraphs: its story text, the headline (the first block) left out."""
    return [p for p in text.split("\n\n") if p.strip()][1:]


def _web(data_dir: Path) -> Iterator[Chosen]:
    pages = [p for name in WEB for p in read_collection(data_dir, name)]
    pages = [p for p in pages if p.collection != "l3s" or "story" in p.labels]
    for page in sorted(pages, key=lambda p: _order(f"{p.collection}:{p.id}")):
        half = "held-out" if held_out(page.id) else "dev"
        chosen = _pick(f"{page.collection}:{page.id}", story_paragraphs(story_text(page)), half)
        if chosen:
            yield chosen


def select(data_dir: str | Path) -> list[Chosen]:
    """Return the chosen sentences: the Reuters ones, then the web ones."""
    folder = Path(data_dir)
    chosen: list[Chosen] = []
    for draw, count in ((_reuters(folder), HOW_MANY["reuters"]), (_web(folder), HOW_MANY["web"])):
        for item, _ in zip(draw, range(count), strict=False):
            chosen.append(item)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--text", action="store_true", help="print each sentence, for labelling")
    args = parser.parse_args(argv)
    for item in select(args.data_dir):
        print(f"{item.source}\t{item.half}\t{item.index}\t{item.start}")
        if args.text:
            print(f"    {item.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
