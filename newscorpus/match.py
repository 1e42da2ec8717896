"""Find the articles that are versions of one wire story, and compare them word by word."""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .config import Config
from .model import Article, Member, VariantGroup

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Return the lower-case words of text with accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return _TOKEN.findall("".join(c for c in folded if not unicodedata.combining(c)))


def shingles(article: Article, size: int) -> frozenset[str]:
    """Return the word n-grams of an article's body, subheadings included.

    N-grams are kept as strings, not hashes: Python's hash is salted per process, and a
    collision would then change the figures from one run to the next.
    """
    words = normalise_words(" ".join(b.text for b in article.blocks))
    if len(words) < size:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class Overlap:
    """How much two articles share, from the n-grams of each."""

    shared: int
    size_a: int
    size_b: int

    @property
    def containment(self) -> float:
        """Return the share of the smaller article found in the other."""
        return self.shared / max(1, min(self.size_a, self.size_b))

    @property
    def jaccard(self) -> float:
        """Return shared n-grams over all distinct n-grams of the two."""
        return self.shared / max(1, self.size_a + self.size_b - self.shared)


def match_articles(articles: Sequence[Article], config: Config) -> tuple[VariantGroup, ...]:
    """Return groups of two or more articles that are versions of one story."""
    sets = [shingles(a, config.shingle_size) for a in articles]
    pairs = _candidate_pairs(sets, config.shingle_df_cap)
    parent = list(range(len(articles)))
    overlaps: dict[tuple[int, int], Overlap] = {}
    for (i, j), shared in sorted(pairs.items()):
        overlap = Overlap(shared, len(sets[i]), len(sets[j]))
        if shared >= config.min_shared_shingles and overlap.containment >= config.min_containment:
            overlaps[(i, j)] = overlap
            _union(parent, i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        clusters[_find(parent, i)].append(i)
    groups = [_group(articles, sets, members) for members in clusters.values() if len(members) > 1]
    log.info("matched %d articles into %d variant groups", len(articles), len(groups))
    return tuple(sorted(groups, key=lambda g: g.id))


def _candidate_pairs(sets: Sequence[frozenset[str]], df_cap: int) -> Counter[tuple[int, int]]:
    """Return the number of shared n-grams for each pair that shares any non-boilerplate n-gram."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, grams in enumerate(sets):
        for gram in grams:
            postings[gram].append(index)
    counts: Counter[tuple[int, int]] = Counter()
    for docs in postings.values():
        if 1 < len(docs) <= df_cap:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    counts[(docs[x], docs[y])] += 1
    return counts


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    a, b = _find(parent, i), _find(parent, j)
    if a != b:
        parent[max(a, b)] = min(a, b)


def _group(articles: Sequence[Article], sets: Sequence[frozenset[str]], indices: list[int]) -> VariantGroup:
    """Return a variant group with its reference version: the one closest to all others, then the longest."""

    def closeness(i: int) -> tuple[float, int, str]:
        total = sum(Overlap(len(sets[i] & sets[j]), len(sets[i]), len(sets[j])).jaccard for j in indices if j != i)
        return (-total, -articles[i].word_count, articles[i].id)

    ref = min(indices, key=closeness)
    members = []
    for i in sorted(indices, key=lambda k: (k != ref, articles[k].id)):
        shared = len(sets[i] & sets[ref])
        members.append(
            Member(
                id=articles[i].id,
                containment=round(shared / max(1, len(sets[i])), 4),
                coverage=round(shared / max(1, len(sets[ref])), 4),
                similarity=round(Overlap(shared, len(sets[i]), len(sets[ref])).jaccard, 4),
            )
        )
    return VariantGroup(id=f"story-{articles[ref].id}", canonical=articles[ref].id, members=tuple(members))


DiffKind = Literal["same", "removed", "added"]


@dataclass(frozen=True)
class DiffSpan:
    """A run of words in a word-level diff, or a paragraph break when text is empty."""

    kind: DiffKind
    text: str


def diff_words(reference: Article, version: Article) -> tuple[tuple[DiffSpan, ...], ...]:
    """Return the version's paragraphs as runs of words kept, removed from the reference, or added."""
    old = _diff_tokens(reference)
    new = _diff_tokens(version)
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in old], b=[_key(t) for t in new], autojunk=False)
    paragraphs: list[list[DiffSpan]] = [[]]

    def emit(kind: DiffKind, tokens: list[str]) -> None:
        for token in tokens:
            if token == "\n":
                if paragraphs[-1]:
                    paragraphs.append([])
                continue
            current = paragraphs[-1]
            if current and current[-1].kind == kind:
                current[-1] = DiffSpan(kind, current[-1].text + " " + token)
            else:
                current.append(DiffSpan(kind, token))

    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            emit("same", new[b0:b1])
        else:
            emit("removed", old[a0:a1])
            emit("added", new[b0:b1])
    return tuple(tuple(p) for p in paragraphs if p)


def _diff_tokens(article: Article) -> list[str]:
    """Return an article's words with "\\n" between blocks, so the diff keeps paragraphs."""
    tokens: list[str] = []
    for block in article.blocks:
        tokens.extend(block.text.split())
        tokens.append("\n")
    return tokens


def _key(token: str) -> str:
    """Return the form of a token compared by the diff: curly and straight quotes are equal."""
    return token.translate(_QUOTES)


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
