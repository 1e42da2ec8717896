"""Deterministically choose the 45 fresh development pages of ``web_metadata_dev5.json``.

Usage: python -m quality.labels.select_web_dev5 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is eligible
when none of ``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py``, ``select_web_dev3.py``
and ``select_web_dev4.py`` chooses it and ``select_web.held_out`` puts its id in the development half, so
the held-out half is never read; L3S-GN1 pages with no block labelled full text are not eligible. The
draw is select_web_dev4's with its own salt and the benchmark's pages back: pages are ordered by
sha1('web-dev5-<id>') and taken in turn, two thirds of them among pages that credit a wire agency or
open a block with a dateline, the rest among the others (``web_draw.draw``).
"""

from __future__ import annotations

import sys

from quality.labels.select_web import select as select_web
from quality.labels.select_web_dev2 import select as select_web_dev2
from quality.labels.select_web_dev3 import select as select_web_dev3
from quality.labels.select_web_dev4 import select as select_web_dev4
from quality.labels.select_web_extra import select as select_web_extra
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 27, "aeb": 6, "cluster": 12}


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    taken = (
        *select_web(data_dir),
        *select_web_extra(data_dir),
        *select_web_dev2(data_dir),
        *select_web_dev3(data_dir),
        *select_web_dev4(data_dir),
    )
    return draw(data_dir, "web-dev5", HOW_MANY, taken, credited, (2, 3))


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
