"""Deterministically choose the 30 fresh development stories of ``web_entities_dev3.json``.

Usage: python -m quality.labels.select_web_entities_dev3 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when no label file of this folder names it (the entity and metadata files, and the pages of
every pair file, held-out pairs included, so no page of a held-out pair is read), when
``select_web.held_out`` puts its id in the development half, so the held-out half is never read, and
when its story (the text ``check_web_entities.story_text`` rebuilds) is in English and runs 120 to
500 words, short enough to be read whole and labelled for people, organisations and places.
L3S-GN1 pages with no block labelled full text are not eligible. From each collection, pages are
ordered by sha1('web-entities-dev3-<id>') and taken in turn up to its quota.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from quality.check_web_entities import story_text
from quality.labels.select_web import held_out
from quality.labels.select_web_entities_dev2 import select as select_web_entities_dev2
from quality.webpages import WebPage, read_collection

HERE = Path(__file__).resolve().parent
# Earlier draws left the benchmark one eligible page and News-Cluster seven; L3S-GN1 makes up the 30.
HOW_MANY = {"l3s": 22, "aeb": 1, "cluster": 7}
WORDS = (120, 500)
# The label files drawn before this one: their pages are not drawn again.
EARLIER = (
    "web_entities.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_metadata.json",
    "web_metadata_extra.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
    "alias_pairs.json",
    "alias_pairs_dev.json",
    "alias_pairs_dev2.json",
    "alias_pairs_dev3.json",
    "alias_pairs_dev4.json",
    "alias_pairs_dev5.json",
)
# A page id as the label files write it: an L3S-GN1 uuid or a 16-digit hexadecimal id.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-f])[0-9a-f]{16}(?![0-9a-f])")
# A story in English: "the" is at least one word in fifty.
_ENGLISH = re.compile(r"\bthe\b", re.IGNORECASE)


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev3-{page.id}".encode()).hexdigest()


def earlier_ids() -> set[str]:
    """Return every page id the earlier label files name."""
    return {m.group(0) for name in EARLIER for m in _ID.finditer((HERE / name).read_text(encoding="utf-8"))}


def _readable(page: WebPage) -> bool:
    text = story_text(page, {})
    words = len(text.split())
    return len(_ENGLISH.findall(text)) * 50 >= words and WORDS[0] <= words <= WORDS[1]


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    taken = earlier_ids() | {page.id for page in select_web_entities_dev2(data_dir)}
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p for p in pages if p.id not in taken and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        chosen += [p for p in pages if _readable(p)][:count]
    return chosen


def main(argv: list[str]) -> int:
    for page in select(argv[0]):
        print(page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
