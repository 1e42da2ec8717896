"""What the match stage finds: the versions of one story, and how each outlet edited the reference."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DiffKind = Literal["same", "removed", "added"]


@dataclass(frozen=True)
class DiffSpan:
    """A run of words in a word-level diff: kept, in the reference only, or in the version only."""

    kind: DiffKind
    text: str


ParagraphStatus = Literal["kept", "edited", "cut", "added", "moved"]


@dataclass(frozen=True)
class ParagraphEdit:
    """One paragraph of a version aligned with the reference, or a reference paragraph it cut."""

    status: ParagraphStatus
    """kept (same words), edited (changed words), cut (reference only), added (version only),
    moved (kept or edited, but out of the reference's order)."""
    reference_index: int | None
    """Position of the paragraph in the reference's blocks, None when added."""
    version_index: int | None
    """Position of the paragraph in the version's blocks, None when cut."""
    spans: tuple[DiffSpan, ...]
    """The paragraph as a word diff against its reference paragraph."""
    changed: bool = False
    """For a moved paragraph: True when its words were also edited."""
    subheading: bool = False
    """True for a subheading (aligned only with the reference's subheadings)."""
    merged: tuple[int, ...] = ()
    """Further reference paragraphs this version paragraph holds (two or more merged into one)."""
    split: bool = False
    """True when the reference paragraph is split over several version paragraphs, this among them."""


ChangeKind = Literal["terminology", "spelling", "style", "figure", "quotation", "grammar", "rewording"]


@dataclass(frozen=True)
class WordChange:
    """Words of the reference replaced in a version, and what kind of edit that is."""

    kind: ChangeKind
    """terminology ("rebels" -> "militants"), spelling (transliteration, case, typos), style
    (punctuation and house style: "..." for "…", "50-per-cent"), figure (a number changed),
    quotation (words inside a quotation changed), grammar (one word in another tense or number:
    "raged" -> "rages"), rewording (a longer passage rewritten)."""
    old: str
    new: str
    paragraph: int
    """Position of the version paragraph holding the change."""


QuoteStatus = Literal["kept", "altered", "dropped"]


@dataclass(frozen=True)
class QuoteChange:
    """A quotation of the reference, and whether the version kept, altered or dropped it."""

    status: QuoteStatus
    reference: str
    version: str | None


@dataclass(frozen=True)
class VersionEdits:
    """Everything a version changed against its group's reference version."""

    paragraphs: tuple[ParagraphEdit, ...]
    """The version's paragraphs in its own order, with cut reference paragraphs where they stood."""
    changes: tuple[WordChange, ...]
    quotes: tuple[QuoteChange, ...]
    """Reference quotations the version altered or dropped (kept ones are left out)."""
    headline: tuple[str, str] | None = None
    """(reference, version) headlines when both are given in the files and they differ."""
    dateline: tuple[str | None, str | None] | None = None
    """(reference, version) datelines when they differ."""
    subheadings: tuple[tuple[str | None, str | None], ...] = ()
    """(reference, version) subheadings the version added (None, text), cut (text, None) or changed."""

    def count(self, status: ParagraphStatus) -> int:
        """Return how many paragraphs have a status."""
        return sum(1 for p in self.paragraphs if p.status == status)


@dataclass(frozen=True)
class Member:
    """One version in a variant group, measured against the group's reference version."""

    id: str
    containment: float
    """Share of this version's words found in the reference (aligned word runs)."""
    coverage: float
    """Share of the reference's words found in this version."""
    similarity: float
    """Shared words over the words of both versions (Jaccard over aligned words); symmetric."""
    outlet: str | None = None
    """Outlet from the input's metadata, None when unknown."""
    date: str | None = None
    """Publication date from the input's metadata, None when unknown."""
    credit: str | None = None
    """Wire agency credited (metadata, dateline credit or sign-off), None when none."""
    edits: VersionEdits | None = None
    """What this version changed against the reference; None for the reference itself."""
    via: str | None = None
    """When this version was not found a version of the reference itself (the far end of a
    write-through chain, an alert), the id of the version it was found one of, sharing most with it."""


@dataclass(frozen=True)
class VariantGroup:
    """Articles that are versions of one story."""

    id: str
    canonical: str
    """Id of the reference version the others are compared with."""
    members: tuple[Member, ...]
    """Every version, the reference first, then by id."""
    reason: str = ""
    """Why the reference was chosen, in words."""


@dataclass(frozen=True)
class Substitution:
    """A word change an outlet (or a file, when outlets are unknown) makes in several stories."""

    outlet: str
    kind: ChangeKind
    old: str
    new: str
    groups: tuple[str, ...]
    """Ids of the variant groups where the outlet's version made this change, sorted."""


@dataclass(frozen=True)
class Matched:
    """The match stage's output: variant groups and each outlet's habitual substitutions."""

    groups: tuple[VariantGroup, ...]
    substitutions: tuple[Substitution, ...] = ()
