"""Entity hubs (a page per person, organisation and place) and the index of each kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from ..config import Config
from ..link import linkable
from ..markup import front_matter, md_text
from ..model import Article, Entity, EntityHub, HubForm, Page, SiteLinks
from .blocks import Html, anchor, bullets, concat, pager, paragraph, quoted, table
from .common import HUB_DIRS, HUB_TITLES, article_path, chunks, counted, hub_path, numbered_paths, url_link
from .memo import PageMemo, kept_hub_list


def render_hubs(links: SiteLinks, config: Config) -> list[Page]:
    """Return every entity hub's pages."""
    return [page for key in sorted(links.hubs) for page in hub_pages_of(links.hubs[key], links, config)]


def hub_pages_of(hub: EntityHub, links: SiteLinks, config: Config) -> list[Page]:
    """Return one hub's pages: the first with aliases, co-mentions and quotations, all listing articles.

    Headings are Markdown (the table of contents is made from them); the rest is raw HTML (blocks.py).
    """
    return [hub_page_of(hub, links, config, number) for number in range(1, hub_page_count(hub, config) + 1)]


def hub_page_count(hub: EntityHub, config: Config) -> int:
    """Return how many pages list a hub's articles (one for none), as `common.chunks` splits them."""
    return len(chunks(range(len(hub.mentions)), config.hub_page_size))


def hub_page_of(hub: EntityHub, links: SiteLinks, config: Config, number: int) -> Page:
    """Return a hub's page of that number (see `hub_pages_of`): it reads only the articles it lists (and
    on the first page, those quoted), so an edit to an article re-renders the pages naming it."""
    size = max(1, config.hub_page_size)
    part = hub.mentions[(number - 1) * size : number * size]
    paths = [hub_path(hub.key, n) for n in range(1, hub_page_count(hub, config) + 1)]
    path = paths[number - 1]
    title = hub.name if number == 1 else f"{hub.name}, page {number}"
    lines = [front_matter(title=title), f"# {md_text(title)}", ""]
    articles = len(hub.mentions)
    named = f"{_KIND_WORDS[hub.kind]} named {hub.total:,} times in {counted(articles, 'article')}. "
    index = anchor(url_link(path, f"{HUB_DIRS[hub.kind]}/index.md"), f"All {HUB_TITLES[hub.kind].lower()}")
    lines += paragraph(concat(named, index, "."))
    if number == 1:
        lines += _about(path, hub, links)
    lines += ["## Articles", ""]
    items = []
    for mention in part:
        article = links.articles[mention.article]
        when = f" — {article.published[:10]}" if article.published else ""
        item = concat(anchor(url_link(path, article_path(article.id)), article.title), when)
        items.append(concat(Html(f"<p>{item}"), quoted(mention.sentence)) if mention.sentence else item)
    lines += bullets(items)
    lines += pager(path, paths)
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


_KIND_WORDS = {"person": "A person", "organization": "An organisation", "place": "A place"}
_KIND_NOUNS = {"person": "person", "organization": "organisation", "place": "place"}


def _about(path: str, hub: EntityHub, links: SiteLinks) -> list[str]:
    """Return a hub's aliases, co-mentioned entities and quotations."""
    lines = ["## Also written", ""]
    lines += bullets(_forms(hub)) if hub.aliases else paragraph("No other form of the name.")
    lines += ["## Named with", ""]
    if hub.co_mentions:
        items = []
        for key, count in hub.co_mentions:
            other = links.hubs[key]
            items.append(
                concat(
                    anchor(url_link(path, hub_path(key)), other.name),
                    f" — {_KIND_NOUNS[other.kind]}, {counted(count, 'article')}",
                )
            )
        lines += bullets(items)
    else:
        lines += paragraph("No other entity is named in the same articles.")
    if hub.quotes:
        lines += ["## Quotations", ""]
        items = []
        for quote in hub.quotes:
            article = links.articles[quote.article]
            cue = f" ({quote.cue})" if quote.cue else ""
            source = anchor(url_link(path, article_path(article.id)), article.title)
            items.append(concat(f"“{quote.text}”{cue} — ", source))
        lines += bullets(items)
    return lines


def _forms(hub: EntityHub) -> list[str]:
    """Return every form of the hub's name with the articles writing it and why it was merged."""
    forms = hub.forms or tuple(HubForm(a, 0, "") for a in hub.aliases)
    lines = []
    for form in forms:
        count = f", {counted(form.articles, 'article')}" if form.articles else ""
        why = form.reason or ("the name itself" if form.text == hub.name else "")
        lines.append(f"“{form.text}”{count}{f' — {why}' if why else ''}")
    return lines


def render_hub_indexes(links: SiteLinks, config: Config, memo: PageMemo | None = None) -> list[Page]:
    """Return the index of each kind of hub: most-named first, with counts, in pages.

    With a memo, a page listing the same hubs as in the last build, each unchanged, is kept.
    """
    pages = []
    for kind, folder in HUB_DIRS.items():
        hubs = sorted(
            (h for h in links.hubs.values() if h.kind == kind), key=lambda h: (-len(h.mentions), h.name, h.slug)
        )
        parts = chunks(hubs, config.entity_index_page_size)
        paths = numbered_paths(f"{folder}/index.md", len(parts))
        for number, (path, part) in enumerate(zip(paths, parts, strict=True), start=1):
            title = HUB_TITLES[kind] if number == 1 else f"{HUB_TITLES[kind]}, page {number}"
            inputs = (kind, title, len(hubs), tuple(paths))
            pages.append(kept_hub_list(memo, path, inputs, part, partial(_hub_index_page, path, inputs)))
    return pages


def _hub_index_page(path: str, inputs: tuple[str, str, int, tuple[str, ...]], part: Sequence[EntityHub]) -> Page:
    """Return one page of a kind of hub's index: its heading, count, hubs and pager."""
    kind, title, count, paths = inputs
    lines = [front_matter(title=title), f"# {title}", ""]
    lines += paragraph(f"{count:,} {HUB_TITLES[kind].lower()} named in the corpus, most-named first.")
    if part:
        rows = [(anchor(url_link(path, hub_path(h.key)), h.name), f"{len(h.mentions):,}", f"{h.total:,}") for h in part]
        lines += table(("Name", "Articles", "Mentions"), rows, right=(1, 2))
    lines += pager(path, paths)
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


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


def unlinked_records(articles: Sequence[Article], hub_of: Mapping[tuple[str, str], str]) -> list[dict[str, object]]:
    """Return an entry in data/entities.json for each entity named too rarely for a hub (url null): those of the
    articles (in id order) that no hub's kind and name (hub_of's keys, as `SiteLinks.hub_of`) names."""
    named: dict[tuple[str, str], list[tuple[Article, Entity]]] = {}
    for article in articles:
        for entity in linkable(article):
            if (entity.kind, entity.name) not in hub_of:
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
