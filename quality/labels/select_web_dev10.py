"""Deterministically choose the 40 fresh pages of ``web_metadata_dev10.json``.

Usage: python -m quality.labels.select_web_dev10 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The ninth draw took every
development page no label file held, so this draw takes development pages no metadata label file holds: a page
is eligible when no earlier metadata selector (``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py``
to ``select_web_dev9.py``, their check files' pages included) chooses it, no held-out entity file
(``web_entities.json``, ``web_entities_check*.json``, read for their ids alone) labels it and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read; L3S-GN1 pages
with no block labelled full text are not eligible. The eligible pages are those the development entity and
figure files label (38 L3S-GN1, 1 benchmark, 29 News-Cluster when this draw was made): their story metadata was
never labelled or tuned on. The draw is select_web_dev9's with its own salt: pages are ordered by
sha1('web-dev10-<id>') and taken in turn, two thirds of them among pages that credit a wire agency or open a
block with a dateline (none is left), the rest among the others (``web_draw.draw``). Every drawn page goes to
the development file; this draw has no check file.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_dev9
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 21, "aeb": 1, "cluster": 18}
# The held-out entity files, fixed as they stood when this draw was made, so that files added later never change it.
HELD_OUT = ("web_entities.json", *(f"web_entities_check{n}.json" for n in range(5, 10)))


def earlier(data_dir: str) -> tuple[WebPage, ...]:
    """Return the pages the metadata draws before this one chose, check files' pages included."""
    return (*select_web_dev9.earlier(data_dir), *select_web_dev9.select(data_dir))


def held_out_labelled() -> frozenset[tuple[str, str]]:
    """Return (collection, id) of every page a held-out entity file labels, its labels never kept."""
    return select_web_dev9.labelled(files=HELD_OUT)


def select(data_dir: str) -> list[WebPage]:
    """Return the 40 drawn pages in draw order, collection by collection."""
    return draw(data_dir, "web-dev10", HOW_MANY, earlier(data_dir), credited, (2, 3), held_out_labelled())


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
