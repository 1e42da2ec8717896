"""Deterministically choose the stories for the hand-annotated metadata gold set.

Usage: python -m quality.labels.select_stories /path/to/reuters21578
Prints the chosen NEWIDs per bucket.  Stdlib only; prints ids, never story text.
"""

import hashlib
import sys
from collections import Counter

from quality import reuters

# bucket name -> (has a '"' in the body, PEOPLE tag non-empty, how many to take)
BUCKETS = [
    ("quotes+people", True, True, 24),
    ("quotes,no-people-tag", True, False, 16),
    ("people-tag,no-quotes", False, True, 5),
    ("plain", False, False, 15),
]
MAX_PER_PLACE = {"NEW YORK": 7, "WASHINGTON": 7}
DEFAULT_MAX_PER_PLACE = 4


def eligible(story: reuters.Story) -> bool:
    text = story.as_text(signoff=True)
    if not story.dateline.strip() or not (500 <= len(text) <= 1900):
        return False
    digits = sum(ch.isdigit() for ch in text)
    return digits / len(text) < 0.08  # avoid tables of numbers


def key(story: reuters.Story) -> str:
    return hashlib.sha1(f"metadata-gold-{story.newid}".encode()).hexdigest()


def main(directory: str) -> None:
    stories = sorted(reuters.load_stories(directory).values(), key=key)
    per_place: Counter[str] = Counter()
    chosen: dict[int, str] = {}
    for name, quotes, people, n in BUCKETS:
        picked: list[int] = []
        for st in stories:
            if len(picked) == n:
                break
            if st.newid in chosen or not eligible(st):
                continue
            if ('"' in st.body) != quotes or bool(st.people) != people:
                continue
            place = st.dateline.split(",")[0].strip()
            if per_place[place] >= MAX_PER_PLACE.get(place, DEFAULT_MAX_PER_PLACE):
                continue
            per_place[place] += 1
            picked.append(st.newid)
            chosen[st.newid] = name
        print(name, sorted(picked))
    print("places", dict(per_place))


if __name__ == "__main__":
    main(sys.argv[1])
