"""Syndication pages: every story found in several versions, and each version's word diff."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..markup import front_matter, html_text, md_text
from ..match import DiffSpan, diff_words
from ..model import Page, SiteLinks, VariantGroup
from .common import SYNDICATION_DIR, article_path, group_path, link


def render_syndication_index(groups: Sequence[VariantGroup], links: SiteLinks) -> Page:
    """Return the syndication page: every story found in several versions."""
    path = f"{SYNDICATION_DIR}/index.md"
    lines = [front_matter(title="Syndication"), "# Syndication", ""]
    if not groups:
        lines.append("No two articles in the corpus are versions of one story.")
    else:
        lines += [
            f"{len(groups):,} stories appear in more than one version. Each is compared with its "
            "reference version: the one closest to all the others.",
            "",
            "| Story | Versions | Lowest similarity |",
            "|---|---:|---:|",
        ]
        for group in groups:
            reference = links.articles[group.canonical]
            lowest = min(m.similarity for m in group.members)
            story = f"[{md_text(reference.title)}]({link(path, group_path(group.id))})"
            lines.append(f"| {story} | {len(group.members)} | {lowest:.0%} |")
    return Page(path, "\n".join(lines) + "\n")


def render_group(group: VariantGroup, links: SiteLinks) -> Page:
    """Return a variant group's page: its versions, their figures and a word diff of each."""
    path = group_path(group.id)
    reference = links.articles[group.canonical]
    lines = [
        front_matter(title=f"Versions: {reference.title}"),
        f"# Versions: {md_text(reference.title)}",
        "",
        "| Version | Source file | Words | In reference | Of reference | Similarity |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for member in group.members:
        article = links.articles[member.id]
        name = f"[{md_text(article.title)}]({link(path, article_path(article.id))})"
        if member.id == group.canonical:
            name += " (reference)"
        lines.append(
            f"| {name} | {md_text(article.source)} | {article.word_count:,} | "
            f"{member.containment:.0%} | {member.coverage:.0%} | {member.similarity:.0%} |"
        )
    lines += [
        "",
        "Each version below is shown against the reference: "
        '<del class="nc-removed">struck-out words</del> are in the reference only, '
        '<ins class="nc-added">underlined words</ins> in this version only.',
        "",
    ]
    for member in group.members:
        if member.id == group.canonical:
            continue
        article = links.articles[member.id]
        lines += [f"## {md_text(article.title)}", "", f"Source file: {md_text(article.source)}", ""]
        lines += [_diff_html(diff_words(reference, article)), ""]
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _diff_html(paragraphs: Iterable[Sequence[DiffSpan]]) -> str:
    """Return a word diff as one raw HTML block; every word of article text is escaped."""
    tags = {
        "same": ("", ""),
        "removed": ('<del class="nc-removed">', "</del>"),
        "added": ('<ins class="nc-added">', "</ins>"),
    }
    out = ['<div class="nc-diff">']
    for spans in paragraphs:
        parts = []
        for span in spans:
            start, end = tags[span.kind]
            parts.append(f"{start}{html_text(span.text)}{end}")
        out.append("<p>" + " ".join(parts) + "</p>")
    out.append("</div>")
    return "\n".join(out)


def group_record(group: VariantGroup) -> dict[str, object]:
    """Return a variant group's entry in data/variants.json."""
    return {
        "id": group.id,
        "canonical": group.canonical,
        "url": f"{SYNDICATION_DIR}/{group.id}/",
        "members": [
            {"id": m.id, "containment": m.containment, "coverage": m.coverage, "similarity": m.similarity}
            for m in group.members
        ],
    }
