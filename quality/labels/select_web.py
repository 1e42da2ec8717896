"""Deterministically choose the scraped web pages of ``web_metadata.json`` and their halves.

Usage: python -m quality.labels.select_web DATA_DIR
Prints collection, id and half of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. From each
collection, pages are ordered by sha1('web-<id>') and taken in turn, half of them among pages
that credit a wire agency in their text ("(AP)", "Associated Press", "Reuters", "AFP"), since
dateline and credit are what the labels measure, half among the rest. L3S-GN1 pages with no
block labelled full text are not eligible (nothing to read a story from). A page is held out
when sha1('split-<id>') is even: the held-out half is never read while tuning.
"""

from __future__ import annotations

import hashlib
import re
import sys

from quality.webpages import WebPage, read_collection

HOW_MANY = {"l3s": 70, "aeb": 40, "cluster": 20}
_WIRE = re.compile(r"\((?:AP|Reuters|AFP)\)|Associated Press|Agence France|\bReuters\b")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-{page.id}".encode()).hexdigest()


def held_out(page_id: str) -> bool:
    """Return True for a page of the held-out half."""
    return int(hashlib.sha1(f"split-{page_id}".encode()).hexdigest(), 16) % 2 == 0


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [p for p in pages if name != "l3s" or "story" in p.labels]
        wire = [p for p in pages if _WIRE.search(p.text())][: count // 2]
        other = [p for p in pages if not _WIRE.search(p.text())][: count - len(wire)]
        chosen += sorted(wire + other, key=_key)
    return chosen


def main(argv: list[str]) -> int:
    for page in select(argv[0]):
        print(page.collection, page.id, "held-out" if held_out(page.id) else "dev")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
