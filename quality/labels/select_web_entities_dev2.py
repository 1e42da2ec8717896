"""Deterministically choose the 30 fresh development stories of ``web_entities_dev2.json``.

Usage: python -m quality.labels.select_web_entities_dev2 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when no earlier web selection chooses it (``select_web.py``, whose development pages
``web_entities.json`` and ``web_entities_dev.json`` label, ``select_web_extra.py`` and
``select_web_dev2.py``), when ``select_web.held_out`` puts its id in the development half, so the
held-out half is never read, and when its story (the text ``check_web_entities.story_text``
rebuilds) is in English, runs 150 to 700 words and holds at least two quotations of three words or
more, since speakers are what the draw measures and a story must be read whole to be labelled. L3S-GN1 pages
with no block labelled full text are not eligible. From each collection, pages are ordered by
sha1('web-entities-dev2-<id>') and taken in turn up to its quota.
"""

from __future__ import annotations

import hashlib
import re
import sys

from quality.check_web_entities import story_text
from quality.labels.select_web import held_out
from quality.labels.select_web import select as select_web
from quality.labels.select_web_dev2 import select as select_web_dev2
from quality.labels.select_web_extra import select as select_web_extra
from quality.webpages import WebPage, read_collection

HOW_MANY = {"l3s": 14, "aeb": 10, "cluster": 6}
WORDS = (150, 700)
# A quotation of three words or more in straight or curly double marks.
# A story in English: "the" is at least one word in fifty (pages in Italian or Korean are not).
_ENGLISH = re.compile(r"\bthe\b", re.IGNORECASE)
_QUOTATION = re.compile(r"[\"“][^\"“”\n]*?\w+\W+\w+\W+\w+[^\"“”\n]*?[\"”]")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev2-{page.id}".encode()).hexdigest()


def quoting(page: WebPage) -> bool:
    text = story_text(page, {})
    words = len(text.split())
    english = len(_ENGLISH.findall(text)) * 50 >= words
    return english and WORDS[0] <= words <= WORDS[1] and len(_QUOTATION.findall(text)) >= 2


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    earlier = (*select_web(data_dir), *select_web_extra(data_dir), *select_web_dev2(data_dir))
    taken = {(page.collection, page.id) for page in earlier}
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p
            for p in pages
            if (name, p.id) not in taken and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        chosen += [p for p in pages if quoting(p)][:count]
    return chosen


def main(argv: list[str]) -> int:
    for page in select(argv[0]):
        print(page.collection, page.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
