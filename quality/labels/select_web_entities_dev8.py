"""Deterministically choose the 12 development and 12 check stories of the eighth entity draw.

Usage: python -m quality.labels.select_web_entities_dev8 DATA_DIR
Prints collection and id of each chosen page, and the file it goes to; never page text.

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. A page is
eligible when no label file of ``quality/labels/`` made before this draw names it (entity, metadata,
pair and alias-pair files, pair sides and the articles of alias pairs included), when
``select_web.held_out`` puts its id in the development half, so the held-out half is never read, and
when its story is in English and runs 150 to 1,500 words, whatever its number of quotations (unlike
the quotation draws). L3S-GN1 pages with no block labelled full text are not eligible. The three
collections are drawn as one, ordered by sha1('web-entities-dev8-<id>'), and the first 24 taken.
They alternate between the two files in draw order, the first to the development file: the check
file is labelled and scored, never read for its misses.
"""

from __future__ import annotations

import hashlib
import json
import sys

from quality.check_web_entities import story_text
from quality.labels.select_web_entities_dev2 import _ENGLISH
from quality.labels.select_web_entities_dev4 import HERE
from quality.labels.select_web_entities_dev7 import draw, print_draw
from quality.webpages import WebPage

# The label files there were when this draw was made: later draws do not change it.
EARLIER = (
    "alias_pairs.json",
    "alias_pairs_check7.json",
    "alias_pairs_check8.json",
    "alias_pairs_dev.json",
    "alias_pairs_dev2.json",
    "alias_pairs_dev3.json",
    "alias_pairs_dev4.json",
    "alias_pairs_dev5.json",
    "alias_pairs_dev6.json",
    "alias_pairs_dev7.json",
    "alias_pairs_dev8.json",
    "metadata.json",
    "metadata_extra.json",
    "pairs.json",
    "web_entities.json",
    "web_entities_check5.json",
    "web_entities_check6.json",
    "web_entities_check7.json",
    "web_entities_dev.json",
    "web_entities_dev2.json",
    "web_entities_dev3.json",
    "web_entities_dev4.json",
    "web_entities_dev5.json",
    "web_entities_dev6.json",
    "web_entities_dev7.json",
    "web_metadata.json",
    "web_metadata_check6.json",
    "web_metadata_dev2.json",
    "web_metadata_dev3.json",
    "web_metadata_dev4.json",
    "web_metadata_dev5.json",
    "web_metadata_dev6.json",
    "web_metadata_extra.json",
    "web_pairs.json",
    "web_pairs_dev.json",
    "web_pairs_dev2.json",
)
WORDS = (150, 1500)
FILES = ("web_entities_dev8.json", "web_entities_check8.json")


def _key(page: WebPage) -> str:
    return hashlib.sha1(f"web-entities-dev8-{page.id}".encode()).hexdigest()


def _bare(reference: object) -> str:
    """Return the page id of a label file's reference ('cluster:<id>' and '<id>' alike)."""
    return str(reference).split(":", 1)[-1]


def labelled_ids(earlier: tuple[str, ...] = EARLIER) -> set[str]:
    """Return the page ids the earlier label files of this folder name (pages, pair sides, articles)."""
    ids: set[str] = set()
    for name in earlier:
        data = json.loads((HERE / name).read_text(encoding="utf-8"))
        ids.update(_bare(page["id"]) for page in data.get("pages", ()))
        ids.update(_bare(story["newid"]) for story in data.get("stories", ()))
        for pair in data.get("pairs", ()):
            ids.update(_bare(pair[side]) for side in ("a", "b") if side in pair)
            for side in ("a_articles", "b_articles"):
                ids.update(_bare(article) for article in pair.get(side, ()))
    return ids


def eligible_story(page: WebPage) -> bool:
    """Return True when a page's story is in English and runs 150 to 1,500 words."""
    text = story_text(page, {})
    words = len(text.split())
    return WORDS[0] <= words <= WORDS[1] and len(_ENGLISH.findall(text)) * 50 >= words


def select(data_dir: str) -> list[WebPage]:
    """Return the chosen pages in draw order."""
    return draw(data_dir, labelled_ids(), _key, eligible_story)


def main(argv: list[str]) -> int:
    print_draw(select(argv[0]), FILES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
