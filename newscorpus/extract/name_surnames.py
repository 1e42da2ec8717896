"""A full name whose surname the story writes alone for a person is that person's full name.

"Incumbent Mikheil Saakashvili" names a given name no list holds, so no rule marks the run a
person's; "Mr Saakashvili" later does. The surname written alone as a person's says the full
name before it is the same person's, which merging then ties together.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .mentions import Mention
from .name_runs import has_org_cue

# Two or three words of letters, the first and the last capitalised: "Mikheil Saakashvili", "AB de Villiers".
_FULL_NAME = re.compile(r"^[A-Z][\w’'-]*(?: [\w’'-]+)? [A-Z][\w’'-]*$")


def people_by_surname(mentions: Sequence[Mention]) -> list[Mention]:
    """Return the mentions with unknown full names marked people where their surname alone is a person's."""
    surnames = {m.text for m in mentions if " " not in m.text and _person(m)}
    if not surnames:
        return list(mentions)
    return [
        dataclasses.replace(m, person_cue=True)
        if _unknown_full_name(m) and m.text.rsplit(" ", 1)[-1] in surnames
        else m
        for m in mentions
    ]


def _person(mention: Mention) -> bool:
    return mention.kind == "person" or (mention.kind is None and mention.person_cue)


def _unknown_full_name(mention: Mention) -> bool:
    """Return True for a run no rule placed that is shaped like a person's full name, no body's."""
    return (
        mention.kind is None
        and not mention.person_cue
        and mention.otherwise is None
        and bool(_FULL_NAME.match(mention.text))
        and not any(c.isdigit() for c in mention.text)
        and not has_org_cue(mention.text.split())
    )
