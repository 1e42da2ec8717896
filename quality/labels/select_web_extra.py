"""Deterministically choose the 80 further scraped web pages of ``web_metadata_extra.json``.

Usage: python -m quality.labels.select_web_extra DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. These pages
are development data only: a page is eligible when ``select_web.py`` does not choose it and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read.
Otherwise the selection is select_web's: from each collection, pages are ordered by
sha1('web-extra-<id>') and taken in turn, half of them among pages that credit a wire agency in
their text (the same test), half among the rest; L3S-GN1 pages with no block labelled full text
are not eligible.
"""

from __future__ import annotations

import hashlib
import sys

from quality.labels.select_web import _WIRE, held_out
from quality.labels.select_web import select as select_web
from quality.webpages import WebPage, read_collection

HOW_MANY = {"l3s": 40, "aeb": 25, "cluster": 15}


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-extra-{page.id}".encode()).hexdigest()


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    taken = {(page.collection, page.id) for page in select_web(data_dir)}
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p
            for p in pages
            if (name, p.id) not in taken and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        wire = [p for p in pages if _WIRE.search(p.text())][: count // 2]
        other = [p for p in pages if not _WIRE.search(p.text())][: count - len(wire)]
        chosen += sorted(wire + other, key=_key)
    return chosen


def main(argv: list[str]) -> int:
    for page in select(argv[0]):
        print(page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
