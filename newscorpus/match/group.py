"""Group verified version pairs into stories: chains kept whole, digests kept from joining two stories.

A wire story updated through the day is a chain: each version shares most of its text with
the next, the first and the last may share little. Verified pairs are therefore joined
transitively, strongest first; pairs across two clusters that share little (the two ends of a
chain) do not count against a merge, pairs that share copy without being versions (items of one
template, a daily table on two days) do. What single link must not do is join two stories through a page
that carries both, a digest or roundup. Such a page is linked to each story by a different part
of its text; a version in a chain is linked to its neighbours by the same story, so either the
parts overlap or, where a later version dropped everything an earlier one said, the pages on
both sides still name the same people and places. A page whose neighbours hold different parts
of it and name different things joins only the story holding most of it, when one holds most.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A verified version pair (i < j): how strong, and which words of each are the shared copy."""

    score: float
    marks_i: bytearray
    marks_j: bytearray


# How two articles stand to each other, for grouping: versions, alike but not versions (they
# share copy and failed a check), items of one template (never one story), or apart (little shared).
LINKED, REFUSED, CONFLICT, APART = 1, 2, 3, 0

# Byte 0 to the digit "0", byte 1 to "1", for reading a page's marks as a binary number.
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


class _Components:
    """Union-find over article indices, refusing merges that linkage does not support."""

    def __init__(self, n: int, state: Callable[[int, int], int], min_linkage: float, max_conflict: float) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}
        self.state = state
        self.min_linkage = min_linkage
        self.max_conflict = max_conflict

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: int, b: int) -> bool:
        """Merge the components of a and b unless the pairs across them speak against it.

        Pairs that share little say nothing (the two ends of a write-through chain); among the
        others at least min_linkage must be versions, and items of one template no more than
        max_conflict of them: a daily table is not a chain of versions of itself, however alike
        two days are, while one page of a story reprinted a hundred times, its copy read with
        some of the page around it, does not split the story it conflicts with a neighbour of.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        members_a, members_b = self.members.get(ra, [ra]), self.members.get(rb, [rb])
        linked = refused = conflicts = 0
        for x in members_a:
            for y in members_b:
                found = self.state(x, y)
                linked += found == LINKED
                refused += found == REFUSED
                conflicts += found == CONFLICT
        alike = linked + refused + conflicts
        if conflicts > self.max_conflict * alike or linked < self.min_linkage * alike:
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.members[keep] = members_a + members_b
        self.members.pop(gone, None)
        return True


def group_versions(
    n: int,
    links: Mapping[tuple[int, int], Link],
    *,
    state: Callable[[int, int], int],
    same_subject: Callable[[int, int], bool],
    min_linkage: float,
    max_conflict: float = 0.0,
    min_part_overlap: float,
    min_digest_share: float,
    composites: frozenset[int] = frozenset(),
) -> list[list[int]]:
    """Return clusters of two or more indices, each sorted, from verified pairs.

    state(y, z) says how two articles stand (LINKED, REFUSED, CONFLICT or APART); links join
    strongest first, two clusters only when min_linkage of the pairs across them that share copy
    are versions and none are items of one template.
    same_subject(y, z) says whether two articles name the same things (no shared text needed);
    min_part_overlap is the share of the smaller of two parts of a page that must overlap for
    them to be one part; a digest joins the story holding at least min_digest_share of it.
    composites are files of timed entries: each joins only the story holding most of it.
    """
    # Which words of each page each neighbour shares, as bits of an integer: parts are compared
    # and joined with integer operations, whatever the length of the page.
    parts: dict[int, dict[int, int]] = {}
    sizes: dict[int, int] = {}
    for (i, j), link in sorted(links.items()):
        parts.setdefault(i, {})[j] = _bits(link.marks_i)
        parts.setdefault(j, {})[i] = _bits(link.marks_j)
        sizes[i], sizes[j] = len(link.marks_i), len(link.marks_j)
    suspects = {x for x, found in parts.items() if len(_part_groups(found, min_part_overlap)) > 1}
    components = _Components(n, state, min_linkage, max_conflict)
    for (i, j), _ in sorted(links.items(), key=lambda item: (-item[1].score, item[0])):
        if i not in suspects and j not in suspects:
            components.join(i, j)
    waiting = sorted(suspects)
    for digests_too in (False, True):
        waiting = [
            x
            for x in waiting
            if not _place(
                x,
                parts[x],
                sizes[x],
                components,
                same_subject,
                digests_too=digests_too,
                min_share=min_digest_share,
                composite=x in composites,
            )
        ]
    clusters: dict[int, list[int]] = {}
    for x in range(n):
        clusters.setdefault(components.find(x), []).append(x)
    return [members for _, members in sorted(clusters.items()) if len(members) > 1]


def _bits(marks: bytearray) -> int:
    """Return a mark per word (1 shared, 0 not) as the bits of one integer."""
    return int(marks.translate(_DIGITS) or b"0", 2)


def _part_groups(found: Mapping[int, int], min_overlap: float) -> list[list[int]]:
    """Return a page's neighbours grouped by the part of the page they share (overlapping parts join)."""
    groups: list[tuple[int, list[int]]] = []
    for y, marks in sorted(found.items()):
        merged = [g for g in groups if _overlaps(g[0], marks, min_overlap)]
        union = marks
        members = [y]
        for g in merged:
            union |= g[0]
            members += g[1]
            groups.remove(g)
        groups.append((union, sorted(members)))
    return [members for _, members in groups]


def _overlaps(a: int, b: int, minimum: float) -> bool:
    """Return True when two parts of one page share at least minimum of the smaller part."""
    return (a & b).bit_count() >= minimum * max(1, min(a.bit_count(), b.bit_count()))


def _place(
    x: int,
    found: Mapping[int, int],
    size: int,
    components: _Components,
    same_subject: Callable[[int, int], bool],
    *,
    digests_too: bool,
    min_share: float,
    composite: bool = False,
) -> bool:
    """Join a page holding several shared parts to its neighbours' stories; return True once placed.

    The page joins them all when they are one story or name the same things, unless it is a
    composite (a file of timed entries), which joins the story holding most of it. Otherwise it is
    a digest: left for a second pass (digests_too), after the other pages are placed, which gives
    it the story holding most of it when one holds at least min_share of its size words.
    """
    by_story: dict[int, list[int]] = {}
    for y in sorted(found):
        by_story.setdefault(components.find(y), []).append(y)
    stories = sorted(by_story)
    one_subject = all(
        any(same_subject(y, z) for y in by_story[a] for z in by_story[b])
        for k, a in enumerate(stories)
        for b in stories[k + 1 :]
    )
    held = {story: _union_count([found[y] for y in members]) for story, members in by_story.items()}
    best = max(stories, key=lambda story: (held[story], -story))
    if one_subject and composite:
        components.join(x, best)
        return True
    if one_subject:
        for y in found:
            components.join(x, y)
        return True
    if not digests_too:
        return False
    if held[best] >= min_share * size:
        components.join(x, best)
    return True


def _union_count(parts: Sequence[int]) -> int:
    """Return how many words of a page any of the given parts marks."""
    union = 0
    for marks in parts:
        union |= marks
    return union.bit_count()
