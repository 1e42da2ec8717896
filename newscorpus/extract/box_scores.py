"""Players of a box score, written surname first: "White, Natalie 11-17 0-0 22; Barnes, Myosha 4-6".

A sports results table lists each player as surname, comma, given name, then the figures of the
game. Two single capitalised words so written, with a figure straight after, are one person,
named given name first ("Natalie White"), so that the surname written alone in the story ("White
scored 22") joins the player. A lone pair is read so only when its second word is a given name;
in a table (three pairs or more in one paragraph) every pair is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .mentions import Mention

# What stands between the surname and the given name, and what follows the given name: a figure.
_COMMA = re.compile(r",\s")
_FIGURE_AFTER = re.compile(r"\s+\d")
# Pairs in one paragraph that make it a table, where given names the lists lack are read too.
_TABLE = 3


def box_score_players(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with each "Surname, Given 4-6" pair made one person "Given Surname"."""
    pairs = [i for i in range(len(mentions) - 1) if _pair(mentions[i], mentions[i + 1], paragraphs)]
    per_paragraph: dict[int, int] = {}
    for i in pairs:
        per_paragraph[mentions[i].paragraph] = per_paragraph.get(mentions[i].paragraph, 0) + 1
    chosen = {
        i for i in pairs if per_paragraph[mentions[i].paragraph] >= _TABLE or mentions[i + 1].text in gaz.given_names
    }
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if i - 1 in chosen:
            continue
        if i in chosen:
            given = mentions[i + 1]
            out.append(dataclasses.replace(m, kind="person", text=f"{given.text} {m.text}", end=given.end))
        else:
            out.append(m)
    return out


def _pair(surname: Mention, given: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for a surname, a comma and a given name with a figure after it, in one paragraph."""
    if surname.paragraph < 0 or surname.paragraph != given.paragraph:
        return False
    # A surname may be a town's name too ("Davis, Tamiko"); a given name a town's is not one.
    if surname.kind == "organization" or given.kind not in (None, "person"):
        return False
    if " " in surname.text or " " in given.text:
        return False
    paragraph = paragraphs[surname.paragraph]
    return bool(_COMMA.fullmatch(paragraph, surname.end, given.start) and _FIGURE_AFTER.match(paragraph, given.end))
