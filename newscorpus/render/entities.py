"""Entity hubs (a page per person, organisation and place) and the index of each kind."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..link import linkable
from ..markup import front_matter, md_text
from ..model import Article, Entity, EntityHub, HubForm, Page, SiteLinks
from .common import (
    HUB_DIRS,
    HUB_TITLES,
    article_path,
    chunks,
    hub_path,
    link,
    numbered_paths,
    pager,
)


def hub_link(from_page: str, links: SiteLinks, kind: str, name: str) -> str:
    """Return an entity's name linked to its hub, or the name in bold when it has none."""
    key = links.hub_of.get((kind, name))
    if key is None:
        return f"**{md_text(name)}**"
    return f"[**{md_text(name)}**]({link(from_page, hub_path(key))})"


def render_hubs(links: SiteLinks, config: Config) -> list[Page]:
    """Return every entity hub's pages."""
    return [page for key in sorted(links.hubs) for page in hub_pages_of(links.hubs[key], links, config)]


def hub_pages_of(hub: EntityHub, links: SiteLinks, config: Config) -> list[Page]:
    """Return one hub's pages: the first with aliases, co-mentions and quotations, all listing articles."""
    parts = chunks(hub.mentions, config.hub_page_size)
    paths = [hub_path(hub.key, n) for n in range(1, len(parts) + 1)]
    pages = []
    for number, (path, part) in enumerate(zip(paths, parts, strict=True), start=1):
        title = hub.name if number == 1 else f"{hub.name}, page {number}"
        lines = [front_matter(title=title), f"# {md_text(title)}", ""]
        articles = len(hub.mentions)
        lines += [
            f"{_KIND_WORDS[hub.kind]} named {hub.total:,} times in {articles:,} article{'s' if articles != 1 else ''}. "
            f"[All {HUB_TITLES[hub.kind].lower()}]({link(path, f'{HUB_DIRS[hub.kind]}/index.md')}).",
            "",
        ]
        if number == 1:
            lines += _about(path, hub, links)
        lines += ["## Articles", ""]
        for mention in part:
            article = links.articles[mention.article]
            when = f" — {md_text(article.published[:10])}" if article.published else ""
            lines.append(f"- [{md_text(article.title)}]({link(path, article_path(article.id))}){when}")
            if mention.sentence:
                lines += ["", f"    > {md_text(mention.sentence)}", ""]
        lines += pager(path, paths)
        pages.append(Page(path, "\n".join(lines).rstrip("\n") + "\n"))
    return pages


_KIND_WORDS = {"person": "A person", "organization": "An organisation", "place": "A place"}
_KIND_NOUNS = {"person": "person", "organization": "organisation", "place": "place"}


def _about(path: str, hub: EntityHub, links: SiteLinks) -> list[str]:
    """Return a hub's aliases, co-mentioned entities and quotations."""
    lines = ["## Also written", ""]
    lines += _forms(hub) if hub.aliases else ["No other form of the name."]
    lines += ["", "## Named with", ""]
    if hub.co_mentions:
        for key, count in hub.co_mentions:
            other = links.hubs[key]
            lines.append(
                f"- [{md_text(other.name)}]({link(path, hub_path(key))}) — {_KIND_NOUNS[other.kind]}, "
                f"{count:,} article{'s' if count != 1 else ''}"
            )
    else:
        lines.append("No other entity is named in the same articles.")
    if hub.quotes:
        lines += ["", "## Quotations", ""]
        for quote in hub.quotes:
            article = links.articles[quote.article]
            cue = f" ({md_text(quote.cue)})" if quote.cue else ""
            lines.append(
                f"- “{md_text(quote.text)}”{cue} — [{md_text(article.title)}]({link(path, article_path(article.id))})"
            )
    return [*lines, ""]


def _forms(hub: EntityHub) -> list[str]:
    """Return every form of the hub's name with the articles writing it and why it was merged."""
    forms = hub.forms or tuple(HubForm(a, 0, "") for a in hub.aliases)
    lines = []
    for form in forms:
        count = f", {form.articles:,} article{'s' if form.articles != 1 else ''}" if form.articles else ""
        why = md_text(form.reason) if form.reason else ("the name itself" if form.text == hub.name else "")
        lines.append(f"- “{md_text(form.text)}”{count}{f' — {why}' if why else ''}")
    return lines


def render_hub_indexes(links: SiteLinks, config: Config) -> list[Page]:
    """Return the index of each kind of hub: most-named first, with counts, in pages."""
    pages = []
    for kind, folder in HUB_DIRS.items():
        hubs = sorted(
            (h for h in links.hubs.values() if h.kind == kind), key=lambda h: (-len(h.mentions), h.name, h.slug)
        )
        parts = chunks(hubs, config.entity_index_page_size)
        paths = numbered_paths(f"{folder}/index.md", len(parts))
        for number, (path, part) in enumerate(zip(paths, parts, strict=True), start=1):
            title = HUB_TITLES[kind] if number == 1 else f"{HUB_TITLES[kind]}, page {number}"
            lines = [front_matter(title=title), f"# {title}", ""]
            lines += [f"{len(hubs):,} {HUB_TITLES[kind].lower()} named in the corpus, most-named first.", ""]
            if part:
                lines += ["| Name | Articles | Mentions |", "|---|---:|---:|"]
                lines += [
                    f"| [{md_text(h.name)}]({link(path, hub_path(h.key))}) | {len(h.mentions):,} | {h.total:,} |"
                    for h in part
                ]
            lines += pager(path, paths)
            pages.append(Page(path, "\n".join(lines) + "\n"))
    return pages


def top_hubs(links: SiteLinks, kind: str, limit: int) -> Sequence[EntityHub]:
    """Return the hubs of a kind named by most articles."""
    hubs = [h for h in links.hubs.values() if h.kind == kind]
    return sorted(hubs, key=lambda h: (-len(h.mentions), -h.total, h.name))[:limit]


def hub_record(hub: EntityHub) -> dict[str, object]:
    """Return a hub's entry in data/entities.json."""
    return {
        "kind": hub.kind,
        "name": hub.name,
        "aliases": list(hub.aliases),
        "forms": [{"form": f.text, "articles": f.articles, "why": f.reason} for f in hub.forms],
        "url": hub_path(hub.key).removesuffix(".md") + "/",
        "mentions": hub.total,
        "articles": [m.article for m in hub.mentions],
        "co_mentions": [{"entity": key, "articles": n} for key, n in hub.co_mentions],
        "quotes": [{"article": q.article, "text": q.text, "cue": q.cue} for q in hub.quotes],
    }


def unlinked_records(articles: Sequence[Article], links: SiteLinks) -> list[dict[str, object]]:
    """Return an entry in data/entities.json for each entity named too rarely for a hub (url null)."""
    named: dict[tuple[str, str], list[tuple[Article, Entity]]] = {}
    for article in articles:
        for entity in linkable(article):
            if (entity.kind, entity.name) not in links.hub_of:
                named.setdefault((entity.kind, entity.name), []).append((article, entity))
    return [
        {
            "kind": kind,
            "name": name,
            "aliases": sorted({alias for _, e in seen for alias in e.aliases}),
            "forms": [],
            "url": None,
            "mentions": sum(e.mentions for _, e in seen),
            "articles": [a.id for a, _ in seen],
            "co_mentions": [],
            "quotes": [],
        }
        for (kind, name), seen in sorted(named.items())
    ]
