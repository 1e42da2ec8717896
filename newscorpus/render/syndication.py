"""Syndication pages: every story found in several versions, the reference, and each version's edits."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..markup import front_matter, html_text, md_text
from ..model import (
    Article,
    Member,
    Page,
    ParagraphEdit,
    SiteLinks,
    Substitution,
    VariantGroup,
    VersionEdits,
)
from .blocks import Html, anchor, bullets, concat, html, paragraph, strong, table
from .common import SYNDICATION_DIR, article_path, group_path, url_link
from .edit_summary import CHANGE_NAMES, STATUS_NAMES, clip, edit_summary
from .outlets import render_outlet_edits
from .versionmap import render_version_map
from .versionmap_cells import REFERENCE_ID, MapColumn, paragraph_id, reference_id

# Headlines are cut to this many characters in the figures table, which must fit the content column.
_TITLE_CHARS = 60


def render_syndication_index(groups: Sequence[VariantGroup], links: SiteLinks, config: Config) -> Page:
    """Return the syndication page: every story in several versions, how outlets edit them, their habits."""
    path = f"{SYNDICATION_DIR}/index.md"
    lines = [front_matter(title="Syndication"), "# Syndication", ""]
    if not groups:
        lines.append("No two articles in the corpus are versions of one story.")
    else:
        lines += paragraph(
            f"{len(groups):,} {'story appears' if len(groups) == 1 else 'stories appear'} in more than one "
            "version. Each is compared with its "
            "reference version: wire-credited copy first, then the version holding most of the "
            "others' text, then the earliest. The lowest similarity is a version's with the reference; a "
            "version found through another (the far end of a story updated through the day) is measured "
            "on its story's page."
        )
        rows = []
        for group in groups:
            lowest = min(m.similarity for m in group.members if m.via is None)
            story = anchor(url_link(path, group_path(group.id)), story_title(group, links))
            names = {outlet_name(m, links.articles[m.id]) for m in group.members}
            outlets = ", ".join(sorted(n for n in names if n)) or "unknown"
            rows.append((story, str(len(group.members)), outlets, _date_span(group), f"{lowest:.0%}"))
        lines += table(("Story", "Versions", "Outlets", "Dates", "Lowest similarity"), rows, right=(1, 4))
        lines += render_outlet_edits(groups, links, config)
    lines += ["## Habitual substitutions", ""]
    lines += _habits(path, links.substitutions, links)
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _date_span(group: VariantGroup) -> str:
    """Return the first and last publication dates of a group's versions, or "unknown"."""
    dates = sorted(m.date[:10] for m in group.members if m.date)
    if not dates:
        return "unknown"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def _habits(path: str, substitutions: Sequence[Substitution], links: SiteLinks) -> list[str]:
    """Return the list of substitutions each outlet (or file) makes in several stories."""
    if not substitutions:
        return paragraph("No outlet makes the same substitution in more than one story of this corpus.")
    lines = paragraph("Word changes an outlet (or, when outlets are unknown, a file) makes in several stories:")
    items = []
    for habit in substitutions:
        numbered = [(n, g) for n, g in enumerate(habit.groups, start=1) if g in links.groups]
        stories = Html(", ".join(anchor(url_link(path, group_path(g)), str(n)) for n, g in numbered))
        what = f"“{habit.new}” for “{habit.old}” ({CHANGE_NAMES[habit.kind]})"
        items.append(concat(f"{habit.outlet}: {what} in {len(habit.groups)} stories: ", stories))
    return [*lines, *bullets(items)]


def render_group(group: VariantGroup, links: SiteLinks, config: Config) -> Page:
    """Return a variant group's page: figures, each version's summary and diff, the reference text."""
    path = group_path(group.id)
    reference = links.articles[group.canonical]
    title = story_title(group, links)
    lines = [
        front_matter(title=f"Versions: {title}"),
        f"# Versions: {md_text(title)}",
        "",
        *paragraph(group.reason),
    ]
    listed = _listed(group, links)
    lines += _figures_table(path, listed, group, links)
    lines += ["", "## Version map", ""]
    lines += render_version_map(_map_columns(listed, group, links), reference, links.articles, config)
    lines += ["", _reference_html(reference), ""]
    lines += paragraph(
        Html(
            "Each version below is shown against the reference: "
            '<del class="nc-removed">struck-out words</del> are in the reference only, '
            '<ins class="nc-added">underlined words</ins> in this version only; '
            "unchanged paragraphs are greyed, a paragraph out of the reference's order is marked <em>moved</em>, "
            "a reference paragraph the version left out is marked <em>cut</em>."
        )
    )
    for number, member in listed:
        if member.edits is None:
            continue
        article = links.articles[member.id]
        lines += [f"## {md_text(_heading(number, article))} {{#{version_anchor(number)}}}", ""]
        outlet = outlet_name(member, article)
        about = [anchor(url_link(path, article_path(article.id)), outlet or "article page")]
        date = member.date or article.published
        if date:
            about.append(html(date[:10]))
        about.append(html(f"{article.word_count:,} words, similarity {member.similarity:.0%}"))
        lines += paragraph(Html(" · ".join(about)))
        lines += bullets(edit_summary(member))
        lines += [diff_html(member.edits, version_anchor(number)), ""]
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _listed(group: VariantGroup, links: SiteLinks) -> list[tuple[int, Member]]:
    """Return the versions in the order the page lists them, with their numbers: the map follows it."""
    return list(enumerate(ordered_members(group, links), start=1))


def _heading(number: int, article: Article) -> str:
    """Return how the page names a version: its number and headline."""
    return f"{number}. {article.title}"


def version_anchor(number: int) -> str:
    """Return the id of a version's section on its story page."""
    return f"nc-v{number}"


def _map_columns(listed: Sequence[tuple[int, Member]], group: VariantGroup, links: SiteLinks) -> list[MapColumn]:
    """Return the version map's columns: every version as the page lists and names it."""
    columns = []
    for number, member in listed:
        label = _heading(number, links.articles[member.id])
        if member.id == group.canonical:
            columns.append(MapColumn(number, f"{label} (reference)", REFERENCE_ID, member))
        else:
            columns.append(MapColumn(number, label, version_anchor(number), member))
    return columns


def _figures_table(path: str, listed: Sequence[tuple[int, Member]], group: VariantGroup, links: SiteLinks) -> list[str]:
    """Return the compact table of each version's figures against the reference, in reading order."""
    outlets = {m.id: outlet_name(m, links.articles[m.id]) for _, m in listed}
    shown = any(outlets.values())
    head = ("Version", *(("Outlet",) if shown else ()), "Words", "In ref.", "Of ref.", "Similar")
    rows = []
    numbers = {m.id: n for n, m in listed}
    for number, member in listed:
        article = links.articles[member.id]
        headline = anchor(url_link(path, article_path(article.id)), clip(article.title, _TITLE_CHARS))
        name = concat(f"{number}. ", headline)
        if member.id == group.canonical:
            name = concat(strong(name), " (reference)")
        elif member.via in numbers:
            through = numbers[member.via]
            name = concat(name, " (through ", anchor(f"#{version_anchor(through)}", str(through)), ")")
        outlet = (outlets[member.id] or "unknown",) if shown else ()
        figures = (f"{member.containment:.0%}", f"{member.coverage:.0%}", f"{member.similarity:.0%}")
        rows.append((name, *outlet, f"{article.word_count:,}", *figures))
    lines = table(head, rows, right=range(len(head) - 4, len(head)))
    lines += paragraph(
        Html(
            "Versions in order of publication (undated ones after, the most of the reference first). "
            "<em>In ref.</em>: share of the version's words found in the reference; <em>of ref.</em>: share of the "
            "reference the version carries; <em>similar</em>: words shared over the words of both."
            + (
                " <em>Through</em> a version: found a version of that one rather than of the reference (the far "
                "end of a story updated through the day, an alert the story grew from)."
                if any(m.via in numbers for _, m in listed)
                else ""
            )
        )
    )
    return lines


def _reference_html(article: Article) -> str:
    """Return the reference version's text as a collapsed raw HTML block, every word escaped."""
    # Each block carries its number (shown by CSS), the one the diffs' "moved from paragraph N"
    # and "part of paragraph N" marks refer to.
    paragraphs = [
        f'<h4 id="{reference_id(n - 1)}" data-n="{n}">{html_text(b.text)}</h4>'
        if b.kind == "subheading"
        else f'<p id="{reference_id(n - 1)}" data-n="{n}">{html_text(b.text)}</p>'
        for n, b in enumerate(article.blocks, start=1)
    ]
    summary = f"Reference text: {html_text(article.title)} ({article.word_count:,} words)"
    opening = f'<details class="nc-reference" id="{REFERENCE_ID}">'
    return "\n".join([opening, f"<summary>{summary}</summary>", *paragraphs, "</details>"])


def diff_html(edits: VersionEdits, anchor: str = "") -> str:
    """Return a version's diff as one raw HTML block; every word of article text is escaped.

    With an anchor, each paragraph gets the id the version map links to.
    """
    out = ['<div class="nc-diff">']
    for k, edit in enumerate(edits.paragraphs):
        out.append(_paragraph_html(edit, paragraph_id(anchor, k) if anchor else ""))
    out.append("</div>")
    return "\n".join(out)


def _paragraph_html(paragraph: ParagraphEdit, anchor: str = "") -> str:
    """Return one aligned paragraph as HTML: its word diff, with a mark when moved or cut."""
    parts = []
    spans = paragraph.spans
    for i, span in enumerate(spans):
        text = html_text(span.text)
        if span.kind == "same":
            parts.append(text)
        elif span.kind == "removed":
            parts.append(f'<del class="nc-removed">{text}</del>')
        else:
            substitution = i > 0 and spans[i - 1].kind == "removed"
            css = "nc-added nc-substituted" if substitution else "nc-added"
            parts.append(f'<ins class="{css}">{text}</ins>')
    label = ""
    if paragraph.status == "moved" and paragraph.reference_index is not None:
        label = f'<span class="nc-mark">moved from paragraph {paragraph.reference_index + 1}</span> '
    elif paragraph.status == "cut":
        label = '<span class="nc-mark">cut</span> '
    elif paragraph.status == "added":
        label = '<span class="nc-mark">added</span> '
    if paragraph.merged and paragraph.reference_index is not None:
        joined = " and ".join(str(i + 1) for i in (paragraph.reference_index, *paragraph.merged))
        label += f'<span class="nc-mark">merges paragraphs {joined}</span> '
    elif paragraph.split and paragraph.reference_index is not None:
        label += f'<span class="nc-mark">part of paragraph {paragraph.reference_index + 1}</span> '
    css = f"nc-{paragraph.status}" + (" nc-subheading" if paragraph.subheading else "")
    ident = f' id="{anchor}"' if anchor else ""
    return f'<p{ident} class="{css}">{label}{" ".join(parts)}</p>'


def group_record(group: VariantGroup) -> dict[str, object]:
    """Return a variant group's entry in data/variants.json."""
    return {
        "id": group.id,
        "canonical": group.canonical,
        "url": f"{SYNDICATION_DIR}/{group.id}/",
        "reference": {"id": group.canonical, "reason": group.reason},
        "members": [_member_record(m) for m in group.members],
    }


def _member_record(member: Member) -> dict[str, object]:
    """Return a member's figures and, for versions, their classified edits."""
    record: dict[str, object] = {
        "id": member.id,
        "containment": member.containment,
        "coverage": member.coverage,
        "similarity": member.similarity,
        "outlet": member.outlet,
        "date": member.date,
        "credit": member.credit,
        "via": member.via,
    }
    edits = member.edits
    if edits is not None:
        record["paragraphs"] = {s: edits.count(s) for s in STATUS_NAMES}
        record["moved"] = [
            {"from": p.reference_index, "to": p.version_index} for p in edits.paragraphs if p.status == "moved"
        ]
        record["changes"] = [
            {"kind": c.kind, "old": c.old, "new": c.new, "paragraph": c.paragraph} for c in edits.changes
        ]
        record["quotes"] = [{"status": q.status, "reference": q.reference, "version": q.version} for q in edits.quotes]
        record["headline"] = list(edits.headline) if edits.headline else None
        record["dateline"] = list(edits.dateline) if edits.dateline else None
        record["subheadings"] = [{"reference": old, "version": new} for old, new in edits.subheadings]
        record["split"] = sorted(
            {p.reference_index for p in edits.paragraphs if p.split and p.reference_index is not None}
        )
        record["merged"] = [
            {"from": [p.reference_index, *p.merged], "to": p.version_index} for p in edits.paragraphs if p.merged
        ]
    return record


def ordered_members(group: VariantGroup, links: SiteLinks) -> list[Member]:
    """Return a group's versions as a reader follows them: by date, else by how much of the reference each holds."""

    def key(member: Member) -> tuple[bool, str, float, str]:
        date = member.date or links.articles[member.id].published
        return (date is None, date or "", -member.coverage, member.id)

    return sorted(group.members, key=key)


def story_title(group: VariantGroup, links: SiteLinks) -> str:
    """Return the headline a story goes by: its reference's, unless that one was taken from the text
    (a page saved without its headline), then the first headline a version gives, in the page's order."""
    reference = links.articles[group.canonical]
    if not reference.title_derived:
        return reference.title
    for member in ordered_members(group, links):
        article = links.articles[member.id]
        if not article.title_derived:
            return article.title
    return reference.title


def outlet_name(member: Member, article: Article) -> str | None:
    """Return who published a version: its outlet (the site of its address when none is given), else None."""
    return member.outlet or article.outlet
