"""Deterministically choose the 24 fresh pages of ``web_metadata_dev8.json``.

Usage: python -m quality.labels.select_web_dev8 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is eligible
when no earlier selector (``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py`` to
``select_web_dev7.py``, their check files' pages included) chooses it and ``select_web.held_out`` puts its id
in the development half, so the held-out half is never read; L3S-GN1 pages with no block labelled full text
are not eligible. The draw is select_web_dev7's with its own salt and half its count: pages are ordered by
sha1('web-dev8-<id>') and taken in turn, two thirds of them among pages that credit a wire agency or open a
block with a dateline, the rest among the others (``web_draw.draw``). Every drawn page goes to the
development file; this draw has no check file.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_dev6, select_web_dev7
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 14, "aeb": 3, "cluster": 7}


def earlier(data_dir: str) -> tuple[WebPage, ...]:
    """Return the pages the draws before this one chose, check files' pages included."""
    return (*select_web_dev6.earlier(data_dir), *select_web_dev6.drawn(data_dir), *select_web_dev7.drawn(data_dir))


def select(data_dir: str) -> list[WebPage]:
    """Return the 24 drawn pages in draw order, collection by collection."""
    return draw(data_dir, "web-dev8", HOW_MANY, earlier(data_dir), credited, (2, 3))


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
