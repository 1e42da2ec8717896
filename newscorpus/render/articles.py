"""Article pages, the article index, and each article's record in data/articles.json."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict
from functools import partial
from itertools import groupby
from operator import attrgetter

from ..config import Config
from ..markup import front_matter, given_outlet, html_text, md_text, safe_url, site_of
from ..model import Article, DateMention, Entity, Figure, Member, Page, Quote, SiteLinks, VariantGroup
from .blocks import Html, admonition, anchor, bullets, concat, fields, pager, paragraph, strong
from .common import ARTICLES_DIR, article_path, counted, group_path, hub_path, link, url_link
from .edit_summary import edit_summary
from .feeds import json_ld
from .memo import PageMemo, kept_list


def article_item(from_page: str, article: Article) -> Html:
    """Return a list item's content linking to an article, with its dateline and length (for blocks.bullets)."""
    details = [article.dateline] if article.dateline else []
    details.append(f"{article.word_count:,} words")
    return concat(anchor(url_link(from_page, article_path(article.id)), article.title), " — ", " · ".join(details))


def render_article_index(articles: Sequence[Article], config: Config, memo: PageMemo | None = None) -> list[Page]:
    """Return the article index, split into pages of config.index_page_size articles.

    With a memo, a page listing the same articles as in the last build, each unchanged, is kept.
    """
    size = max(1, config.index_page_size)
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]
    paths = [f"{ARTICLES_DIR}/index.md"] + [f"{ARTICLES_DIR}/page-{n}.md" for n in range(2, len(chunks) + 1)]

    def index_page(path: str, number: int, chunk: Sequence[Article]) -> Page:
        title = "Articles" if number == 1 else f"Articles, page {number}"
        lines = [front_matter(title=title), f"# {title}", ""]
        lines += paragraph(f"{counted(len(articles), 'article')}, by file name.")
        lines += bullets(article_item(path, a) for a in chunk)
        lines += pager(path, paths)
        return Page(path, "\n".join(lines).rstrip("\n") + "\n")

    return [
        kept_list(memo, path, (number, len(articles), tuple(paths)), chunk, partial(index_page, path, number))
        for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1)
    ]


def render_article(article: Article, links: SiteLinks, config: Config | None = None) -> Page:
    """Return an article's page: headline, metadata panel, body, entities, related articles, versions.

    Headings and the story's paragraphs are Markdown; the panel, lists and tables are raw HTML
    blocks (blocks.py), which Python-Markdown passes through without reading them item by item.
    """
    config = config or Config()
    path = article_path(article.id)
    tags = [t for t in (article.outlet, article.agency) if t]
    head = front_matter(title=article.title, **({"tags": tags} if tags else {}))
    lines = [head, f"# {md_text(article.title)}", ""]
    lines += _metadata_panel(article)
    for block in article.blocks:
        if block.kind == "subheading":
            lines += [f"## {md_text(block.text)}", ""]
        else:
            lines += [md_text(block.text), ""]
    lines += _captions(article)
    lines += _left_out(article)
    lines += _facts(article, path, links)
    lines += _related(path, article, links)
    lines += ["## Versions of this story", ""]
    group_id = links.group_of.get(article.id)
    if group_id is None:
        lines += ["No other version of this story was found in the corpus.", ""]
    else:
        lines += _versions(path, article, links.groups[group_id], links)
    lines.append(json_ld(article, links))
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _captions(article: Article) -> list[str]:
    """Return the photo captions and credits the page printed with the story, apart from its text."""
    if not article.captions:
        return []
    return ["## Captions", "", *bullets(article.captions)]


# What each label of a block left out of the story is called on the page.
LEFT_OUT = {
    "headline": "headline",
    "byline": "byline or credit",
    "supplemental": "caption",
    "related": "related link",
    "comments": "reader comment",
    "furniture": "page furniture",
}


def _left_out(article: Article) -> list[str]:
    """Return the blocks of the page that are not the story, collapsed, each with what it was read as.

    Nothing is hidden: a reader who doubts the story's bounds sees every other block of the page
    here, in page order, as text (a raw HTML block, every character escaped).
    """
    left = [b for b in article.page if b.label not in ("story", "headline")]
    if not left:
        return []
    items = [f'<li><span class="nc-label">{html_text(LEFT_OUT[b.label])}</span> {html_text(b.text)}' for b in left]
    plural = "" if len(left) == 1 else "s"
    summary = f"Left out of the story: {len(left):,} block{plural} of the page"
    opening = '<details class="nc-left-out">'
    return [opening, f"<summary>{summary}</summary>", "<ol>", *items, "</ol>", "</details>", ""]


def _related(path: str, article: Article, links: SiteLinks) -> list[str]:
    """Return the "Related articles" section: what the article shares with the best-scoring others."""
    lines = ["## Related articles", ""]
    related = links.related.get(article.id, ())
    if not related:
        return [*lines, "No related article found in the corpus.", ""]
    items = []
    for item in related:
        other = links.articles[item.id]
        why = ", ".join(item.reasons[:6]) + (", …" if len(item.reasons) > 6 else "")
        items.append(concat(anchor(url_link(path, article_path(other.id)), other.title), " — ", why))
    return [*lines, *bullets(items)]


def _metadata_panel(article: Article) -> list[str]:
    """Return the admonition listing an article's metadata (Material's, written as HTML)."""
    rows = [
        ("Dateline", article.dateline or "none"),
        ("Agency", _agencies(article) or "none credited"),
        ("Byline", ", ".join(article.authors) or "none"),
        ("Outlet", _outlet(article)),
        ("Published", _published(article)),
        ("Language", article.language or "unknown"),
        ("Headline", "derived from the lede" if article.title_derived else "given in the file"),
        ("Words", f"{article.word_count:,}"),
        ("Reading time", f"{article.reading_minutes} min"),
        ("Source file", article.source),
    ]
    meta = article.meta
    if meta.tags:
        rows.append(("Tags", ", ".join(meta.tags)))
    cells: list[tuple[str, str]] = list(rows)
    if meta.url:
        # Only an http(s) address becomes a link; anything else is shown as text.
        safe = safe_url(meta.url)
        cells.append(("Original", meta.url if safe is None else anchor(safe, safe, rel=_OUTSIDE)))
    return admonition("abstract", "About this article", fields(cells))


# A link to an article's original address: not endorsed, and given no referrer or opener.
_OUTSIDE = "nofollow noopener noreferrer"


def _published(article: Article) -> str:
    """Return the publication date, and where the text gave it ("2008-01-05T06:52, page stamp “…”")."""
    if not article.published:
        return "not given"
    where = {"page": "the page's stamp", "dateline": "the dateline"}.get(article.published_from or "")
    if where is None:
        return article.published  # the input's metadata said so
    return f"{article.published}, from {where} “{article.published_evidence or ''}”"


def _outlet(article: Article) -> str:
    """Return the outlet, and where it comes from when the input did not give it so: the spelling of its name
    other articles give, the name other articles of its site or its address's name are given, or its address."""
    if not article.outlet:
        return "not given"
    meta = article.meta
    if article.outlet != meta.site_outlet:
        return article.outlet if given_outlet(meta.outlet) else f"{article.outlet}, the site of its address"
    if meta.site_outlet_by == "spelling":
        return f"{article.outlet}, as other articles spell the name it gives (“{given_outlet(meta.outlet)}”)"
    if meta.site_outlet_by == "address":
        return f"{article.outlet}, a name other articles give, in its address ({site_of(meta.url)})"
    if meta.site_outlet_by == "domain":
        return f"{article.outlet}, the site its address is part of ({site_of(meta.url)})"
    return f"{article.outlet}, as other articles of {site_of(meta.url)} name it"


def _agencies(article: Article) -> str:
    """Return the agencies credited, each with the words that credit it: the wires one line credits together
    ("Reuters, AP, AFP (sign-off: “Reuters - AP - AFP”)")."""
    named: dict[tuple[str, str], list[str]] = {}
    for credit in article.agencies:
        named.setdefault((credit.how, credit.evidence), []).append(credit.name)
    return "; ".join(f"{', '.join(names)} ({_HOW[how]}: “{evidence}”)" for (how, evidence), names in named.items())


# How each kind of agency evidence reads on the page.
_HOW = {
    "metadata": "metadata",
    "dateline": "dateline",
    "byline": "byline",
    "signoff": "sign-off",
    "body": "in the text",
}
_KIND_TITLES = (("people", "People"), ("organizations", "Organisations"), ("places", "Places"))


def _facts(article: Article, path: str, links: SiteLinks) -> list[str]:
    """Return the sections listing what was extracted: entities, quotations, figures and dates.

    A kind of which the article has nothing gets no section of its own (a heading, and its line in the
    contents beside the page, to say "none"): one line under the section's heading names them all.
    """
    sections: list[tuple[str, list[str]]] = []
    for attr, title in _KIND_TITLES:
        entities: tuple[Entity, ...] = getattr(article, attr)
        items = [_entity_item(path, links, e) for e in entities]
        sections.append((title, bullets(items, css_class=NAMES_CLASS)))
    sections.append(("Quotations", bullets(map(_quote_item, article.quotes))))
    sections.append(("Key figures", bullets(_figure_items(article.figures))))
    sections.append(("Dates", bullets(map(_date_item, article.dates))))
    lines = ["## In this article", ""]
    empty = [title.lower() for title, block in sections if not block]
    if empty:
        kinds = empty[0] if len(empty) == 1 else ", ".join(empty[:-1]) + " or " + empty[-1]
        lines += [f"No {kinds} found.", ""]
    for title, block in sections:
        if block:
            lines += [f"### {title}", "", *block]
    return lines


# The class of an article's lists of people, organisations and places: the stylesheet sets each
# linked name in bold (stylesheets/extra.css), one element fewer an item than <a><strong>.
NAMES_CLASS = "nc-names"


def _entity_item(path: str, links: SiteLinks, entity: Entity) -> Html:
    """Return an entity's name, linked to its hub when it has one, with the other forms written.

    A name with no hub is in bold; a linked one is set in bold by the list's class (NAMES_CLASS).
    """
    key = links.hub_of.get((entity.kind, entity.name))
    name = strong(entity.name) if key is None else anchor(url_link(path, hub_path(key)), entity.name)
    if not entity.aliases:
        return name
    return concat(name, " — also written ", ", ".join(f"“{a}”" for a in entity.aliases))


def _quote_item(quote: Quote) -> str:
    """Return a quotation and who said it."""
    speaker = quote.speaker or "speaker not named"
    cue = f" ({quote.cue})" if quote.cue else ""
    return f"“{quote.text}” — {speaker}{cue}"


def _figure_items(figures: Sequence[Figure]) -> list[str]:
    """Return the key figures as list items, one for the figures of each sentence, the sentence last.

    A list, not a table of figure, value, what it counts and sentence: a row took five tags and its
    sentence again for each figure in it, the most tags of an article page for MkDocs to parse twice.
    """
    return [
        "; ".join(map(_figure_words, group)) + " — " + sentence
        for sentence, group in groupby(figures, key=attrgetter("sentence"))
    ]


def _figure_words(figure: Figure) -> str:
    """Return a figure as written, its value if normalising changed the number, what it counts:
    "5 mln = 5,000,000 (sales)", "7/8 pct = 0.875 pct"; "600 tons" and "16 cts" as written, their units named
    in other words only."""
    written = _WRITTEN_NUMBER.search(figure.text)
    same = written is not None and float(written.group().replace(",", "")) == figure.value
    shown = figure.text if same else f"{figure.text} = {_number(figure.value, figure.unit)}"
    return f"{shown} ({figure.counts})" if figure.counts else shown


# The number a figure is written with, when it is one of digits alone: "1,200" of "1,200 tons", not "87-3/4".
_WRITTEN_NUMBER = re.compile(r"(?<![\d/-])\d[\d,]*(?:\.\d+)?(?![\d/-])")


def _date_item(date: DateMention) -> str:
    """Return a date as written, its calendar date and its precision: "on Monday: 2024-12-02 (day, relative)"."""
    precision = date.granularity + (", relative" if date.relative else "")
    return f"{date.text}: {date.date or 'unresolved'} ({precision})"


def _number(value: float, unit: str | None) -> str:
    """Return a normalised figure for display: 115000, 5930000 dlrs, 50 pct."""
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"{shown} {unit}" if unit else shown


def _versions(path: str, article: Article, group: VariantGroup, links: SiteLinks) -> list[str]:
    """Return the list of an article's other versions, with their figures against the reference."""
    count = len(group.members)
    lines = [
        f"This article is one of {count} versions of one story. "
        f"[Compare them word by word]({link(path, group_path(group.id))}).",
        "",
    ]
    items = []
    for member in group.members:
        other = links.articles[member.id]
        role = "reference version" if member.id == group.canonical else _figures(member)
        if member.id == article.id:
            items.append(concat(strong("This version"), " — ", role))
        else:
            items.append(concat(anchor(url_link(path, article_path(other.id)), other.title), " — ", role))
    lines += bullets(items)
    this = next(m for m in group.members if m.id == article.id)
    if this.edits is not None:
        lines += ["### What this version changed", "", "Against the reference version:", ""]
        lines += bullets(edit_summary(this))
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
        "related": [r.id for r in links.related.get(article.id, ())],
        "subheadings": [b.text for b in article.blocks if b.kind == "subheading"],
        "source_meta": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(article.meta).items()},
        "agency": article.agency,
        "agencies": [{"name": c.name, "how": c.how, "evidence": c.evidence} for c in article.agencies],
        "authors": list(article.authors),
        "outlet": article.outlet,
        "published": article.published,
        "published_from": article.published_from,
        "published_evidence": article.published_evidence,
        "captions": list(article.captions),
        "blocks": [b.label for b in article.page],
        "left_out": [{"label": b.label, "text": b.text} for b in article.page if b.label != "story"],
        "language": article.language,
        "people": [_entity_record(e) for e in article.people],
        "organizations": [_entity_record(e) for e in article.organizations],
        "places": [_entity_record(e) for e in article.places],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "speaker_kind": q.speaker_kind,
                "cue": q.cue,
                "paragraph": q.paragraph,
            }
            for q in article.quotes
        ],
        "figures": [
            {"text": f.text, "value": f.value, "unit": f.unit, "counts": f.counts, "sentence": f.sentence}
            for f in article.figures
        ],
        "dates": [
            {"text": d.text, "date": d.date, "granularity": d.granularity, "relative": d.relative}
            for d in article.dates
        ],
    }


def _entity_record(entity: Entity) -> dict[str, object]:
    return {"name": entity.name, "aliases": list(entity.aliases), "mentions": entity.mentions}
