"""Join linked pairs into groups (union-find), for the simple matchers the gate compares against."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def connected_groups(ids: Iterable[str], links: Iterable[tuple[str, str]]) -> list[set[str]]:
    """Return the groups of two or more ids that the links connect, directly or through others."""
    parent = {d: d for d in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = defaultdict(set)
    for d in parent:
        groups[find(d)].add(d)
    return [g for g in groups.values() if len(g) > 1]
