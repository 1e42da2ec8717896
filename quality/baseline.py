"""Deliberately simple story matcher, only to exercise ``quality.score_matching``.

Word 5-gram containment (shared 5-grams / 5-grams of the smaller text) >= 0.5 over every
candidate pair found through an inverted index on 5-grams, then union-find.  Not the
production matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from newscorpus.model import Source

from .adapters import as_source
from .groups import connected_groups

_WORD = re.compile(r"\w+")
N = 5
THRESHOLD = 0.5
MAX_POSTING = 50  # 5-grams in more documents than this are boilerplate, not evidence


def _grams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def match(docs: Mapping[str, str | Source]) -> list[set[str]]:
    ids = sorted(docs)
    grams = {d: _grams(as_source(d, docs[d]).text) for d in ids}
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for d in ids:
        for g in grams[d]:
            index[g].append(d)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for posting in index.values():
        if 1 < len(posting) <= MAX_POSTING:
            for i, a in enumerate(posting):
                for b in posting[i + 1 :]:
                    shared[(a, b)] += 1
    linked = [(a, b) for (a, b), n in sorted(shared.items()) if n >= THRESHOLD * min(len(grams[a]), len(grams[b])) > 0]
    return connected_groups(ids, linked)
