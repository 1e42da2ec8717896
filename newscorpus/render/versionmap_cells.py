"""What each version did with each paragraph of the reference: a version map's cells, their states and colours.

A cell is one version's fate for one reference block (kept, edited and how much, moved, split,
merged, cut), or a paragraph it added; its colour and glyph are chosen to read in greyscale and
for the common kinds of colour blindness.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Article, Member, ParagraphEdit, VersionEdits

CellState = Literal["reference", "kept", "edited", "moved", "split", "merged", "cut", "added", "headline"]
# How much of a paragraph's words an edit changed, in three shades: a word or two (a
# substitution, a house-style fix), a clause (a sentence trimmed or recast), or most of it
# (rewritten). The cut-offs sit between the tertiles of the edited paragraphs of the dev halves
# (quality/version_map.py): 0.086 and 0.273 on Reuters re-sends, 0.069 and 0.366 on the web
# collections' reprints, so each shade holds about a third of the edits in both.
EDIT_SHADES: tuple[tuple[float, str, str], ...] = (
    (0.08, "#9ecae1", "a few words"),
    (0.30, "#4292c6", "a clause or a sentence"),
    (1.01, "#08519c", "most of it"),
)
# Fill and glyph of every other state. The shades of edited are ColorBrewer's sequential blues,
# far apart in lightness from each other and from kept, so they read in greyscale; the other
# colours are Okabe and Ito's set, which stays apart for the common kinds of colour blindness,
# and each of those states also carries a glyph, so the map reads in greyscale and in print.
FILLS: dict[CellState, str] = {
    "reference": "#ffffff",
    "kept": "#ececec",
    "moved": "#cc79a7",
    "split": "#f0e442",
    "merged": "#f0e442",
    "cut": "#d55e00",
    "added": "#009e73",
    "headline": "#4292c6",
}
GLYPHS: dict[CellState, str] = {
    "moved": "↕",
    "split": "÷",
    "merged": "∪",
    "cut": "×",
    "added": "+",
}
# What each state is called in cell titles, the table and the legend.
STATE_WORDS: dict[CellState, str] = {
    "reference": "the reference",
    "kept": "kept",
    "edited": "edited",
    "moved": "moved",
    "split": "split",
    "merged": "merged",
    "cut": "cut",
    "added": "added",
    "headline": "headline or dateline changed",
}


@dataclass(frozen=True)
class MapColumn:
    """One version as the story page lists it."""

    number: int
    """The version's number on the page."""
    label: str
    """How the page names it (its heading)."""
    anchor: str
    """Id of the version's section on the page; its diff's paragraphs are `paragraph_id(anchor, k)`."""
    member: Member


@dataclass(frozen=True)
class Cell:
    """What one version did with one row's paragraph."""

    state: CellState
    change: float = 0.0
    """Share of the paragraph's words changed (removed and added over both texts' words)."""
    target: str = ""
    """Id on the page the cell links to: the paragraph in the version's diff."""
    note: str = ""
    """More words for the cell's title ("split into 2 paragraphs", "headline: …")."""
    mark: str = ""
    """Letters drawn on a headline cell: H (headline changed), D (dateline changed)."""

    @property
    def key(self) -> tuple[str, int]:
        """Return what two cells must share to be drawn alike: state and shade."""
        return (self.state, shade(self.change) if self.state in ("edited", "moved", "split", "merged") else 0)


def shade(change: float) -> int:
    """Return the shade (0, 1, 2) an edited paragraph is drawn in for its share of words changed."""
    return next(i for i, (top, _, _) in enumerate(EDIT_SHADES) if change < top)


def fill(cell: Cell) -> str:
    """Return a cell's fill colour: edited ones by how much was changed."""
    if cell.state == "edited":
        return EDIT_SHADES[shade(cell.change)][1]
    return FILLS[cell.state]


def paragraph_id(anchor: str, position: int) -> str:
    """Return the id of a version's diff paragraph (its position in `VersionEdits.paragraphs`)."""
    return f"{anchor}-p{position + 1}"


def reference_id(index: int) -> str:
    """Return the id of a reference block in the page's reference text (its index in the blocks)."""
    return f"nc-ref-{index + 1}"


REFERENCE_ID = "nc-reference"


def change_of(pieces: Sequence[ParagraphEdit]) -> float:
    """Return the share of words a paragraph's edits changed: removed and added over both texts' words."""
    same = changed = 0
    for piece in pieces:
        for span in piece.spans:
            words = len(span.text.split())
            if span.kind == "same":
                same += 2 * words
            else:
                changed += words
    return changed / (same + changed) if same + changed else 0.0


def version_cells(edits: VersionEdits, anchor: str) -> tuple[dict[int, Cell], list[tuple[int, str, Cell]]]:
    """Return what a version did with each reference block, and what it added after which block.

    An added paragraph follows the last block before it that stands in the reference's order
    (moved paragraphs do not), -1 when it opens the version.
    """
    pieces: dict[int, list[tuple[int, ParagraphEdit]]] = {}
    added: list[tuple[int, str, Cell]] = []
    after = -1
    for k, paragraph in enumerate(edits.paragraphs):
        if paragraph.reference_index is None:
            text = " ".join(s.text for s in paragraph.spans)
            note = "a subheading" if paragraph.subheading else ""
            added.append((after, text, Cell("added", 1.0, paragraph_id(anchor, k), note)))
            continue
        held = (paragraph.reference_index, *paragraph.merged)
        if paragraph.status != "moved":
            after = max(after, *held)
        for r in held:
            pieces.setdefault(r, []).append((k, paragraph))
    return {r: _fate(r, found, anchor) for r, found in pieces.items()}, added


def _fate(index: int, found: Sequence[tuple[int, ParagraphEdit]], anchor: str) -> Cell:
    """Return what a version did with one reference block, from the version paragraphs holding it."""
    k, first = found[0]
    target = paragraph_id(anchor, k)
    if first.status == "cut":
        return Cell("cut", 1.0, target)
    edits = [p for _, p in found]
    change = change_of(edits)
    notes = []
    merged = next((p for p in edits if p.merged), None)
    if merged is not None and merged.reference_index is not None:
        others = [r + 1 for r in (merged.reference_index, *merged.merged) if r != index]
        notes.append("merged with paragraph " + " and ".join(str(n) for n in others) + " into one")
        state: CellState = "merged"
    elif len(edits) > 1:
        notes.append(f"split into {len(edits)} paragraphs")
        state = "split"
    elif first.status == "moved":
        state = "moved"
    else:
        state = "edited" if change > 0 else "kept"
    moved = [p for p in edits if p.status == "moved" and p.version_index is not None]
    if moved and state != "moved":
        notes.append("moved")
    if moved:
        notes.append(f"now paragraph {(moved[0].version_index or 0) + 1} of this version")
    return Cell(state, change, target, ", ".join(notes))


def headline_cell(edits: VersionEdits, anchor: str, reference: Article, version: Article) -> Cell:
    """Return the first row's cell: did the version change the headline or the dateline."""
    notes = []
    if edits.headline:
        notes.append(f"headline “{edits.headline[1]}” for “{edits.headline[0]}”")
    if edits.dateline:
        old, new = edits.dateline
        notes.append(f"dateline {new or 'none'} for {old or 'none'}")
    if notes:
        mark = ("H" if edits.headline else "") + ("D" if edits.dateline else "")
        return Cell("headline", 1.0, anchor, "; ".join(notes), mark)
    if reference.title_derived or version.title_derived:
        return Cell("kept", 0.0, anchor, "same dateline; headline not compared (one is taken from the text)")
    return Cell("kept", 0.0, anchor, "same headline and dateline")


def cell_words(cell: Cell) -> str:
    """Return a cell's state in words, with how much was changed and any note."""
    if cell.state == "reference":
        words = "the reference"
    elif cell.state == "headline":
        words = ""
    elif cell.state in ("edited", "moved", "split", "merged") and cell.change > 0:
        words = f"{STATE_WORDS[cell.state]}, {cell.change:.0%} of words changed"
    else:
        words = STATE_WORDS[cell.state]
    return "; ".join(part for part in (words, cell.note) if part)
