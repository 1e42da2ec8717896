"""Which paragraphs of a version stand for which paragraphs of the reference.

Paragraphs are paired one to one by shared words wherever they stand (so a moved paragraph
is found), subheadings only with subheadings. Then a paragraph left over next to a paired one
is joined to the pair when its words are the unmatched rest of the counterpart: a paragraph
split in two, or two merged into one, is then compared word by word like any other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..model import Block
from .edit_words import ALNUM
from .text import fold_for_matching

# Words every paragraph has: left out when scoring paragraphs against each other, so that two
# paragraphs sharing only "the", "of" and "on" are not taken for one.
_NOISE = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at to for by with from and or but as is was were be been it its that this "
        "he she they his her their has have had said says",
    )
)


@dataclass(frozen=True)
class Link:
    """Reference paragraphs and the version paragraphs that hold them (one side has one, or both)."""

    reference: tuple[int, ...]
    version: tuple[int, ...]
    subheading: bool = False


def align_blocks(
    reference: Sequence[Block], version: Sequence[Block], minimum: float, part_minimum: float, gap_minimum: float
) -> list[Link]:
    """Return the links between reference and version blocks, by first reference index."""
    links: list[Link] = []
    for subheading in (False, True):
        ref_at = [i for i, b in enumerate(reference) if (b.kind == "subheading") == subheading]
        ver_at = [i for i, b in enumerate(version) if (b.kind == "subheading") == subheading]
        pairs = align_paragraphs([reference[i].text for i in ref_at], [version[i].text for i in ver_at], minimum)
        groups = [([r], [v]) for r, v in pairs]
        if not subheading:
            ref_texts = [reference[i].text for i in ref_at]
            ver_texts = [version[i].text for i in ver_at]
            groups = join_parts(groups, ref_texts, ver_texts, part_minimum)
            groups = fill_gaps(groups, ref_texts, ver_texts, gap_minimum)
        links += [Link(tuple(ref_at[r] for r in rs), tuple(ver_at[v] for v in vs), subheading) for rs, vs in groups]
    links += _across_kinds(reference, version, links, minimum)
    return sorted(links, key=lambda link: link.reference)


def _across_kinds(
    reference: Sequence[Block], version: Sequence[Block], links: Sequence[Link], minimum: float
) -> list[Link]:
    """Return left-over blocks paired with a left-over block of the other kind that is nearly the same.

    One file may set a line as a subheading that another sets as a paragraph ("Sales 19.1 mln vs
    16.8 mln" in an earnings table); they are one block when they share at least `minimum` of the
    longer one's words, so a short subheading is never paired with a long paragraph that merely
    holds its words (a quotation the subheading was taken from).
    """
    used_r = {r for link in links for r in link.reference}
    used_v = {v for link in links for v in link.version}
    left = {v: bag(vb.text) for v, vb in enumerate(version) if v not in used_v}
    scored = []
    for r, rb in enumerate(reference):
        if r in used_r or not left:
            continue
        rw = bag(rb.text)
        for v, vw in left.items():
            if version[v].kind == rb.kind:
                continue
            longer = max(sum(rw.values()), sum(vw.values()))
            if longer and _shared(rw, vw) / longer >= minimum:
                scored.append((-_shared(rw, vw) / longer, abs(r - v), r, v))
    out = []
    for _, _, r, v in sorted(scored):
        if r not in used_r and v not in used_v:
            used_r.add(r)
            used_v.add(v)
            out.append(Link((r,), (v,)))
    return out


def align_paragraphs(reference: Sequence[str], version: Sequence[str], minimum: float) -> list[tuple[int, int]]:
    """Return (reference index, version index) pairs of paragraphs that are one paragraph, edited.

    Similarity is the share of the shorter paragraph's words found in the other (multiset), so
    a trimmed paragraph still aligns; pairs are taken best first, each paragraph at most once.
    Paragraphs kept word for word are paired first, nearest first: they are the best pairs there
    are, and most paragraphs of most versions are kept, so few are left to score.
    """
    pairs = _identical(reference, version)
    used_r = {r for r, _ in pairs}
    used_v = {v for _, v in pairs}
    ver_words = [bag(t) for t in version]
    ver_size = [sum(w.values()) for w in ver_words]
    # Only paragraphs sharing a word are scored: an index of the version's words finds them.
    holders: dict[str, list[tuple[int, int]]] = {}
    for v, vw in enumerate(ver_words):
        if v in used_v:
            continue
        for word, n in vw.items():
            holders.setdefault(word, []).append((v, n))
    scored = []
    for r, text in enumerate(reference):
        if r in used_r:
            continue
        rw = bag(text)
        size = sum(rw.values())
        shared: dict[int, int] = {}
        for word, n in rw.items():
            for v, m in holders.get(word, ()):
                shared[v] = shared.get(v, 0) + min(n, m)
        for v, count in shared.items():
            score = count / min(size, ver_size[v])
            if score >= minimum:
                scored.append((-score, abs(r - v), r, v))
    scored.sort()
    for _, _, r, v in scored:
        if r not in used_r and v not in used_v:
            used_r.add(r)
            used_v.add(v)
            pairs.append((r, v))
    return sorted(pairs)


def _identical(reference: Sequence[str], version: Sequence[str]) -> list[tuple[int, int]]:
    """Return paragraphs of the same text on both sides paired, nearest first, each at most once.

    Paragraphs of only the commonest words ("He said.") are left to scoring, which never pairs them.
    """
    at: dict[str, list[int]] = {}
    for v, text in enumerate(version):
        at.setdefault(text, []).append(v)
    found = sorted((abs(r - v), r, v) for r, text in enumerate(reference) if text in at and bag(text) for v in at[text])
    used_r: set[int] = set()
    used_v: set[int] = set()
    pairs = []
    for _, r, v in found:
        if r not in used_r and v not in used_v:
            used_r.add(r)
            used_v.add(v)
            pairs.append((r, v))
    return pairs


def join_parts(
    pairs: list[tuple[list[int], list[int]]], reference: Sequence[str], version: Sequence[str], minimum: float
) -> list[tuple[list[int], list[int]]]:
    """Return the pairs with each left-over paragraph joined to a neighbouring pair it is part of.

    A version paragraph next to a paired one joins it when at least `minimum` of its words are
    in the rest of the pair's reference paragraph (what the paired version paragraph did not
    use): the reference paragraph was split. The same the other way round finds two reference
    paragraphs merged into one.
    """
    groups = [(list(rs), list(vs)) for rs, vs in pairs]
    for side in (1, 0):
        texts = (reference, version)[side]
        other = (reference, version)[1 - side]
        used = {i for group in groups for i in group[side]}
        for loose in range(len(texts)):
            if loose in used:
                continue
            words = bag(texts[loose])
            total = sum(words.values())
            best: tuple[float, int] | None = None
            for g, group in enumerate(groups):
                own = group[side]
                if len(group[1 - side]) != 1 or not (loose == min(own) - 1 or loose == max(own) + 1):
                    continue
                rest = _minus(bag(other[group[1 - side][0]]), [bag(texts[i]) for i in own])
                score = _shared(words, rest) / total if total else 0.0
                if score >= minimum and (best is None or score > best[0]):
                    best = (score, g)
            if best is not None:
                groups[best[1]][side].append(loose)
                groups[best[1]][side].sort()
                used.add(loose)
    return sorted(groups)


def fill_gaps(
    groups: list[tuple[list[int], list[int]]], reference: Sequence[str], version: Sequence[str], minimum: float
) -> list[tuple[list[int], list[int]]]:
    """Return the groups with paragraphs left over at the same place on both sides paired.

    A reference paragraph and a version paragraph that are each the only one left between the
    same two aligned neighbours (or the text's start or end) stand where one another stood: a
    heavily rewritten paragraph ("rebels led by Hayat Tahrir al-Sham launched..." -> "militants
    led by Hayat Tahrir Al Sham stormed...") is compared word by word when they share at least
    `minimum` of the shorter one's words.
    """
    used_r = {r for rs, _ in groups for r in rs}
    used_v = {v for _, vs in groups for v in vs}
    anchors = sorted((min(rs), min(vs)) for rs, vs in groups)
    out = [(list(rs), list(vs)) for rs, vs in groups]
    for r in range(len(reference)):
        if r in used_r:
            continue
        before = [(ar, av) for ar, av in anchors if ar < r]
        after = [(ar, av) for ar, av in anchors if ar > r]
        r_lo, v_lo = max(before) if before else (-1, -1)
        r_hi, v_hi = min(after) if after else (len(reference), len(version))
        ref_gap = [i for i in range(r_lo + 1, r_hi) if i not in used_r]
        ver_gap = [i for i in range(v_lo + 1, v_hi) if i not in used_v]
        if len(ref_gap) != 1 or len(ver_gap) != 1:
            continue
        rw, vw = bag(reference[r]), bag(version[ver_gap[0]])
        smaller = min(sum(rw.values()), sum(vw.values()))
        if smaller and _shared(rw, vw) / smaller >= minimum:
            out.append(([r], [ver_gap[0]]))
            used_v.add(ver_gap[0])
    return sorted(out)


@lru_cache(maxsize=16384)
def bag(text: str) -> Mapping[str, int]:
    """Return the folded words of a paragraph with their counts, the commonest words left out.

    Cached: a story's reference paragraphs are compared with every one of its versions.
    """
    counts: dict[str, int] = {}
    for word in ALNUM.findall(fold_for_matching(text)):
        if word not in _NOISE:
            counts[word] = counts.get(word, 0) + 1
    return MappingProxyType(counts)


def _shared(a: Mapping[str, int], b: Mapping[str, int]) -> int:
    """Return how many words two bags share, counting repeats."""
    return sum(min(n, b.get(w, 0)) for w, n in a.items())


def _minus(whole: Mapping[str, int], parts: Sequence[Mapping[str, int]]) -> dict[str, int]:
    """Return the words of whole that the parts do not account for."""
    rest = dict(whole)
    for part in parts:
        for w, n in part.items():
            if w in rest:
                rest[w] = max(0, rest[w] - n)
    return {w: n for w, n in rest.items() if n}


def moved(pairs: Sequence[tuple[int, int]]) -> set[int]:
    """Return the version indices of aligned paragraphs out of the reference's order.

    The longest run in order (longest increasing subsequence of reference positions, in version
    order; the parts of a split paragraph share a position) stays put; every other aligned
    paragraph was moved.
    """
    by_version = sorted(pairs, key=lambda p: p[1])
    refs = [r for r, _ in by_version]
    best: list[list[int]] = []
    for i, r in enumerate(refs):
        prev: list[int] = []
        for j in range(i):
            if refs[j] <= r and len(best[j]) > len(prev):
                prev = best[j]
        best.append([*prev, i])
    longest: list[int] = []
    for run in best:
        if len(run) > len(longest):
            longest = run
    keep = set(longest)
    return {by_version[i][1] for i in range(len(refs)) if i not in keep}
