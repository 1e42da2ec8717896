"""Deterministically choose the 30 fresh development stories of ``web_entities_dev4.json``.

Usage: python -m quality.labels.select_web_entities_dev4 DATA_DIR
Prints collection and id of each chosen page; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The draw is
``select_web_entities_dev2.py``'s with its own salt: a page is eligible when no earlier web selection
chooses it (``select_web.py``, ``select_web_extra.py``, ``select_web_dev2.py`` to ``select_web_dev4.py``
and ``select_web_entities_dev2.py``), when no label file of ``quality/labels/`` made before it names it (a page of an
entity or metadata file, or one side of a matching pair), when ``select_web.held_out`` puts its id in the
development half, so the held-out half is never read, and when its story is in English, runs 150 to
700 words and holds at least two quotations of three words or more. L3S-GN1 pages with no block
labelled full text are not eligible. From each collection, pages are ordered by
sha1('web-entities-dev4-<id>') and taken in turn up to its quota; L3S-GN1, drawn last, makes up
the shortfall of a collection with too few eligible pages (the earlier draws have used up most of the
benchmark's and News-Cluster's), so the draw holds 30 stories.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from quality.labels.select_web import held_out
from quality.labels.select_web import select as select_web
from quality.labels.select_web_dev2 import select as select_web_dev2
from quality.labels.select_web_dev3 import select as select_web_dev3
from quality.labels.select_web_dev4 import select as select_web_dev4
from quality.labels.select_web_entities_dev2 import quoting
from quality.labels.select_web_entities_dev2 import select as select_web_entities_dev2
from quality.labels.select_web_extra import select as select_web_extra
from quality.labels.web_draw import print_pages
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
    "metadata.json",
    "metadata_extra.json",
    "pairs.json",
    "web_entities.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_metadata.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_metadata_extra.json",
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
)
# Pages by collection; L3S-GN1, the largest, comes last and makes up what the others lack.
HOW_MANY = {"aeb": 10, "cluster": 6, "l3s": 14}
TOTAL = 30


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev4-{page.id}".encode()).hexdigest()


def labelled_ids() -> set[str]:
    """Return the page ids every earlier label file of this folder names (pages and pair sides)."""
    ids: set[str] = set()
    for name in EARLIER:
        path = HERE / name
        data = json.loads(path.read_text(encoding="utf-8"))
        for page in data.get("pages", ()):
            ids.add(str(page["id"]))
        for pair in data.get("pairs", ()):
            ids.update(str(pair[side]).split(":", 1)[-1] for side in ("a", "b") if side in pair)
    return ids


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages, collection by collection."""
    earlier = (
        *select_web(data_dir),
        *select_web_extra(data_dir),
        *select_web_dev2(data_dir),
        *select_web_dev3(data_dir),
        *select_web_dev4(data_dir),
        *select_web_entities_dev2(data_dir),
    )
    taken = {page.id for page in earlier} | labelled_ids()
    chosen: list[WebPage] = []
    for name, count in HOW_MANY.items():
        pages = sorted(read_collection(data_dir, name), key=_key)
        pages = [
            p for p in pages if p.id not in taken and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        wanted = TOTAL - len(chosen) if name == "l3s" else count
        chosen += [p for p in pages if quoting(p)][:wanted]
    return chosen


if __name__ == "__main__":
    sys.exit(print_pages(select, sys.argv[1:]))
