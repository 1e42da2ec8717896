"""Deterministically choose the 15 development and 15 check stories of the ninth entity draw.

Usage: python -m quality.labels.select_web_entities_dev9 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

The eighth draw's rules (``select_web_entities_dev8.py``) with its own salt and size, save one: the
development half holds a single eligible page that no earlier label file names, so a page named
only by a story-matching pair file (``pairs.json``, ``web_pairs*.json``: two pages judged for whether
they tell one story, never for names, speakers or metadata) is eligible too. A page is eligible when
no other label file of ``quality/labels/`` made before this draw names it (entity, metadata and
alias-pair files, the articles of alias pairs included), when
``select_web.held_out`` puts its id in the development half, so the held-out half is never read, and
when its story is in English and runs 150 to 1,500 words, whatever its number of quotations.
L3S-GN1 pages with no block labelled full text are not eligible. The three collections are drawn as
one, ordered by sha1('web-entities-dev9-<id>'), and the first 30 taken. They alternate between the
two files in draw order, the first to the development file: the check file is labelled and scored,
never read for its misses.
"""

from __future__ import annotations

import hashlib
import sys

from quality.labels import select_web_entities_dev8
from quality.labels.select_web_entities_dev7 import draw, print_draw
from quality.labels.select_web_entities_dev8 import eligible_story
from quality.webpages import WebPage

# The label files there were when this draw was made, save the story-matching pair files (pairs.json,
# web_pairs.json, web_pairs_dev.json, web_pairs_dev2.json), which judge no name: later draws do not change it.
EARLIER = (
    "alias_pairs.json",
    "alias_pairs_check10.json",
    "alias_pairs_check11.json",
    "alias_pairs_check7.json",
    "alias_pairs_check8.json",
    "alias_pairs_check9.json",
    "alias_pairs_dev.json",
    "alias_pairs_dev10.json",
    "alias_pairs_dev11.json",
    "alias_pairs_dev2.json",
    "alias_pairs_dev3.json",
    "alias_pairs_dev4.json",
    "alias_pairs_dev5.json",
    "alias_pairs_dev6.json",
    "alias_pairs_dev7.json",
    "alias_pairs_dev8.json",
    "alias_pairs_dev9.json",
    "metadata.json",
    "metadata_extra.json",
    "web_entities.json",
    "web_entities_check5.json",
    "web_entities_check6.json",
    "web_entities_check7.json",
    "web_entities_check8.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_entities_dev3.json",
    "web_entities_dev4.json",
    "web_entities_dev5.json",
    "web_entities_dev6.json",
    "web_entities_dev7.json",
    "web_entities_dev8.json",
    "web_metadata.json",
    "web_metadata_check6.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_metadata_dev5.json",
    "web_metadata_dev6.json",
    "web_metadata_extra.json",
)
TOTAL = 30
FILES = ("web_entities_dev9.json", "web_entities_check9.json")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev9-{page.id}".encode()).hexdigest()


def labelled_ids() -> set[str]:
    """Return the page ids every label file made before this draw names (pages, pair sides, articles)."""
    return select_web_entities_dev8.labelled_ids(EARLIER)


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return draw(data_dir, labelled_ids(), _key, eligible_story, TOTAL)


def main(argv: list[str]) -> int:
    print_draw(select(argv[0]), FILES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
