"""Deterministically choose the 70 fresh development pages of ``web_metadata_dev2.json``.

Usage: python -m quality.labels.select_web_dev2 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when neither ``select_web.py`` nor ``select_web_extra.py`` chooses it and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read;
L3S-GN1 pages with no block labelled full text are not eligible. From each collection, pages are
ordered by sha1('web-dev2-<id>') and taken in turn, two thirds of them among pages that credit a
wire agency (select_web's test) or open a block with a dateline ("CITY --", "CITY, Calif. (AP)"),
since those are the fields most often wrong on unseen pages, the rest among the others.
"""

from __future__ import annotations

import hashlib
import re
import sys

from quality.labels.select_web import _WIRE, held_out
from quality.labels.select_web import select as select_web
from quality.labels.select_web_extra import select as select_web_extra
from quality.webpages import WebPage, read_collection

HOW_MANY = {"l3s": 35, "aeb": 15, "cluster": 20}
# A block opening with a place in capitals (and its region), then a dash, colon or credit.
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{2,30}(?:, [A-Z][A-Za-z. ]{1,20})?\s*(?:\(\w+\)\s*)?(?:--|—|–|-|:)\s")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-dev2-{page.id}".encode()).hexdigest()


def _credited(page: WebPage) -> bool:
    text = page.text()
    return bool(_WIRE.search(text) or _DATELINE.search(text))


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    taken = {(page.collection, page.id) for page in (*select_web(data_dir), *select_web_extra(data_dir))}
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p
            for p in pages
            if (name, p.id) not in taken and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        credited = [p for p in pages if _credited(p)][: count * 2 // 3]
        other = [p for p in pages if not _credited(p)][: count - len(credited)]
        chosen += sorted(credited + other, key=_key)
    return chosen


def main(argv: list[str]) -> int:
    for page in select(argv[0]):
        print(page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
