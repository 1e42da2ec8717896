"""Deterministically choose the 30 further quotation stories of ``metadata_extra.json``.

Usage: python -m quality.labels.select_extra /path/to/reuters21578
Prints the chosen NEWIDs.  Stdlib only; prints ids, never story text.

Same eligibility as ``select_stories.py`` (a dateline, 500-1900 characters, under 8% digits),
plus a '"' in the body, not already in ``metadata.json``, ordered by sha1('metadata-extra-<NEWID>'),
at most 3 stories per dateline place.
"""

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from quality import reuters
from quality.labels.select_stories import eligible

HERE = Path(__file__).resolve().parent

HOW_MANY = 30
MAX_PER_PLACE = 3


def key(story: reuters.Story) -> str:
    return hashlib.sha1(f"metadata-extra-{story.newid}".encode()).hexdigest()


def main(directory: str) -> None:
    taken = {s["newid"] for s in json.loads((HERE / "metadata.json").read_text(encoding="utf-8"))["stories"]}
    per_place: Counter[str] = Counter()
    picked: list[int] = []
    for story in sorted(reuters.load_stories(directory).values(), key=key):
        if len(picked) == HOW_MANY:
            break
        if story.newid in taken or '"' not in story.body or not eligible(story):
            continue
        place = story.dateline.split(",")[0].strip()
        if per_place[place] >= MAX_PER_PLACE:
            continue
        per_place[place] += 1
        picked.append(story.newid)
    print(sorted(picked))


if __name__ == "__main__":
    main(sys.argv[1])
