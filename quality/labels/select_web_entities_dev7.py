"""Deterministically choose the 12 development and 12 check stories of the seventh quotation draw.

Usage: python -m quality.labels.select_web_entities_dev7 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The draw is
``select_web_entities_dev6.py``'s with its own salt: a page is eligible when no entity or metadata
label file of ``quality/labels/`` made before it names it, when ``select_web.held_out`` puts its id
in the development half, so the held-out half is never read, and when its story is in English, runs
150 to 1,500 words and holds at least three quotations of three words or more (rich in quotations).
L3S-GN1 pages with no block labelled full text are not eligible. The odd side of
sha1('web-draw-split-<id>'), which the earlier quotation draws took, holds no eligible page any
more, so both sides are drawn. The three collections are drawn as one, ordered by
sha1('web-entities-dev7-<id>'), and the first 24 taken. They alternate between the two files in draw
order, the first to the development file: the check file is labelled and scored, never read for its
misses."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable

from quality.labels.select_web import held_out
from quality.labels.select_web_entities_dev4 import HERE
from quality.labels.select_web_entities_dev6 import quotations
from quality.webpages import WebPage, read_collection

# The label files there were when this draw was made: later draws do not change it.
EARLIER = (
    "metadata.json",
    "metadata_extra.json",
    "web_entities.json",
    "web_entities_check5.json",
    "web_entities_check6.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_entities_dev3.json",
    "web_entities_dev4.json",
    "web_entities_dev5.json",
    "web_entities_dev6.json",
    "web_metadata.json",
    "web_metadata_check6.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_metadata_dev5.json",
    "web_metadata_dev6.json",
    "web_metadata_extra.json",
)
COLLECTIONS = ("aeb", "cluster", "l3s")
TOTAL = 24
# Quotations of three words or more a story must hold to be eligible.
RICH = 3
FILES = ("web_entities_dev7.json", "web_entities_check7.json")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev7-{page.id}".encode()).hexdigest()


def labelled_ids() -> set[str]:
    """Return the page ids every earlier label file of this folder names (pages and pair sides)."""
    ids: set[str] = set()
    for name in EARLIER:
        data = json.loads((HERE / name).read_text(encoding="utf-8"))
        for page in data.get("pages", ()):
            ids.add(str(page["id"]))
        for pair in data.get("pairs", ()):
            ids.update(str(pair[side]).split(":", 1)[-1] for side in ("a", "b") if side in pair)
        for story in data.get("stories", ()):
            ids.add(str(story["newid"]))
    return ids


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return draw(data_dir, labelled_ids(), _key, lambda page: quotations(page) >= RICH)


def draw(
    data_dir: str,
    taken: set[str],
    key: Callable[[WebPage], str],
    eligible: Callable[[WebPage], bool],
    total: int = TOTAL,
) -> list[WebPage]:
    """Return the first total eligible pages in key order, none taken, none held out, none an L3S page
    without a story."""
    pages = [page for name in COLLECTIONS for page in read_collection(data_dir, name)]
    chosen: list[WebPage] = []
    for page in sorted(pages, key=key):
        if len(chosen) == total:
            break
        if page.id in taken or held_out(page.id):
            continue
        if page.collection == "l3s" and "story" not in page.labels:
            continue
        if eligible(page):
            chosen.append(page)
    return chosen


def print_draw(chosen: list[WebPage], files: tuple[str, str]) -> None:
    """Print each chosen page with the file it goes to, the two files taking turns."""
    for number, page in enumerate(chosen):
        print(page.collection, page.id, files[number % 2])


def main(argv: list[str]) -> int:
    print_draw(select(argv[0]), FILES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
