"""Time the story matcher on one story reprinted hundreds of times, among the scraped web collections.

    .venv/bin/python -m benchmarks.big_story DATA_DIR [--versions 300] [--no-background]

DATA_DIR holds ``news-cluster/`` and ``l3s-gn1/``. The longest News-Cluster record is taken as a
wire story and given to VERSIONS outlets, each of which prints it its own way (nothing is stored:
the versions are made at run time): a cut from the bottom, a line of its own on top, a word changed,
a paragraph left out, and every few versions a write-through that adds a new top and drops the
oldest paragraphs, which the next outlets reprint. They are matched with every page of the two
collections as scraped (the background), as a build would. Extraction is timed apart from matching.
Printed: seconds (wall and CPU) of extraction and of matching, and how the versions were grouped;
every version should be in one group, and nothing of the background with them but the record itself.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.match import match_articles
from newscorpus.model import Source, SourceMeta
from quality.adapters import as_source
from quality.webcorpus import doc_id, web_sources
from quality.webpages import WebPage, read_cluster

# Paragraphs of fewer words are not story (captions' leftovers, one-word lines).
_MIN_WORDS = 8


def versions(page: WebPage, count: int, seed: int = 11) -> list[Source]:
    """Return count versions of a record's story as different outlets print it, some written through."""
    rng = random.Random(seed)
    story = [b for b in page.blocks if len(b.split()) >= _MIN_WORDS]
    title = (page.meta or {}).get("title", "") or story[0]
    out = []
    for k in range(count):
        if k and k % 25 == 0:
            # A write-through: a new top over the story, its two oldest paragraphs dropped.
            top = f"Update {k // 25}: officials gave new figures on day {k // 25} as the story went on, {story[0]}"
            story = [top, *story[:2], *story[4:]] if len(story) > 6 else [top, *story]
        keep = max(3, round(len(story) * rng.uniform(0.4, 1.0)))
        paragraphs = list(story[:keep])
        if rng.random() < 0.3:
            paragraphs.insert(0, f"Our reporter at outlet {k} adds that crowds gathered through the night.")
        if rng.random() < 0.5:
            at = rng.randrange(len(paragraphs))
            paragraphs[at] = paragraphs[at].replace(" the ", " a ", 1)
        if rng.random() < 0.3 and len(paragraphs) > 4:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        text = "\n\n".join([title, *paragraphs]) + "\n"
        meta = SourceMeta(title=title, outlet=f"outlet{k}.example", date=f"2016-11-{1 + k // 25:02d}")
        out.append(Source(id=f"big:{k:04d}", path=f"big/{k:04d}.txt", text=text, meta=meta))
    return out


def main(argv: list[str] | None = None) -> int:
    """Make the versions, match them among the collections, print times and groups."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--versions", type=int, default=300)
    ap.add_argument("--no-background", action="store_true", help="match the versions alone")
    args = ap.parse_args(argv)
    records = read_cluster(args.data_dir / "news-cluster")
    record = max(records, key=lambda p: (sum(len(b.split()) >= _MIN_WORDS for b in p.blocks), p.id))
    made = versions(record, args.versions)
    background = {} if args.no_background else web_sources(args.data_dir, page_text=True)
    sources = [as_source(key, background[key]) for key in sorted(background)] + made
    config = Config()
    t0, c0 = time.perf_counter(), time.process_time()
    articles = extract_articles(sources, config, segment_pages(sources, config)).articles
    t1, c1 = time.perf_counter(), time.process_time()
    matched = match_articles(articles, config)
    t2, c2 = time.perf_counter(), time.process_time()
    paragraphs = sum(len(b.split()) >= _MIN_WORDS for b in record.blocks)
    print(
        f"story: {doc_id(record)} ({paragraphs} paragraphs), {len(made)} versions, "
        f"{len(articles) - len(made)} background articles"
    )
    print(f"extract {t1 - t0:6.2f} s wall, {c1 - c0:6.2f} s CPU")
    print(f"match   {t2 - t1:6.2f} s wall, {c2 - c1:6.2f} s CPU (groups, references and edits)")
    where: Counter[str] = Counter()
    for group in matched.groups:
        ids = [m.id for m in group.members]
        ours = sum(1 for i in ids if i.startswith("big:"))
        if ours:
            where[group.id] = ours
            others = sorted(i for i in ids if not i.startswith("big:"))
            print(f"group {group.id}: {ours} versions, {len(ids)} members; also {others}")
    print(f"versions in groups: {sum(where.values())} of {len(made)}, in {len(where)} group(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
