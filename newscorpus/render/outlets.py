"""How each outlet edits wire copy, across the corpus: the syndication page's table with a small chart.

For every outlet, over all its versions of stories whose reference is another article: the share
of the reference's paragraphs it keeps, edits, moves and cuts (drawn as one stacked bar, in the
colours of the story pages' version maps), the paragraphs it adds, and its most frequent
substitutions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..config import Config
from ..markup import html_text
from ..match.outlets import HABIT_KINDS, change_words
from ..model import Article, SiteLinks, VariantGroup
from .versionmap_cells import EDIT_SHADES, FILLS, Cell, version_cells

# The shares the chart stacks, in order, with their colours: the story map's kept, its middle
# shade of edited, moved and cut.
BUCKETS: tuple[tuple[str, str], ...] = (
    ("kept", FILLS["kept"]),
    ("edited", EDIT_SHADES[1][1]),
    ("moved", FILLS["moved"]),
    ("cut", FILLS["cut"]),
)
# Substitutions shown per outlet; data/variants.json lists every change of every version.
_SUBSTITUTIONS = 3
# Punctuation stuck to a change's words, left out when counting one substitution across versions.
_EDGE = ".,;:!?\"'“”‘’()"
_BAR_W, _BAR_H = 120, 12


@dataclass
class OutletEdits:
    """What one outlet did with the wire paragraphs of every story it ran a version of."""

    outlet: str
    versions: int = 0
    paragraphs: int = 0
    """Reference paragraphs (subheadings aside) over all its versions."""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys((b for b, _ in BUCKETS), 0))
    added: int = 0
    substitutions: dict[tuple[str, str], tuple[set[str], int]] = field(default_factory=dict)
    """(old, new) -> (groups where the outlet made it, times made)."""


def outlet_edits(groups: Sequence[VariantGroup], articles: dict[str, Article]) -> list[OutletEdits]:
    """Return every outlet known from the input's metadata with what its versions did, most versions first."""
    found: dict[str, OutletEdits] = {}
    for group in groups:
        reference = articles[group.canonical]
        for member in group.members:
            if member.edits is None or not member.outlet:
                continue
            tally = found.setdefault(member.outlet, OutletEdits(member.outlet))
            tally.versions += 1
            cells, added = version_cells(member.edits, "")
            for r, block in enumerate(reference.blocks):
                if block.kind == "paragraph" and r in cells:
                    tally.counts[_bucket(cells[r])] += 1
                    tally.paragraphs += 1
            tally.added += sum(1 for _, _, cell in added if cell.note != "a subheading")
            for change in member.edits.changes:
                # A change of case, spacing or punctuation only ("the" for "The") is house style, not a
                # substitution of words: the story pages list it, the outlets' table leaves it out.
                if change.kind in HABIT_KINDS and change_words(change.old) != change_words(change.new):
                    key = (change.old.strip(_EDGE), change.new.strip(_EDGE))
                    stories, times = tally.substitutions.get(key, (set(), 0))
                    tally.substitutions[key] = (stories | {group.id}, times + 1)
    return sorted(found.values(), key=lambda t: (-t.versions, t.outlet))


def _bucket(cell: Cell) -> str:
    """Return the chart's share a reference paragraph falls in: moved and cut first, then changed words."""
    if cell.state in ("moved", "cut"):
        return cell.state
    return "edited" if cell.change > 0 else "kept"


def render_outlet_edits(groups: Sequence[VariantGroup], links: SiteLinks, config: Config) -> list[str]:
    """Return the syndication page's section on how each outlet edits wire copy."""
    tallies = outlet_edits(groups, links.articles)
    lines = ["## How outlets edit the wire copy", ""]
    if not tallies:
        return [
            *lines,
            "No outlet is known for the versions in this corpus. Give outlets in the input's metadata "
            "(front matter, HTML page metadata, a metadata.csv table or --outlet-from-folder) to compare them.",
            "",
        ]
    shown = tallies[: config.syndication_outlets]
    lines += [
        "For each outlet, over its versions of stories another article is the reference of: the share "
        "of the reference's paragraphs it kept word for word, edited, moved out of order and cut, the "
        "paragraphs it added, and the substitutions it made most often.",
        "",
        _table(shown),
        "",
    ]
    if len(tallies) > len(shown):
        lines += [f"{len(tallies) - len(shown):,} more outlets, with fewer versions each, are not listed.", ""]
    return lines


def _table(tallies: Sequence[OutletEdits]) -> str:
    """Return the outlets' table as one raw HTML block, each row with its stacked bar beside the figures."""
    out = [
        '<div class="nc-outlets"><table><thead><tr><th scope="col">Outlet<th scope="col">Versions'
        '<th scope="col">Wire paragraphs: kept, edited, moved, cut; paragraphs added'
        '<th scope="col">Most frequent substitutions</thead><tbody>'
    ]
    for tally in tallies:
        shares = " · ".join(f"{_share(tally.counts[name], tally.paragraphs)} {name}" for name, _ in BUCKETS)
        shares += f"; {tally.added:,} added"
        out.append(
            f'<tr><th scope="row">{html_text(tally.outlet)}<td>{tally.versions:,}'
            f'<td>{_bar(tally)}<br><span class="nc-outlet-shares">{shares}</span>'
            f"<td>{html_text(_substitutions(tally))}"
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def _share(count: int, total: int) -> str:
    """Return count as a share of total, "0%" when there is none."""
    return f"{count / total:.0%}" if total else "0%"


def _bar(tally: OutletEdits) -> str:
    """Return the outlet's shares as one stacked horizontal bar, its figures in its title."""
    words = ", ".join(f"{_share(tally.counts[name], tally.paragraphs)} {name}" for name, _ in BUCKETS)
    title = f"{tally.outlet}: of {tally.paragraphs:,} wire paragraphs, {words}"
    parts = [
        f'<svg class="nc-outlet-bar" width="{_BAR_W}" height="{_BAR_H}" viewBox="0 0 {_BAR_W} {_BAR_H}" '
        f'role="img" aria-label="{html_text(title)}"><title>{html_text(title)}</title>'
    ]
    x = 0.0
    for name, colour in BUCKETS:
        width = _BAR_W * tally.counts[name] / tally.paragraphs if tally.paragraphs else 0.0
        if width:
            parts.append(f'<rect x="{x:.2f}" y="0" width="{width:.2f}" height="{_BAR_H}" fill="{colour}"/>')
        x += width
    parts.append(f'<rect x="0" y="0" width="{_BAR_W}" height="{_BAR_H}" fill="none" stroke="#767676"/></svg>')
    return "".join(parts)


def _substitutions(tally: OutletEdits) -> str:
    """Return the outlet's most frequent substitutions: in most stories, then most often; never one made once."""
    repeated = [(key, found) for key, found in tally.substitutions.items() if found[1] > 1]
    ranked = sorted(repeated, key=lambda kv: (-len(kv[1][0]), -kv[1][1], kv[0]))
    shown = []
    for (old, new), (stories, times) in ranked[:_SUBSTITUTIONS]:
        how = f"in {len(stories)} stories" if len(stories) > 1 else f"×{times}"
        shown.append(f"“{new}” for “{old}” ({how})")
    return "; ".join(shown) or "none made twice"
