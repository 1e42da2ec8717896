"""The version map on a story page: what every version did with every paragraph, drawn at build time.

One row per block of the reference (and, between them, rows for the paragraphs versions added),
one column per version in the order the page lists them, each cell coloured by what that version
did with that paragraph: kept, edited (shaded by how much), moved, split, merged, cut or added.
The picture is inline SVG (nothing needs a script to show), every cell links to its paragraph in
the version's diff, and the same facts are given as a table for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..config import Config
from ..markup import html_text
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
# Glyphs on the light yellow of split and merged cells are drawn dark; on the others, white.
_DARK_GLYPH: frozenset[CellState] = frozenset({"split", "merged"})
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

# Geometry, in SVG user units (CSS pixels at 100%): a row label column, then the versions.
_ROW_H = 14
_ROW_GAP = 2
_LABEL_W = 250
_LABEL_CHARS = 38
_HEAD_CHARS = 30
# Column headings are set at 45 degrees: a character of 11-unit text takes about 6.4 units along
# the line, 0.71 of that upwards and sideways.
_CHAR_RISE = 6.4 * 0.71
_MAP_W = 720
_COL_MIN, _COL_MAX = 16, 44
_FOLDED_ROWS = 3
_OPENING_WORDS = 6
_TITLE_CHARS = 300


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


# --- what each version did with each paragraph ------------------------------------------------


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


def _headline_cell(edits: VersionEdits, anchor: str, reference: Article, version: Article) -> Cell:
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


def _glyph_of(cell: Cell) -> str:
    """Return the glyph drawn on a cell, "" for none."""
    return cell.mark or GLYPHS.get(cell.state, "")


# --- the grid: rows, columns, folding and grouping --------------------------------------------


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
        heads.append(_headline_cell(edits, column.anchor, reference, articles[column.member.id]))
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
    return Row("added", "+ " + _clip(text, _LABEL_CHARS - 2), text)


def _label(number: int, text: str, subheading: bool) -> str:
    """Return a row's label: the block's number and opening words."""
    mark = "§ " if subheading else ""
    return f"{number} {mark}{_clip(text, _LABEL_CHARS - len(str(number)) - len(mark) - 1)}"


def _clip(text: str, limit: int) -> str:
    """Return text cut at a word boundary to at most limit characters, with an ellipsis when cut."""
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut + "…"


def _opening(text: str) -> str:
    """Return the first words of a paragraph, for cell titles."""
    words = text.split()
    return " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")


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


# --- drawing ------------------------------------------------------------------------------------


def render_version_map(
    columns: Sequence[MapColumn], reference: Article, articles: dict[str, Article], config: Config
) -> list[str]:
    """Return the story's version map as lines of one raw HTML block: the SVG, a legend and a table."""
    grid = build_grid(columns, reference, articles)
    grid = group_columns(fold_rows(grid, config.version_map_rows), config.version_map_columns)
    caption = _caption(grid, len(columns))
    return [
        '<figure class="nc-versionmap" id="nc-version-map">',
        '<div class="nc-versionmap-scroll">',
        _svg(grid),
        "</div>",
        f"<figcaption>{html_text(caption)}</figcaption>",
        legend(),
        _table(grid),
        "</figure>",
    ]


def _caption(grid: Grid, versions: int) -> str:
    """Return the map's caption: what rows and columns stand for, and what was grouped or folded."""
    blocks = sum(1 for r in grid.rows if r.kind == "reference")
    added = sum(1 for r in grid.rows if r.kind == "added")
    text = (
        f"What each of the {versions} versions did with the reference's paragraphs: one row per "
        f"paragraph of the reference ({blocks} drawn"
        + (f", and {added} {'row' if added == 1 else 'rows'} for paragraphs versions added" if added else "")
        + "), one column per version in the order listed below. Click a cell for that paragraph in "
        "the version's diff."
    )
    if added:
        text += " A row marked + is empty for the versions that did not add that paragraph."
    if len(grid.columns) < versions:
        text += f" Versions that did the same with every paragraph share a column ({len(grid.columns)} columns)."
    if grid.hidden_versions:
        text += f" {grid.hidden_versions} further versions are not drawn; their diffs are below."
    if grid.rows[-1].kind == "folded":
        text += f" After the first rows, {grid.rows[-1].text} are summed up in the last row."
    return text


def _svg(grid: Grid) -> str:
    """Return the map as inline SVG: column headings, row labels, and a linked, titled cell per paragraph."""
    pitch = max(_COL_MIN, min(_COL_MAX, (_MAP_W - _LABEL_W) // max(1, len(grid.columns))))
    cell_w = pitch - 2
    heads = [_clip(column.label, _HEAD_CHARS) for column in grid.columns]
    head_h = int(max(len(h) for h in heads) * _CHAR_RISE) + 16
    width = _LABEL_W + pitch * len(grid.columns) + int(len(heads[-1]) * _CHAR_RISE) + 8
    row_y = []
    y = head_h
    for row in grid.rows:
        row_y.append(y)
        tall = _FOLDED_ROWS if row.kind == "folded" else 1
        y += (_ROW_H + _ROW_GAP) * tall + (6 if row.kind == "headline" else 0)
    height = y + 4
    out = [
        f'<svg class="nc-versionmap-svg" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-hidden="true" focusable="false" font-size="11">'
    ]
    for c, (column, head) in enumerate(zip(grid.columns, heads, strict=True)):
        x = _LABEL_W + c * pitch + pitch // 2
        title = column.label if len(column.versions) == 1 else f"{column.names}: {column.first.label}"
        out.append(
            f'<a href="#{html_text(column.first.anchor)}" tabindex="-1" class="nc-map-head">'
            f"<title>{html_text(title)}</title>"
            f'<text x="{x}" y="{head_h - 6}" transform="rotate(-45 {x} {head_h - 6})" fill="currentColor">'
            f"{html_text(head)}</text></a>"
        )
    for row, y, cells in zip(grid.rows, row_y, grid.cells, strict=True):
        out.append(_row_label(row, y))
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            x = _LABEL_W + c * pitch
            if row.kind == "folded":
                out.append(_folded_cell(grid.columns[c], row, grid.folded[c], cell, x=x, y=y, cell_w=cell_w))
            else:
                out.append(_cell(grid.columns[c], row, cell, x=x, y=y, cell_w=cell_w))
    out.append("</svg>")
    return "".join(out)


def _row_label(row: Row, y: int) -> str:
    """Return a row's label at the left, its whole text in its title."""
    css = f"nc-map-row nc-map-{row.kind}"
    text = row.text if row.kind != "folded" else f"{row.label}: {row.text}"
    return (
        f'<text class="{css}" x="{_LABEL_W - 6}" y="{y + _ROW_H - 3}" text-anchor="end" fill="currentColor">'
        f"<title>{html_text(_clip(text, _TITLE_CHARS))}</title>{html_text(row.label)}</text>"
    )


def _cell_title(column: Column, row: Row, cell: Cell) -> str:
    """Return what a cell shows, in words."""
    if row.kind == "headline":
        where = "headline and dateline"
    elif row.kind == "added":
        where = f"added paragraph (“{_opening(row.text)}”)"
    else:
        where = f"paragraph {row.number} (“{_opening(row.text)}”)"
    return f"{column.names}, {where}: {cell_words(cell)}"


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


def _cell(column: Column, row: Row, cell: Cell, *, x: int, y: int, cell_w: int) -> str:
    """Return one linked cell: its rectangle, its glyph, its title."""
    glyph = _glyph_of(cell)
    stroke = ' stroke="#767676"' if cell.state == "reference" else ""
    parts = [
        f'<a href="#{html_text(cell.target)}" tabindex="-1" class="nc-map-cell nc-map-{cell.state}">',
        f"<title>{html_text(_cell_title(column, row, cell))}</title>",
        f'<rect x="{x}" y="{y}" width="{cell_w}" height="{_ROW_H}" rx="2" fill="{fill(cell)}"{stroke}/>',
    ]
    if glyph:
        colour = "#000000" if cell.state in _DARK_GLYPH else "#ffffff"
        size = 9 if len(glyph) > 1 else 11
        parts.append(
            f'<text x="{x + cell_w / 2:g}" y="{y + _ROW_H - 3}" text-anchor="middle" font-size="{size}" '
            f'font-weight="700" fill="{colour}">{glyph}</text>'
        )
    parts.append("</a>")
    return "".join(parts)


def _folded_cell(column: Column, row: Row, cells: Sequence[Cell], summary: Cell, *, x: int, y: int, cell_w: int) -> str:
    """Return a folded row's cell: its paragraphs' states stacked in proportion, counts in the title."""
    height = (_ROW_H + _ROW_GAP) * _FOLDED_ROWS - _ROW_GAP
    title = f"{column.names}, {row.text} (not drawn): {summary.note}"
    parts = [
        f'<a href="#{html_text(summary.target)}" tabindex="-1" class="nc-map-cell nc-map-folded">',
        f"<title>{html_text(title)}</title>",
    ]
    # One band per colour, sized by how many of the folded paragraphs it stands for.
    bands: dict[str, int] = {}
    for cell in sorted(cells, key=lambda c: (_STACK.index(c.state), c.change)):
        bands[fill(cell)] = bands.get(fill(cell), 0) + 1
    top = float(y)
    for colour, count in bands.items():
        step = height * count / len(cells)
        parts.append(f'<rect x="{x}" y="{top:.2f}" width="{cell_w}" height="{step:.2f}" fill="{colour}"/>')
        top += step
    parts.append(f'<rect x="{x}" y="{y}" width="{cell_w}" height="{height}" fill="none" stroke="#767676"/>')
    parts.append("</a>")
    return "".join(parts)


# Order of states in a folded row's stack: what was kept on top, what was cut at the bottom.
_STACK: tuple[CellState, ...] = ("reference", "kept", "edited", "split", "merged", "moved", "headline", "added", "cut")


def legend() -> str:
    """Return the legend: a swatch and words for every state and shade."""
    lows = [0.0, *(top for top, _, _ in EDIT_SHADES[:-1])]
    shades = [
        (Cell("edited", (low + min(top, 1.0)) / 2), f"edited: {words} ({_band(low, top)} of words changed)")
        for low, (top, _, words) in zip(lows, EDIT_SHADES, strict=True)
    ]
    items = [
        (Cell("reference"), "the reference"),
        (Cell("kept"), "kept"),
        *shades,
        (Cell("moved"), "moved out of the reference's order"),
        (Cell("split"), "split into several paragraphs"),
        (Cell("merged"), "merged with another paragraph"),
        (Cell("cut"), "cut"),
        (Cell("added"), "added by the version"),
        (Cell("headline", mark="H"), "headline (H) or dateline (D) changed"),
    ]
    out = ['<ul class="nc-versionmap-legend">']
    for cell, words in items:
        out.append(f"<li>{_swatch(cell)} {html_text(words)}</li>")
    out.append("</ul>")
    return "".join(out)


def _band(low: float, top: float) -> str:
    """Return a shade's range of changed words in words: "under 8%", "8–30%", "30% or more"."""
    if low == 0:
        return f"under {top:.0%}"
    if top > 1:
        return f"{low:.0%} or more"
    return f"{low:.0%}–{top:.0%}"


def _swatch(cell: Cell) -> str:
    """Return a legend swatch: a cell drawn alone."""
    glyph = _glyph_of(cell)
    stroke = ' stroke="#767676"' if cell.state in ("reference", "kept") else ""
    text = ""
    if glyph:
        colour = "#000000" if cell.state in _DARK_GLYPH else "#ffffff"
        text = (
            f'<text x="9" y="12" text-anchor="middle" font-size="{9 if len(glyph) > 1 else 11}" font-weight="700" '
            f'fill="{colour}">{glyph}</text>'
        )
    return (
        '<svg class="nc-swatch" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" focusable="false">'
        f'<rect x="1" y="1" width="16" height="14" rx="2" fill="{fill(cell)}"{stroke}/>{text}</svg>'
    )


def _table(grid: Grid) -> str:
    """Return the map's facts as a table (collapsed), each cell linked as in the picture."""
    head = "".join(
        f'<th scope="col"><a href="#{html_text(col.first.anchor)}">{html_text(col.label)}</a></th>'
        for col in grid.columns
    )
    out = [
        '<details class="nc-versionmap-table"><summary>The version map as a table</summary>',
        "<table><caption>What each version did with each paragraph of the reference</caption>",
        f'<thead><tr><th scope="col">Paragraph</th>{head}</tr></thead><tbody>',
    ]
    for row, cells in zip(grid.rows, grid.cells, strict=True):
        label = row.label if row.kind != "folded" else f"{row.label}: {row.text}"
        tds = []
        for c, cell in enumerate(cells):
            if cell is None:
                tds.append("<td>—</td>")
                continue
            words = cell.note if row.kind == "folded" else cell_words(cell)
            if row.kind == "folded":
                words = f"{words} ({len(grid.folded[c])} rows)"
            tds.append(f'<td><a href="#{html_text(cell.target)}">{html_text(words)}</a></td>')
        out.append(f'<tr><th scope="row">{html_text(label)}</th>{"".join(tds)}</tr>')
    out.append("</tbody></table></details>")
    return "".join(out)
