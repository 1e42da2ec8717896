"""A maker's name opening a product's: "a Tesla Roadster", "the new Acme Strider", read as no person.

Two capitalised words read like a given name and a surname, and a model written after its maker's name
("Tesla Roadster", "Nokia Lumia") is shaped so; the story writing the product's last word alone
("an original Roadster") even looks like a surname used alone. What tells them apart is the first word:
a story that names the maker alone as a company ("the CEO of Tesla", "Acme said") has a company there,
which no person's given name is. So a run read as a person's name, opened by a word the story reads only as
an organisation's name and that is no given name, with no given name after it, is no person: merging
then finds what else it is, if anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .mentions import Mention


def products_of_makers(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a product opened by its maker's name read as no person."""
    kinds: dict[str, set[object]] = {}
    for m in mentions:
        if " " not in m.text:
            kinds.setdefault(m.text, set()).add("person" if m.kind is None and m.person_cue else m.kind)
    makers = {
        word
        for word, seen in kinds.items()
        if "organization" in seen and "person" not in seen and "place" not in seen and word not in gazetteer.given_names
    }
    if not makers:
        return list(mentions)
    return [
        dataclasses.replace(m, kind=None, person_cue=False) if _product(m, makers, gazetteer) else m for m in mentions
    ]


def _product(mention: Mention, makers: set[str], gazetteer: Gazetteer) -> bool:
    """Return True for a run a maker's name opens and no given name follows ("Tesla Roadster", not
    "Tesla chief Elon Musk" left whole)."""
    words = mention.text.split()
    return (
        (mention.kind == "person" or (mention.kind is None and mention.person_cue))
        and len(words) > 1
        and words[0] in makers
        and not any(w in gazetteer.given_names for w in words[1:])
    )
