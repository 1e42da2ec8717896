"""Time the story matcher on Reuters-21578 beside datasketch's MinHashLSH, on the same corpus.

    .venv/bin/python -m benchmarks.match_speed REUTERS_DIR [--limit 20000]

Both matchers get the same documents: the first LIMIT stories with a body, as
"headline, blank line, article". Extraction (Source -> Article) is timed apart from matching,
since a build does it anyway. MinHashLSH (128 permutations, Jaccard threshold on word 4-grams)
gives candidate pairs, joined by union-find; it only finds near-duplicates and is the usual
off-the-shelf baseline. It runs at thresholds from 0.5 down until its recall reaches ours (or
the lowest, 0.1), so the two are compared at equal recall, in one run. Recall is measured on
the labelled same-story pairs whose two stories are in the corpus; MinHash's precision on the
labelled pairs is shown beside it, since a low threshold buys recall with false merges.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.model import Article, Source
from quality import reuters
from quality.groups import connected_groups

LABELS = Path(__file__).resolve().parent.parent / "quality" / "labels" / "pairs.json"
_WORD = re.compile(r"\w+")


# MinHashLSH thresholds tried, highest first, until its recall reaches the matcher's.
THRESHOLDS = (0.5, 0.3, 0.2, 0.1)


def _minhash_groups(docs: dict[str, str], threshold: float) -> list[set[str]]:
    """Return groups from MinHashLSH candidates (Jaccard >= threshold on word 4-grams), joined."""
    from datasketch import MinHash, MinHashLSH  # noqa: PLC0415 - a benchmark-only dependency

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    hashes = {}
    for doc_id, text in docs.items():
        words = _WORD.findall(text.lower())
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([" ".join(words[i : i + 4]).encode() for i in range(max(1, len(words) - 3))])
        hashes[doc_id] = m
        lsh.insert(doc_id, m)
    return connected_groups(docs, ((doc_id, other) for doc_id, m in hashes.items() for other in lsh.query(m)))


def _recall(groups: list[set[str]], pairs: list[tuple[str, str]]) -> tuple[float, int]:
    """Return the share of labelled same-story pairs put in one group, and how many there are."""
    where = {d: i for i, g in enumerate(groups) for d in g}
    hits = sum(1 for a, b in pairs if a in where and where.get(a) == where.get(b))
    return hits / max(1, len(pairs)), len(pairs)


def _precision(groups: list[set[str]], positives: list[tuple[str, str]], negatives: list[tuple[str, str]]) -> float:
    """Return the share of labelled pairs put in one group that are labelled the same story."""
    where = {d: i for i, g in enumerate(groups) for d in g}
    hits = [where.get(a) is not None and where.get(a) == where.get(b) for a, b in [*positives, *negatives]]
    right = sum(hits[: len(positives)])
    return right / max(1, sum(hits))


def main(argv: list[str] | None = None) -> int:
    """Run both matchers and print their times and recalls."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reuters_dir")
    ap.add_argument("--limit", type=int, default=20000)
    args = ap.parse_args(argv)
    stories = reuters.load_stories(args.reuters_dir)
    chosen = sorted(stories)[: args.limit]
    docs = {f"r:{k}": f"{stories[k].title}\n\n{stories[k].as_text()}" for k in chosen}
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["pairs"]
    inside = [p for p in labels if f"r:{p['a']}" in docs and f"r:{p['b']}" in docs]
    positives = [(f"r:{p['a']}", f"r:{p['b']}") for p in inside if p["same_story"]]
    negatives = [(f"r:{p['a']}", f"r:{p['b']}") for p in inside if not p["same_story"]]
    print(
        f"corpus: {len(docs):,} Reuters-21578 stories with a body (of {len(stories):,}); "
        f"{len(positives)} labelled same-story pairs inside it"
    )

    config = Config()
    t0 = time.perf_counter()
    articles: list[Article] = []
    for doc_id, text in docs.items():
        article = extract_article(Source(id=doc_id, path=f"{doc_id}.txt", text=text), config)
        if article is not None:
            articles.append(article)
    t1, c1 = time.perf_counter(), time.process_time()
    matched = match_articles(articles, config)
    t2, c2 = time.perf_counter(), time.process_time()
    ours = [{m.id for m in g.members} for g in matched.groups]
    recall, n = _recall(ours, positives)
    print(
        f"newscorpus: extract {t1 - t0:6.2f} s, match {t2 - t1:6.2f} s wall, {c2 - c1:6.2f} s CPU "
        "(groups, references and edits)  "
        f"groups {len(ours):,}  recall {recall:.3f} on {n} pairs  "
        f"precision {_precision(ours, positives, negatives):.3f}"
    )

    for threshold in THRESHOLDS:
        t3, c3 = time.perf_counter(), time.process_time()
        theirs = _minhash_groups(docs, threshold)
        t4, c4 = time.perf_counter(), time.process_time()
        their_recall, n = _recall(theirs, positives)
        print(
            f"datasketch MinHashLSH at {threshold}: {t4 - t3:6.2f} s wall, {c4 - c3:6.2f} s CPU "
            "(hashing, index, queries, union-find)  "
            f"groups {len(theirs):,}  recall {their_recall:.3f} on {n} pairs  "
            f"precision {_precision(theirs, positives, negatives):.3f}"
        )
        if their_recall >= recall:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
