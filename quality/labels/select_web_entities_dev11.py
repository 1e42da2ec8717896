"""Deterministically choose the 15 development stories of the eleventh entity draw.

Usage: python -m quality.labels.select_web_entities_dev11 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The tenth draw's rules (``select_web_entities_dev10.py``) with its own salt, the tenth draw's file now
among the files left out, and no check twin: every page drawn goes to the development file. 208 pages
were eligible when it was made. The three collections are drawn as one, ordered by
sha1('web-entities-dev11-<id>'), and the first 15 taken.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_entities_dev8, select_web_entities_dev10
from quality.labels.select_web_entities_dev10 import chosen, show
from quality.webpages import WebPage

# The files the tenth draw left out, and the tenth draw's own file. Later draws do not change it.
EARLIER = (*select_web_entities_dev10.EARLIER, select_web_entities_dev10.FILE)
TOTAL = 15
FILE = "web_entities_dev11.json"


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return chosen(data_dir, EARLIER, "web-entities-dev11", TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
