"""Group verified version pairs into stories without chaining.

Plain union-find over version pairs chains: a digest page carrying the ledes of two stories is
linked to both, and would merge them. Here clusters merge, strongest pairs first, only when
most pairs across the two clusters are versions themselves (average linkage over the verified
pairs), so one article linked to two unrelated stories joins at most one of them.
"""

from __future__ import annotations

from collections.abc import Mapping


def group_pairs(n: int, links: Mapping[tuple[int, int], float], min_linkage: float) -> list[list[int]]:
    """Return clusters of two or more indices, each sorted, from scored pairs (i < j)."""
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    order = sorted(links.items(), key=lambda item: (-item[1], item[0]))
    for (i, j), _ in order:
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        left, right = members[a], members[b]
        linked = sum(1 for x in left for y in right if (min(x, y), max(x, y)) in links)
        if linked < min_linkage * len(left) * len(right):
            continue
        keep, gone = min(a, b), max(a, b)
        for x in members[gone]:
            cluster_of[x] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    return _without_composites(members, cluster_of, links, min_linkage)


def _without_composites(
    members: dict[int, list[int]], cluster_of: list[int], links: Mapping[tuple[int, int], float], min_linkage: float
) -> list[list[int]]:
    """Return the clusters with composite articles taken out, each cluster sorted.

    An article that is also linked to most of another cluster carries two stories (a digest, a
    roundup): it is a version of neither, so it leaves its cluster rather than sit in one by the
    accident of which link was strongest.
    """
    linked_to: dict[int, set[int]] = {}
    for i, j in links:
        linked_to.setdefault(i, set()).add(j)
        linked_to.setdefault(j, set()).add(i)
    composite = set()
    for x, others in linked_to.items():
        for key in {cluster_of[o] for o in others} - {cluster_of[x]}:
            other = members[key]
            if len(other) > 1 and len(others & set(other)) >= min_linkage * len(other):
                composite.add(x)
    clusters = [[x for x in m if x not in composite] for _, m in sorted(members.items())]
    return [c for c in clusters if len(c) > 1]
