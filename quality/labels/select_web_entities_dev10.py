"""Deterministically choose the 15 development stories of the tenth entity draw.

Usage: python -m quality.labels.select_web_entities_dev10 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The ninth draw's rules (``select_web_entities_dev9.py``) with its own salt, and no check twin: every
page drawn goes to the development file. A page is eligible when no label file of ``quality/labels/``
made before this draw names it (entity, metadata and alias-pair files, the articles of alias pairs
included, and the check file of story-matching pairs; a page named only by a development pair file,
which judges no name, speaker or metadata, is eligible as it was for the ninth draw), when
``select_web.held_out`` puts its id in the development half, so the held-out half is never read, and
when its story is in English and runs 150 to 1,500 words, whatever its number of quotations. L3S-GN1
pages with no block labelled full text are not eligible. The three collections are drawn as one,
ordered by sha1('web-entities-dev10-<id>'), and the first 15 taken.
"""

from __future__ import annotations

import hashlib
import sys

from quality.labels import select_web_entities_dev8
from quality.labels.select_web_entities_dev7 import draw
from quality.labels.select_web_entities_dev8 import eligible_story
from quality.webpages import WebPage

# The label files there were when this draw was made that it leaves out: every entity file, and every check
# file of any kind (scored only, never read). Development files of metadata, alias pairs and story-matching pairs
# judge headlines, dates, merges across a corpus or whether two pages tell one story, not the names a page holds, and
# the ninth draw's rules left only 7 eligible pages. Later draws do not change it.
EARLIER = (
    "alias_pairs_check10.json",
    "alias_pairs_check11.json",
    "alias_pairs_check12.json",
    "alias_pairs_check7.json",
    "alias_pairs_check8.json",
    "alias_pairs_check9.json",
    "web_entities.json",
    "web_entities_check5.json",
    "web_entities_check6.json",
    "web_entities_check7.json",
    "web_entities_check8.json",
    "web_entities_check9.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_entities_dev3.json",
    "web_entities_dev4.json",
    "web_entities_dev5.json",
    "web_entities_dev6.json",
    "web_entities_dev7.json",
    "web_entities_dev8.json",
    "web_entities_dev9.json",
    "web_metadata_check6.json",
    "web_metadata_check7.json",
    "web_pairs_check3.json",
)
TOTAL = 15
FILE = "web_entities_dev10.json"


def chosen(data_dir: str, earlier: tuple[str, ...], salt: str, total: int) -> list[WebPage]:
    """Return the first total eligible pages no earlier file names, ordered by sha1('<salt>-<id>'): this draw's
    rules, shared by the draws after it, each with its own salt, files left out and size."""

    def key(page: WebPage) -> str:
        return hashlib.sha1(f"{salt}-{page.id}".encode()).hexdigest()

    return draw(data_dir, select_web_entities_dev8.labelled_ids(earlier), key, eligible_story, total)


def show(pages: list[WebPage], file: str) -> int:
    """Print each chosen page's collection and id and the file it goes to; never page text."""
    for page in pages:
        print(page.collection, page.id, file)
    return 0


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return chosen(data_dir, EARLIER, "web-entities-dev10", TOTAL)


def main(argv: list[str]) -> int:
    return show(select(argv[0]), FILE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
