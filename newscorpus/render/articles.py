"""Article pages, the article index, and each article's record in data/articles.json."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from ..config import Config
from ..markup import external_link, front_matter, md_text
from ..model import Article, Member, Page, SiteLinks, VariantGroup
from .common import ARTICLES_DIR, article_path, group_path, link
from .syndication import describe_edits


def article_item(from_page: str, article: Article) -> str:
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
        lines += [article_item(path, a) for a in chunk]
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
    meta = article.meta
    given = [("Outlet", meta.outlet), ("Published", meta.date), ("Byline", meta.byline), ("Agency", meta.agency)]
    rows[1:1] = [(label, value) for label, value in given if value]
    if meta.tags:
        rows.append(("Tags", ", ".join(meta.tags)))
    lines = ['!!! abstract "About this article"', "", "    | | |", "    |---|---|"]
    lines += [f"    | {label} | {md_text(value)} |" for label, value in rows]
    if meta.url:
        # Only an http(s) address becomes a link; anything else is shown as text.
        lines.append(f"    | Original | {external_link(meta.url)} |")
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
    this = next(m for m in group.members if m.id == article.id)
    if this.edits is not None:
        lines += ["", "### What this version changed", "", "Against the reference version:", ""]
        lines += [f"- {md_text(line)}" for line in describe_edits(this.edits)]
    return lines


def _figures(member: Member) -> str:
    """Return a member's figures against the reference, in words."""
    return (
        f"{member.containment:.0%} of its text is in the reference, "
        f"it carries {member.coverage:.0%} of the reference, similarity {member.similarity:.0%}"
    )


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
        "source_meta": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(article.meta).items()},
    }
