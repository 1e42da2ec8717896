"""Deterministically choose the 48 fresh pages of ``web_metadata_dev6.json`` and ``web_metadata_check6.json``.

Usage: python -m quality.labels.select_web_dev6 DATA_DIR
Prints file, collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is eligible
when none of ``select_web.py``, ``select_web_extra.py`` and ``select_web_dev2.py`` to ``select_web_dev5.py``
chooses it and ``select_web.held_out`` puts its id in the development half, so the held-out half is never
read; L3S-GN1 pages with no block labelled full text are not eligible. The draw is select_web_dev5's with
its own salt: pages are ordered by sha1('web-dev6-<id>') and taken in turn, two thirds of them among pages
that credit a wire agency or open a block with a dateline, the rest among the others (``web_draw.draw``).
The drawn pages go in turn, in draw order, to the development file (tuned on) and the check file (labelled,
scored, never read for its misses), so the two are alike.
"""

from __future__ import annotations

import sys

from quality.labels.select_web import select as select_web
from quality.labels.select_web_dev2 import select as select_web_dev2
from quality.labels.select_web_dev3 import select as select_web_dev3
from quality.labels.select_web_dev4 import select as select_web_dev4
from quality.labels.select_web_dev5 import select as select_web_dev5
from quality.labels.select_web_extra import select as select_web_extra
from quality.labels.web_draw import credited, draw
from quality.webpages import WebPage

HOW_MANY = {"l3s": 28, "aeb": 6, "cluster": 14}
DEV = "web_metadata_dev6.json"
CHECK = "web_metadata_check6.json"


def earlier(data_dir: str) -> tuple[WebPage, ...]:
    """Return the pages the draws before this one chose."""
    return (
        *select_web(data_dir),
        *select_web_extra(data_dir),
        *select_web_dev2(data_dir),
        *select_web_dev3(data_dir),
        *select_web_dev4(data_dir),
        *select_web_dev5(data_dir),
    )


def drawn(data_dir: str) -> list[WebPage]:
    """Return all 48 drawn pages in draw order, collection by collection."""
    return draw(data_dir, "web-dev6", HOW_MANY, earlier(data_dir), credited, (2, 3))


def select(data_dir: str) -> list[WebPage]:
    """Return the pages of the development file: the first, third, fifth... drawn."""
    return drawn(data_dir)[0::2]


def select_check(data_dir: str) -> list[WebPage]:
    """Return the pages of the check file: the second, fourth, sixth... drawn."""
    return drawn(data_dir)[1::2]


def main(argv: list[str]) -> int:
    """Print file, collection and id of each drawn page of the folder argv[0]; never page text."""
    for number, page in enumerate(drawn(argv[0])):
        print(CHECK if number % 2 else DEV, page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
