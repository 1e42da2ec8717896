"""Deterministically choose the 12 development stories of the twelfth entity draw.

Usage: python -m quality.labels.select_web_entities_dev12 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The eleventh draw's rules (``select_web_entities_dev11.py``) with its own salt, the eleventh draw's file
now among the files left out, and no check twin: every page drawn goes to the development file. 193 pages
were eligible when it was made. The three collections are drawn as one, ordered by
sha1('web-entities-dev12-<id>'), and the first 12 taken.
"""

from __future__ import annotations

import sys

from quality.labels import select_web_entities_dev8, select_web_entities_dev11
from quality.labels.select_web_entities_dev10 import chosen, show
from quality.webpages import WebPage

# The files the eleventh draw left out, and the eleventh draw's own file. Later draws do not change it.
EARLIER = (*select_web_entities_dev11.EARLIER, select_web_entities_dev11.FILE)
TOTAL = 12
FILE = "web_entities_dev12.json"


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return chosen(data_dir, EARLIER, "web-entities-dev12", TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
