"""A body's name run on into the surname after it, where a comma is missing: "In a filing with the
Securities and Exchange Commission Marlow and his partners said". The run ends with a body's word,
then one capitalised word the article writes elsewhere as the surname of a person named in full
("Kit Marlow"): the body's name, then that person.
"""

from __future__ import annotations

from .name_runs import Ctx, has_org_cue, is_cap
from .name_splits import Piece
from .name_tokens import Tok


def split_body_before_surname(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the body and the person whose surname the run ends with, or None for any other run."""
    if len(part) < 3 or not is_cap(part[-1].text) or not has_org_cue([part[-2].text]):
        return None
    surname = part[-1].text
    if has_org_cue([surname]):
        return None
    named = any(
        len(words) > 1 and words[-1] == surname and words[-2] in ctx.gaz.given_names and not has_org_cue(words)
        for words in (run.split() for run in ctx.runs)
    )
    if not named:
        return None
    return [Piece(tuple(part[:-1]), keep=("organization",)), Piece(tuple(part[-1:]), "person", cue=True)]
