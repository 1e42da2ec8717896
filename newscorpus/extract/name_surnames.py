"""A full name whose surname the story writes alone for a person is that person's full name; a given
name written before "and" and another person's full name shares that person's surname.

"Incumbent Mikheil Saakashvili" names a given name no list holds, so no rule marks the run a
person's; "Mr Saakashvili" later does. The surname written alone as a person's says the full
name before it is the same person's, which merging then ties together.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .gazetteer import Gazetteer
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


def given_names_sharing_surname(
    mentions: Sequence[Mention], paragraphs: Sequence[str], gazetteer: Gazetteer
) -> list[Mention]:
    """Return the mentions with a lone given name before "and" and a person's full name made that person's namesake.

    "moguls Harvey and Bob Weinstein", "Venus and Serena Williams": two people of one surname, the
    first written by the given name alone. Both words before the surname must be given names, and
    the full name must be a person's: "Marks and Spencer" names no one.
    """
    out = list(mentions)
    # A name the story writes elsewhere as a body's or a place's ("Chelsea beat Everton") or as a full name's
    # surname ("Daren Powell … as Powell and Fidel Edwards ripped through") is no given name here.
    elsewhere = {m.text for m in mentions if m.kind in ("organization", "place")}
    elsewhere |= {m.text.rsplit(" ", 1)[-1] for m in mentions if " " in m.text}
    for i, first in enumerate(mentions):
        if first.kind is not None or first.text not in gazetteer.given_names or first.text in elsewhere:
            continue
        if paragraphs[first.paragraph][: first.start].endswith(", "):
            continue  # a list's last two names ("books about Diana, Madonna and Monica Lewinsky")
        second = next((m for m in mentions if m.paragraph == first.paragraph and m.start == first.end + 5), None)
        if (
            second is None
            or paragraphs[first.paragraph][first.end : second.start] != " and "
            or not _person(second)
            or len(second.text.split()) != 2  # a given name and a surname
            or second.text.split()[0] not in gazetteer.given_names
        ):
            continue
        out[i] = dataclasses.replace(first, kind="person", text=f"{first.text} {second.text.split()[1]}")
    return out


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
