"""Names listed together are of one kind: "Orkut, Facebook or Hi5", "Blue Origin, Ceres Robotics and Draper".

A name the finder could not place that stands in a list with organisations is an organisation
too; people in lists carry their own marks (given names, roles) and places are known by name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .mentions import Mention

# What stands between two items of a list.
_LIST_GAP = re.compile(r"^(?:,|,?\s+(?:and|or|&))\s+$")
# A word written as a brand: a capital inside it or a digit ("OrbitBeyond", "BigAdda", "Hi5").
_BRAND = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+|\d+)\w*$")
# Fewest organisations a list must hold for its unknown names to be organisations too: "the
# Ministry of Agriculture, Animal Husbandry and Fisheries" is one body's name.
_MIN_ORGS_LISTED = 2


def orgs_by_list(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with unknown names listed beside organisations made organisations."""
    ordered = sorted(range(len(mentions)), key=lambda i: (mentions[i].paragraph, mentions[i].start))
    chains: list[list[int]] = []
    for i in ordered:
        if chains and _follows(mentions[chains[-1][-1]], mentions[i], paragraphs):
            chains[-1].append(i)
        else:
            chains.append([i])
    listed = {
        i
        for chain in chains
        if sum(mentions[j].kind == "organization" for j in chain) >= _MIN_ORGS_LISTED
        for i in chain
        if _unknown(mentions[i])
    }
    return [
        dataclasses.replace(m, kind="organization", otherwise=None) if i in listed else m
        for i, m in enumerate(mentions)
    ]


def _follows(first: Mention, second: Mention, paragraphs: Sequence[str]) -> bool:
    if first.paragraph != second.paragraph or first.paragraph < 0 or second.start <= first.end:
        return False
    return bool(_LIST_GAP.match(paragraphs[first.paragraph][first.end : second.start]))


def _unknown(mention: Mention) -> bool:
    """Return True for a name no rule placed and no word marks a person, shaped like a body's.

    Several words ("Blue Origin"), or one written as brands are ("OrbitBeyond", "Hi5"); a lone
    ordinary word is more often a surname, a state or a common word ("Snyder", "Tex", "Fisheries").
    """
    if mention.kind is not None or mention.person_cue or (mention.otherwise and mention.otherwise[0] == "place"):
        return False
    return " " in mention.text or bool(_BRAND.match(mention.text))
