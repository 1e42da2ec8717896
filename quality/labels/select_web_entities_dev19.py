"""Deterministically choose the development stories of the nineteenth entity draw, rich in quotations.

Usage: python -m quality.labels.select_web_entities_dev19 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The eighteenth draw's rules (``select_web_entities_dev18.py``) with its own salt, the eighteenth
draw's file now among the files left out, and no check twin: every page drawn goes to the development
file. A story must hold at least three quotations of three words or more
(``select_web_entities_dev7.RICH``), since this draw is for quotation speakers first. No entity file
names a page drawn, and no page of the held-out half is drawn. The three collections are drawn as one,
ordered by sha1('web-entities-dev19-<id>'). Only 6 pages were eligible when it was made (the earlier
draws have taken the rest), so all 6 are taken rather than the 15 of the draws before.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_entities_dev8, select_web_entities_dev18
from quality.labels.select_web_entities_dev10 import show
from quality.labels.select_web_entities_dev13 import rich_draw
from quality.webpages import WebPage

# The files the eighteenth draw left out, and the eighteenth draw's own file. Later draws do not change it.
EARLIER = (*select_web_entities_dev18.EARLIER, select_web_entities_dev18.FILE)
TOTAL = 6
FILE = "web_entities_dev19.json"


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return rich_draw(data_dir, "web-entities-dev19", labelled_ids(), TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
