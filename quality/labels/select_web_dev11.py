"""Deterministically choose the fresh pages of ``web_metadata_dev11.json``.

Usage: python -m quality.labels.select_web_dev11 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The draw is
select_web_dev10's with its own salt, among the pages left eligible after it: a page is eligible when no earlier
metadata selector (``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py`` to ``select_web_dev10.py``,
their check files' pages included) chooses it, no held-out entity file (``web_entities.json``,
``web_entities_check*.json``, read for their ids alone) labels it and ``select_web.held_out`` puts its id in the
development half, so the held-out half is never read; L3S-GN1 pages with no block labelled full text are not
eligible. They are the development entity and figure files' pages the tenth draw left (17 L3S-GN1 pages, no
benchmark page, 11 News-Cluster records when this draw was made), and the counts below take them all: pages are
ordered by sha1('web-dev11-<id>') and taken in turn, two thirds among pages that credit a wire agency or open a
block with a dateline, the rest among the others (``web_draw.draw``). Every drawn page goes to the development
file; this draw has no check file.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_dev10
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 17, "aeb": 0, "cluster": 11}


def earlier(data_dir: str) -> tuple[WebPage, ...]:
    """Return the pages the metadata draws before this one chose, check files' pages included."""
    return (*select_web_dev10.earlier(data_dir), *select_web_dev10.select(data_dir))


def select(data_dir: str) -> list[WebPage]:
    """Return the drawn pages in draw order, collection by collection."""
    return draw(
        data_dir, "web-dev11", HOW_MANY, earlier(data_dir), credited, (2, 3), select_web_dev10.held_out_labelled()
    )


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
