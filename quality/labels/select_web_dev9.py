"""Deterministically choose the 24 fresh pages of ``web_metadata_dev9.json``.

Usage: python -m quality.labels.select_web_dev9 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is eligible
when no earlier selector (``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py`` to
``select_web_dev8.py``, their check files' pages included) chooses it, no entity or figure file of this folder
labels it (``LABELLED``, read for their ids alone; a pair file judges two pages and labels neither) and
``select_web.held_out`` puts its id in the development half, so the held-out half is never read; L3S-GN1 pages
with no block labelled full text are not eligible. The draw is select_web_dev8's with its own salt: pages are
ordered by sha1('web-dev9-<id>') and taken in turn, two thirds of them among pages that credit a wire agency or
open a block with a dateline, the rest among the others (``web_draw.draw``). The development half is all but
used up: 1 L3S-GN1 page, 5 benchmark pages and 18 News-Cluster records are eligible, none of them crediting an
agency or opening with a dateline, and the counts below take them all. Every drawn page goes to the
development file; this draw has no check file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quality.labels import select_web_dev8
from quality.labels.web_draw import credited, draw, print_pages
from quality.webpages import WebPage

HOW_MANY = {"l3s": 12, "aeb": 6, "cluster": 18}
_LABELS = Path(__file__).resolve().parent
# The label files of pages other than the metadata draws' (whose pages the earlier selectors give), fixed as
# they stood when this draw was made, so that files added later never change it.
LABELLED = (
    "figures.json",
    "web_entities.json",
    *(f"web_entities_dev{n}.json" for n in ("", *range(2, 13))),
    *(f"web_entities_check{n}.json" for n in range(5, 10)),
)


def labelled(folder: Path = _LABELS, files: tuple[str, ...] = LABELLED) -> frozenset[tuple[str, str]]:
    """Return (collection, id) of every web page the label files ``files`` of ``folder`` label (by default the
    entity and figure files as they stood when this draw was made, ``LABELLED``), their labels never kept."""
    ids: set[tuple[str, str]] = set()
    for name in files:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        for item in data.get("pages", []):
            ids.add((item["collection"], item["id"]))
        for item in data.get("sentences", []):
            collection, _, ident = item["source"].partition(":")
            ids.add((collection, ident))
    return frozenset(ids)


def earlier(data_dir: str) -> tuple[WebPage, ...]:
    """Return the pages the draws before this one chose, check files' pages included."""
    return (*select_web_dev8.earlier(data_dir), *select_web_dev8.select(data_dir))


def select(data_dir: str) -> list[WebPage]:
    """Return the 24 drawn pages in draw order, collection by collection."""
    return draw(data_dir, "web-dev9", HOW_MANY, earlier(data_dir), credited, (2, 3), labelled())


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
