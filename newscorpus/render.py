"""Render every page and data file of the site as strings in memory."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable, Sequence

from .config import Config
from .errors import Problem
from .markup import front_matter, html_text, md_text
from .match import DiffSpan, diff_words
from .model import Article, Member, Page, SiteLinks, VariantGroup

ARTICLES_DIR = "articles"
SYNDICATION_DIR = "syndication"
DATA_DIR = "data"


def render_site(links: SiteLinks, problems: Sequence[Problem], config: Config) -> tuple[Page, ...]:
    """Return every generated page and data file, sorted by path."""
    articles = sorted(links.articles.values(), key=lambda a: a.id)
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    pages = [
        render_home(articles, groups, problems, config),
        *render_article_index(articles, config),
        *(render_article(article, links) for article in articles),
        render_syndication_index(groups, links),
        *(render_group(group, links) for group in groups),
        render_report(problems),
        Page(f"{DATA_DIR}/articles.json", _json([article_record(a, links) for a in articles])),
        Page(f"{DATA_DIR}/variants.json", _json([group_record(g) for g in groups])),
        Page(f"{DATA_DIR}/problems.json", _json([problem_record(p) for p in problems])),
    ]
    return tuple(sorted(pages, key=lambda p: p.path))


def article_path(article_id: str) -> str:
    """Return the docs-relative path of an article's page."""
    return f"{ARTICLES_DIR}/{article_id}.md"


def group_path(group_id: str) -> str:
    """Return the docs-relative path of a variant group's page."""
    return f"{SYNDICATION_DIR}/{group_id}.md"


def link(from_page: str, to_page: str) -> str:
    """Return a relative link between two docs-relative Markdown paths."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def render_home(
    articles: Sequence[Article], groups: Sequence[VariantGroup], problems: Sequence[Problem], config: Config
) -> Page:
    """Return the home page: what the corpus holds and where to go from here."""
    path = "index.md"
    grouped = sum(len(g.members) for g in groups)
    words = sum(a.word_count for a in articles)
    lines = [
        front_matter(title=config.site_name),
        f"# {md_text(config.site_name)}",
        "",
        "| In this corpus | |",
        "|---|---:|",
        f"| Articles | {len(articles):,} |",
        f"| Words | {words:,} |",
        f"| Stories published in several versions | {len(groups):,} |",
        f"| Articles that are one of several versions | {grouped:,} |",
        f"| Files skipped or flagged | {len(problems):,} |",
        "",
        f"- [Syndication: which articles are versions of one story]({link(path, f'{SYNDICATION_DIR}/index.md')})",
        f"- [Every article]({link(path, f'{ARTICLES_DIR}/index.md')})",
        f"- [Build report: files skipped or flagged]({link(path, 'report.md')})",
        "",
        "## Articles",
        "",
    ]
    shown = articles[: config.home_article_limit]
    lines += [_article_item(path, a) for a in shown]
    if len(articles) > len(shown):
        lines += ["", f"[All {len(articles):,} articles]({link(path, f'{ARTICLES_DIR}/index.md')})"]
    return Page(path, "\n".join(lines) + "\n")


def _article_item(from_page: str, article: Article) -> str:
    """Return a list item linking to an article, with its dateline and length."""
    details = [article.dateline] if article.dateline else []
    details.append(f"{article.word_count:,} words")
    return f"- [{md_text(article.title)}]({link(from_page, article_path(article.id))}) — {md_text(' · '.join(details))}"


def render_article_index(articles: Sequence[Article], config: Config) -> list[Page]:
    """Return the article index, split into pages of config.index_page_size articles."""
    size = max(1, config.index_page_size)
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]
    paths = [f"{ARTICLES_DIR}/index.md"] + [f"{ARTICLES_DIR}/page-{n}.md" for n in range(2, len(chunks) + 1)]
    pages = []
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
        title = "Articles" if number == 1 else f"Articles, page {number}"
        lines = [front_matter(title=title), f"# {title}", ""]
        lines.append(f"{len(articles):,} articles, by file name.")
        lines.append("")
        lines += [_article_item(path, a) for a in chunk]
        if len(paths) > 1:
            nav = [f"[{n}]({link(path, p)})" if p != path else f"**{n}**" for n, p in enumerate(paths, start=1)]
            lines += ["", "Pages: " + " · ".join(nav)]
        pages.append(Page(path, "\n".join(lines) + "\n"))
    return pages


def render_article(article: Article, links: SiteLinks) -> Page:
    """Return an article's page: headline, metadata panel, body and its other versions."""
    path = article_path(article.id)
    lines = [front_matter(title=article.title), f"# {md_text(article.title)}", ""]
    lines += _metadata_panel(article)
    for block in article.blocks:
        if block.kind == "subheading":
            lines += [f"## {md_text(block.text)}", ""]
        else:
            lines += [md_text(block.text), ""]
    lines += ["## Versions of this story", ""]
    group_id = links.group_of.get(article.id)
    if group_id is None:
        lines.append("No other version of this story was found in the corpus.")
    else:
        lines += _versions(path, article, links.groups[group_id], links)
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _metadata_panel(article: Article) -> list[str]:
    """Return the admonition listing an article's metadata."""
    rows = [
        ("Dateline", article.dateline or "none"),
        ("Headline", "derived from the lede" if article.title_derived else "given in the file"),
        ("Words", f"{article.word_count:,}"),
        ("Reading time", f"{article.reading_minutes} min"),
        ("Source file", article.source),
    ]
    lines = ['!!! abstract "About this article"', "", "    | | |", "    |---|---|"]
    lines += [f"    | {label} | {md_text(value)} |" for label, value in rows]
    return [*lines, ""]


def _versions(path: str, article: Article, group: VariantGroup, links: SiteLinks) -> list[str]:
    """Return the list of an article's other versions, with their figures against the reference."""
    count = len(group.members)
    lines = [
        f"This article is one of {count} versions of one story. "
        f"[Compare them word by word]({link(path, group_path(group.id))}).",
        "",
    ]
    for member in group.members:
        other = links.articles[member.id]
        role = "reference version" if member.id == group.canonical else _figures(member)
        if member.id == article.id:
            lines.append(f"- **This version** — {role}")
        else:
            lines.append(f"- [{md_text(other.title)}]({link(path, article_path(other.id))}) — {role}")
    return lines


def _figures(member: Member) -> str:
    """Return a member's figures against the reference, in words."""
    return (
        f"{member.containment:.0%} of its text is in the reference, "
        f"it carries {member.coverage:.0%} of the reference, similarity {member.similarity:.0%}"
    )


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


def render_report(problems: Sequence[Problem]) -> Page:
    """Return the build report: every input file that was skipped or flagged, and why."""
    lines = [front_matter(title="Build report"), "# Build report", ""]
    if not problems:
        lines.append("Every file in the corpus was published.")
    else:
        lines += [
            f"{len(problems):,} files were skipped or flagged. The rest of the corpus was published.",
            "",
            "| File | Problem | What to try | Published |",
            "|---|---|---|---|",
        ]
        for p in problems:
            lines.append(
                f"| {md_text(p.path)} | {md_text(p.message)} | {md_text(p.hint)} | {'no' if p.skipped else 'yes'} |"
            )
    return Page("report.md", "\n".join(lines) + "\n")


def article_record(article: Article, links: SiteLinks) -> dict[str, object]:
    """Return an article's entry in data/articles.json."""
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "title_derived": article.title_derived,
        "url": article.url,
        "dateline": article.dateline,
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "variant_group": links.group_of.get(article.id),
        "subheadings": [b.text for b in article.blocks if b.kind == "subheading"],
    }


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


def problem_record(problem: Problem) -> dict[str, object]:
    """Return a problem's entry in data/problems.json."""
    return {"path": problem.path, "message": problem.message, "hint": problem.hint, "skipped": problem.skipped}


def _json(value: object) -> str:
    """Return value as stable, readable JSON text."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
