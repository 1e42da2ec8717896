"""The version map on a story page: what every version did with every paragraph, drawn at build time.

One row per block of the reference (and, between them, rows for the paragraphs versions added),
one column per version in the order the page lists them, each cell coloured by what that version
did with that paragraph: kept, edited (shaded by how much), moved, split, merged, cut or added.
The picture is inline SVG (nothing needs a script to show), every cell links to its paragraph in
the version's diff, and the same facts are given as a table for screen readers.

The cells (what each version did) are read in `versionmap_cells`, the rows and columns laid out,
folded and grouped in `versionmap_grid`; this module draws them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..markup import html_text
from ..model import Article
from .versionmap_cells import EDIT_SHADES, GLYPHS, Cell, CellState, MapColumn, cell_words, fill
from .versionmap_grid import Column, Grid, Row, build_grid, clip, fold_rows, group_columns

# Glyphs on the light yellow of split and merged cells are drawn dark; on the others, white.
_DARK_GLYPH: frozenset[CellState] = frozenset({"split", "merged"})

# Geometry, in SVG user units (CSS pixels at 100%): a row label column, then the versions.
_ROW_H = 14
_ROW_GAP = 2
_LABEL_W = 250
_HEAD_CHARS = 30
# Column headings are set at 45 degrees: a character of 11-unit text takes about 6.4 units along
# the line, 0.71 of that upwards and sideways.
_CHAR_RISE = 6.4 * 0.71
_MAP_W = 720
_COL_MIN, _COL_MAX = 16, 44
_FOLDED_ROWS = 3
_OPENING_WORDS = 6
_TITLE_CHARS = 300


def _glyph_of(cell: Cell) -> str:
    """Return the glyph drawn on a cell, "" for none."""
    return cell.mark or GLYPHS.get(cell.state, "")


def _opening(text: str) -> str:
    """Return the first words of a paragraph, for cell titles."""
    words = text.split()
    return " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")


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
    heads = [clip(column.label, _HEAD_CHARS) for column in grid.columns]
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
        f"<title>{html_text(clip(text, _TITLE_CHARS))}</title>{html_text(row.label)}</text>"
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
        out.append(f"<li>{_swatch(cell)} {html_text(words)}")
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
        f'<th scope="col"><a href="#{html_text(col.first.anchor)}">{html_text(col.label)}</a>' for col in grid.columns
    )
    out = [
        '<details class="nc-versionmap-table"><summary>The version map as a table</summary>',
        "<table><caption>What each version did with each paragraph of the reference</caption>",
        f'<thead><tr><th scope="col">Paragraph{head}</thead><tbody>',
    ]
    for row, cells in zip(grid.rows, grid.cells, strict=True):
        label = row.label if row.kind != "folded" else f"{row.label}: {row.text}"
        tds = []
        for c, cell in enumerate(cells):
            if cell is None:
                tds.append("<td>—")
                continue
            words = cell.note if row.kind == "folded" else cell_words(cell)
            if row.kind == "folded":
                words = f"{words} ({len(grid.folded[c])} rows)"
            tds.append(f'<td><a href="#{html_text(cell.target)}">{html_text(words)}</a>')
        out.append(f'<tr><th scope="row">{html_text(label)}{"".join(tds)}')
    out.append("</tbody></table></details>")
    return "".join(out)
