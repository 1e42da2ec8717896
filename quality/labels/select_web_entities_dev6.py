"""Deterministically choose the 15 development and 15 check stories of the sixth quotation draw.

Usage: python -m quality.labels.select_web_entities_dev6 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The draw is
``select_web_entities_dev4.py``'s with its own salt: a page is eligible when no entity or metadata label
file of ``quality/labels/`` made before it names it, when ``select_web.held_out`` puts its id in the
development half, so the held-out half is never read, when sha1('web-draw-split-<id>') is odd (the even
pages are left to the draws of entity stories), and when its story is in English, runs 150 to 1,500
words and holds at least two quotations of three words or more. L3S-GN1 pages with no block
labelled full text are not eligible. The earlier draws have used up nearly all development pages of
700 words or fewer, so the longer stories are let in and the three collections are drawn as one: the
eligible pages rich in quotations (three or more) come first, the others after them, each group ordered
by sha1('web-entities-dev6-<id>'), and the first 30 taken (28 rich ones, then two with two quotations). They alternate
between the two files in draw order, the first to the development file: the check file is labelled
and scored, never read for its misses.
"""

from __future__ import annotations

import hashlib
import json
import sys

from quality.check_web_entities import story_text
from quality.labels.select_web import held_out
from quality.labels.select_web_entities_dev2 import _ENGLISH, _QUOTATION
from quality.labels.select_web_entities_dev4 import HERE
from quality.webpages import WebPage, read_collection

# The label files there were when this draw was made: later draws do not change it.
EARLIER = (
    "metadata.json",
    "metadata_extra.json",
    "web_entities.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_entities_dev3.json",
    "web_entities_dev4.json",
    "web_metadata.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_metadata_dev5.json",
    "web_metadata_extra.json",
)
COLLECTIONS = ("aeb", "cluster", "l3s")
TOTAL = 30
WORDS = (150, 1500)
# Quotations of three words or more a story must hold to be eligible, and to be rich in them.
QUOTATIONS = (2, 3)
FILES = ("web_entities_dev6.json", "web_entities_check6.json")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev6-{page.id}".encode()).hexdigest()


def odd_draw(page_id: str) -> bool:
    """Return True for a page of the odd side of the split between quotation and entity draws."""
    return int(hashlib.sha1(f"web-draw-split-{page_id}".encode()).hexdigest(), 16) % 2 == 1


def quotations(page: WebPage) -> int:
    """Return the quotations of a page's story, or 0 when it is not in English or of the wrong length."""
    text = story_text(page, {})
    words = len(text.split())
    english = len(_ENGLISH.findall(text)) * 50 >= words
    return len(_QUOTATION.findall(text)) if english and WORDS[0] <= words <= WORDS[1] else 0


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
    taken = labelled_ids()
    pages = [page for name in COLLECTIONS for page in read_collection(data_dir, name)]
    pages = [
        p
        for p in sorted(pages, key=_key)
        if p.id not in taken
        and not held_out(p.id)
        and odd_draw(p.id)
        and (p.collection != "l3s" or "story" in p.labels)
    ]
    counted = [(p, quotations(p)) for p in pages]
    eligible = [(count < QUOTATIONS[1], p) for p, count in counted if count >= QUOTATIONS[0]]
    return [p for _, p in sorted(eligible, key=lambda item: (item[0], _key(item[1])))][:TOTAL]


def main(argv: list[str]) -> int:
    for number, page in enumerate(select(argv[0])):
        print(page.collection, page.id, FILES[number % 2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
