"""The words of a paragraph as the name finder reads them, and a run of them that may be a name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tok:
    """One word of a paragraph and where it stands."""

    text: str
    start: int
    end: int


Run = tuple[list[Tok], bool]
"""The words of a run and whether the run opens its sentence."""
