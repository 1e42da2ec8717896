"""Deterministically choose the 15 development stories of the thirteenth entity draw, rich in quotations.

Usage: python -m quality.labels.select_web_entities_dev13 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The twelfth draw's rules (``select_web_entities_dev12.py``) with its own salt, the twelfth draw's file
now among the files left out, and no check twin: every page drawn goes to the development file. Unlike
the tenth to twelfth draws, a story must also hold at least three quotations of three words or more
(``select_web_entities_dev7.RICH``), as the seventh draw's did, since this draw is for quotation
speakers first. The three collections are drawn as one, ordered by sha1('web-entities-dev13-<id>'), and
the first 15 taken; 96 pages were eligible when it was made.
"""

from __future__ import annotations

import hashlib
import sys

from quality.labels import select_web_entities_dev8, select_web_entities_dev12
from quality.labels.select_web_entities_dev6 import quotations
from quality.labels.select_web_entities_dev7 import RICH, draw
from quality.labels.select_web_entities_dev8 import eligible_story
from quality.labels.select_web_entities_dev10 import show
from quality.webpages import WebPage

# The files the twelfth draw left out, and the twelfth draw's own file. Later draws do not change it.
EARLIER = (*select_web_entities_dev12.EARLIER, select_web_entities_dev12.FILE)
TOTAL = 15
FILE = "web_entities_dev13.json"


def rich_story(page: WebPage) -> bool:
    """Return True when a page's story is in English, runs 150 to 1,500 words and holds three quotations or more."""
    return eligible_story(page) and quotations(page) >= RICH


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def rich_draw(data_dir: str, salt: str, labelled: set[str], total: int) -> list[WebPage]:
    """Return the pages of a draw rich in quotations, in draw order: this draw's rules and every later one's.

    Pages whose id is not in ``labelled`` and whose story `rich_story` accepts, the three collections drawn as one
    in sha1('<salt>-<id>') order, the first ``total`` taken.
    """

    def key(page: WebPage) -> str:
        return hashlib.sha1(f"{salt}-{page.id}".encode()).hexdigest()

    return draw(data_dir, labelled, key, rich_story, total)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return rich_draw(data_dir, "web-entities-dev13", labelled_ids(), TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
