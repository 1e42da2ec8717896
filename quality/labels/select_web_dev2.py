"""Deterministically choose the 70 fresh development pages of ``web_metadata_dev2.json``.

Usage: python -m quality.labels.select_web_dev2 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when neither ``select_web.py`` nor ``select_web_extra.py`` chooses it and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read;
L3S-GN1 pages with no block labelled full text are not eligible. From each collection, pages are
ordered by sha1('web-dev2-<id>') and taken in turn, two thirds of them among pages that credit a
wire agency (select_web's test) or open a block with a dateline ("CITY --", "CITY, Calif. (AP)"),
since those are the fields most often wrong on unseen pages, the rest among the others
(``web_draw.draw``).
"""

from __future__ import annotations

import sys

from quality.labels.select_web import select as select_web
from quality.labels.select_web_extra import select as select_web_extra
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 35, "aeb": 15, "cluster": 20}


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    taken = (*select_web(data_dir), *select_web_extra(data_dir))
    return draw(data_dir, "web-dev2", HOW_MANY, taken, credited, (2, 3))


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
