"""Deterministically choose the 80 further scraped web pages of ``web_metadata_extra.json``.

Usage: python -m quality.labels.select_web_extra DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. These pages
are development data only: a page is eligible when ``select_web.py`` does not choose it and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read.
Otherwise the selection is select_web's: from each collection, pages are ordered by
sha1('web-extra-<id>') and taken in turn, half of them among pages that credit a wire agency in
their text (the same test), half among the rest; L3S-GN1 pages with no block labelled full text
are not eligible (``web_draw.draw``).
"""

from __future__ import annotations

import sys

from quality.labels.select_web import select as select_web
from quality.labels.web_draw import draw, names_wire, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 40, "aeb": 25, "cluster": 15}


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    return draw(data_dir, "web-extra", HOW_MANY, select_web(data_dir), names_wire, (1, 2))


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
