"""A version map before drawing: its rows and columns, the rows past a limit folded into one, alike columns grouped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..model import Article
from .versionmap_cells import REFERENCE_ID, STATE_WORDS, Cell, MapColumn, headline_cell, reference_id, version_cells

# A row's label (its number and opening words) is at most this many characters: the map's label column.
_LABEL_CHARS = 38


@dataclass(frozen=True)
class Row:
    """A row of the map: the headline, a reference block, a paragraph versions added, or the folded rest."""

    kind: Literal["headline", "reference", "added", "folded"]
    label: str
    text: str
    """The block's text (for the row's title), or what the folded row holds."""
    number: int = 0
    """The reference block's number on the page (1-based), 0 for other rows."""


@dataclass(frozen=True)
class Column:
    """A drawn column: one version, or several that did the same with every paragraph."""

    versions: tuple[MapColumn, ...]

    @property
    def first(self) -> MapColumn:
        """Return the version whose diff the column's cells link to."""
        return self.versions[0]

    @property
    def label(self) -> str:
        """Return the column's heading: the version's, with a count when several are drawn as one."""
        if len(self.versions) == 1:
            return self.first.label
        return f"×{len(self.versions)} {self.first.label}"

    @property
    def names(self) -> str:
        """Return the versions of the column in words, for titles."""
        if len(self.versions) == 1:
            return f"Version {self.first.number}"
        numbers = ", ".join(str(v.number) for v in self.versions)
        return f"Versions {numbers} ({len(self.versions)} alike)"


@dataclass(frozen=True)
class Grid:
    """The map before drawing: rows, columns and a cell (or none) for each."""

    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    cells: tuple[tuple[Cell | None, ...], ...]
    """cells[row][column]."""
    hidden_versions: int = 0
    """Versions left out of the picture when even grouped they were too many."""
    folded: tuple[tuple[Cell, ...], ...] = ()
    """For the folded row: every cell of each column it holds (column order)."""


def build_grid(columns: Sequence[MapColumn], reference: Article, articles: dict[str, Article]) -> Grid:
    """Return every row and column of a story's map, in the page's order, before folding or grouping."""
    blocks = reference.blocks
    per_column: list[dict[int, Cell]] = []
    heads: list[Cell] = []
    added_rows: dict[tuple[int, str, int], dict[int, Cell]] = {}
    added_text: dict[tuple[int, str, int], str] = {}
    for c, column in enumerate(columns):
        edits = column.member.edits
        if edits is None:
            per_column.append({r: Cell("reference", 0.0, reference_id(r)) for r in range(len(blocks))})
            heads.append(Cell("reference", 0.0, REFERENCE_ID, _reference_heading(reference)))
            continue
        fates, added = version_cells(edits, column.anchor)
        per_column.append(fates)
        heads.append(headline_cell(edits, column.anchor, reference, articles[column.member.id]))
        seen: dict[tuple[int, str], int] = {}
        for after, text, cell in added:
            # The same paragraph added by several versions at the same place is one row.
            folded = " ".join(text.casefold().split())
            nth = seen.get((after, folded), 0)
            seen[(after, folded)] = nth + 1
            key = (after, folded, nth)
            added_rows.setdefault(key, {})[c] = cell
            added_text.setdefault(key, text)
    # Added rows after each reference block, in the order first seen: by column, then by their
    # place in that version (the dict keeps the order keys were added in).
    after_block: dict[int, list[tuple[int, str, int]]] = {}
    for key in added_rows:
        after_block.setdefault(key[0], []).append(key)
    rows: list[Row] = [Row("headline", "Headline and dateline", reference.title)]
    cells: list[tuple[Cell | None, ...]] = [tuple(heads)]
    for r in range(-1, len(blocks)):
        if r >= 0:
            block = blocks[r]
            rows.append(Row("reference", _label(r + 1, block.text, block.kind == "subheading"), block.text, r + 1))
            cells.append(tuple(per_column[c].get(r) for c in range(len(columns))))
        for key in after_block.get(r, []):
            rows.append(_added_row(added_text[key]))
            cells.append(tuple(added_rows[key].get(c) for c in range(len(columns))))
    return Grid(tuple(rows), tuple(Column((col,)) for col in columns), tuple(cells))


def _reference_heading(reference: Article) -> str:
    """Return the reference's headline and dateline in words."""
    given = "taken from the text" if reference.title_derived else "as given"
    return f"headline “{reference.title}” ({given}); dateline {reference.dateline or 'none'}"


def _added_row(text: str) -> Row:
    """Return the row of a paragraph versions added."""
    return Row("added", "+ " + clip(text, _LABEL_CHARS - 2), text)


def _label(number: int, text: str, subheading: bool) -> str:
    """Return a row's label: the block's number and opening words."""
    mark = "§ " if subheading else ""
    return f"{number} {mark}{clip(text, _LABEL_CHARS - len(str(number)) - len(mark) - 1)}"


def clip(text: str, limit: int) -> str:
    """Return text cut at a word boundary to at most limit characters, with an ellipsis when cut."""
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut + "…"


def fold_rows(grid: Grid, limit: int) -> Grid:
    """Return the grid with the rows after the first `limit` (the headline row aside) summed up in one."""
    if len(grid.rows) - 1 <= limit:
        return grid
    keep = limit + 1
    rest_rows = grid.rows[keep:]
    numbers = [r.number for r in rest_rows if r.kind == "reference"]
    added = sum(1 for r in rest_rows if r.kind == "added")
    parts = []
    if numbers:
        parts.append(f"paragraphs {numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"paragraph {numbers[0]}")
    if added:
        parts.append(f"{added} added {'paragraph' if added == 1 else 'paragraphs'}")
    what = " and ".join(parts)
    folded_cells = tuple(
        tuple(cell for row in grid.cells[keep:] if (cell := row[c]) is not None) for c in range(len(grid.columns))
    )
    row = Row("folded", f"… {len(rest_rows)} more rows", what)
    summary = tuple(_summary_cell(cells) for cells in folded_cells)
    return replace(grid, rows=(*grid.rows[:keep], row), cells=(*grid.cells[:keep], summary), folded=folded_cells)


def _summary_cell(cells: Sequence[Cell]) -> Cell | None:
    """Return the folded row's cell of one column: a link to its first folded paragraph, its counts in words."""
    if not cells:
        return None
    return Cell("kept", 0.0, cells[0].target, counts_in_words(cells))


def counts_in_words(cells: Sequence[Cell]) -> str:
    """Return how many cells are in each state, in words: "40 kept, 12 edited, 8 cut"."""
    counts: dict[str, int] = {}
    for cell in cells:
        counts[STATE_WORDS[cell.state]] = counts.get(STATE_WORDS[cell.state], 0) + 1
    return ", ".join(f"{n} {word}" for word, n in counts.items())


def group_columns(grid: Grid, limit: int) -> Grid:
    """Return the grid with at most `limit` columns: columns alike in every row drawn as one, with a count.

    Columns are first grouped when every cell has the same state and shade; when that leaves
    too many, the shades are set aside; what is still beyond the limit is left out of the
    picture (the diffs below list every version).
    """
    if len(grid.columns) <= limit:
        return grid
    for exact in (True, False):
        signatures: dict[tuple[object, ...], list[int]] = {}
        for c in range(len(grid.columns)):
            signatures.setdefault(_signature(grid, c, exact), []).append(c)
        if len(signatures) <= limit or not exact:
            break
    groups = sorted(signatures.values(), key=lambda members: members[0])
    shown = groups[:limit]
    hidden = sum(len(g) for g in groups[limit:])
    columns = tuple(Column(tuple(v for c in g for v in grid.columns[c].versions)) for g in shown)
    cells = tuple(tuple(row[g[0]] for g in shown) for row in grid.cells)
    folded = tuple(grid.folded[g[0]] for g in shown) if grid.folded else ()
    return replace(grid, columns=columns, cells=cells, folded=folded, hidden_versions=hidden)


def _signature(grid: Grid, column: int, exact: bool) -> tuple[object, ...]:
    """Return what a column shows, row by row: state and shade (or the state only)."""
    out: list[object] = []
    for row in grid.cells:
        cell = row[column]
        out.append(None if cell is None else (cell.key if exact else cell.state))
    if grid.folded:
        out.append(tuple(c.key if exact else c.state for c in grid.folded[column]))
    return tuple(out)
