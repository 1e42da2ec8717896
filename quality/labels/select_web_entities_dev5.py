"""Deterministically choose the fresh stories of ``web_entities_dev5.json`` and ``web_entities_check5.json``.

Usage: python -m quality.labels.select_web_entities_dev5 DATA_DIR
Prints the file, collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when no label file of ``quality/labels/`` made before this draw names it (a page of an
entity or metadata file, or one side of a matching or alias pair, held-out pairs included), when
``select_web.held_out`` puts its id in the development half, so the held-out half is never read,
when sha1('web-draw-split-<id>') is even (the odd pages are left to other draws), and when its story
is in English and runs 50 to 1,000 words, short enough to be read whole and labelled for people,
organisations and places. The earlier draws leave few such pages: 17 in all, not the 30 the draw was
meant to hold, so the development file holds 9 and the check file 8. L3S-GN1 pages with no block
labelled full text are not eligible. From each collection, pages are ordered by
sha1('web-entities-dev5-<id>') and taken in turn up to its quota; L3S-GN1, drawn last, makes up the rest. The drawn
pages go in draw order to the development file and the check file by turns, the first to the
development file.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from quality.check_web_entities import story_text
from quality.labels.select_web import held_out
from quality.webpages import WebPage, read_collection

HERE = Path(__file__).resolve().parent
# The label files there were when this draw was made: later draws do not change it.
EARLIER = (
    "alias_pairs.json",
    "alias_pairs_dev.json",
    "alias_pairs_dev2.json",
    "alias_pairs_dev3.json",
    "alias_pairs_dev4.json",
    "alias_pairs_dev5.json",
    "alias_pairs_dev6.json",
    "metadata.json",
    "metadata_extra.json",
    "pairs.json",
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
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
)
# Pages by collection; L3S-GN1, the largest, comes last and makes up what the others lack.
HOW_MANY = {"aeb": 4, "cluster": 4, "l3s": 22}
TOTAL = 30
WORDS = (50, 1000)
FILES = ("web_entities_dev5.json", "web_entities_check5.json")
# A page id as the label files write it: an L3S-GN1 uuid or a 16-digit hexadecimal id.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-f])[0-9a-f]{16}(?![0-9a-f])")
# A story in English: "the" is at least one word in fifty.
_ENGLISH = re.compile(r"\bthe\b", re.IGNORECASE)


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev5-{page.id}".encode()).hexdigest()


def even_split(page_id: str) -> bool:
    """Return True for a page this draw may take: sha1('web-draw-split-<id>') is even."""
    return int(hashlib.sha1(("web-draw-split-" + page_id).encode()).hexdigest(), 16) % 2 == 0


def earlier_ids() -> set[str]:
    """Return every page id the earlier label files name (pages and pair sides alike)."""
    return {m.group(0) for name in EARLIER for m in _ID.finditer((HERE / name).read_text(encoding="utf-8"))}


def _readable(page: WebPage) -> bool:
    text = story_text(page, {})
    words = len(text.split())
    return len(_ENGLISH.findall(text)) * 50 >= words and WORDS[0] <= words <= WORDS[1]


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order, collection by collection."""
    taken = earlier_ids()
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p
            for p in pages
            if p.id not in taken and not held_out(p.id) and even_split(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        wanted = TOTAL - len(chosen) if name == "l3s" else count
        chosen += [p for p in pages if _readable(p)][:wanted]
    return chosen


def split(pages: list[WebPage]) -> dict[str, list[WebPage]]:
    """Return the pages of each file: by turns in draw order, the first to the development file."""
    return {name: pages[i :: len(FILES)] for i, name in enumerate(FILES)}


def select_dev(data_dir: str) -> list[WebPage]:
    """Return the pages of the development file, in draw order."""
    return split(select(data_dir))[FILES[0]]


def select_check(data_dir: str) -> list[WebPage]:
    """Return the pages of the check file, in draw order."""
    return split(select(data_dir))[FILES[1]]


def main(argv: list[str]) -> int:
    for name, pages in split(select(argv[0])).items():
        for page in pages:
            print(name, page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
