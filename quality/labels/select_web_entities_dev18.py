"""Deterministically choose the 15 development stories of the eighteenth entity draw, rich in quotations.

Usage: python -m quality.labels.select_web_entities_dev18 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The seventeenth draw's rules (``select_web_entities_dev17.py``) with its own salt, the seventeenth
draw's file now among the files left out, and no check twin: every page drawn goes to the development
file. A story must hold at least three quotations of three words or more
(``select_web_entities_dev7.RICH``), since this draw is for quotation speakers first. No entity file
names a page drawn, and no page of the held-out half is drawn. The three collections are drawn as one,
ordered by sha1('web-entities-dev18-<id>'), and the first 15 taken; 21 pages were eligible when
it was made.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_entities_dev8, select_web_entities_dev17
from quality.labels.select_web_entities_dev10 import show
from quality.labels.select_web_entities_dev13 import rich_draw
from quality.webpages import WebPage

# The files the seventeenth draw left out, and the seventeenth draw's own file. Later draws do not change it.
EARLIER = (*select_web_entities_dev17.EARLIER, select_web_entities_dev17.FILE)
TOTAL = 15
FILE = "web_entities_dev18.json"


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return rich_draw(data_dir, "web-entities-dev18", labelled_ids(), TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
