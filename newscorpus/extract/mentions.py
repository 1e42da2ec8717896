"""Name mentions as the entity finders give them and as merging ties them to entities."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import EntityKind

MentionKind = EntityKind | None


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in a paragraph; kind None when only merging can tell."""

    kind: MentionKind
    text: str
    paragraph: int
    start: int
    end: int
    person_cue: bool = False
    """The words around it say a person is meant ("analyst X", "X, 22,", "X said")."""
    otherwise: tuple[EntityKind, str] | None = None
    """Kind and name to use when the mention joins no entity named more surely elsewhere."""


@dataclass(frozen=True)
class Resolved:
    """A mention tied to the entity it names, for quote speakers and pronouns."""

    kind: EntityKind
    name: str
    paragraph: int
    start: int
    end: int
    subject: bool = False
    """Followed by a verb, as the subject of its clause: what "he said" later refers back to."""
