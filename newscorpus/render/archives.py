"""Archives: articles by month of publication (undated ones too), by outlet and by wire agency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial

from ..config import Config
from ..link import published_date, slugify
from ..markup import front_matter, md_text
from ..model import Article, Page
from .articles import article_item
from .blocks import Html, anchor, bullets, concat, pager, paragraph, table
from .common import ARCHIVE_DIR, chunks, counted, url_link
from .memo import PageMemo, kept_list

UNDATED = "undated"


def month_of(article: Article) -> str | None:
    """Return the YYYY-MM an article was published in, None when its date is unknown."""
    day = published_date(article)
    return day.isoformat()[:7] if day else None


def outlet_slug(name: str) -> str:
    """Return the page name of an outlet or agency archive."""
    return slugify(name)


def render_archives(articles: Sequence[Article], config: Config, memo: PageMemo | None = None) -> list[Page]:
    """Return the date, outlet and agency archives, each with its index.

    With a memo, a list page listing the same articles as in the last build, each unchanged, is kept.
    """
    days = {a.id: published_date(a) for a in articles}
    # Newest publication first, then by id; the undated last.
    newest = {i: (_invert(day.isoformat()) if day else "~", i) for i, day in days.items()}
    # Sorted once: each archive's lists take the articles in this order (no two articles have the same key).
    listed = sorted(articles, key=lambda a: newest[a.id])
    archive = partial(_archive, listed, config, memo=memo)
    return [
        *archive(
            folder=f"{ARCHIVE_DIR}/dates",
            title="Articles by date",
            key=lambda a: day.isoformat()[:7] if (day := days[a.id]) else UNDATED,
            label=lambda k: "Date not known" if k == UNDATED else k,
            # Newest month first; the undated articles last.
            order=lambda k: (k == UNDATED, "" if k == UNDATED else _invert(k)),
        ),
        *archive(
            folder=f"{ARCHIVE_DIR}/outlets",
            title="Articles by outlet",
            key=lambda a: a.outlet or "",
            label=lambda k: k or "Outlet not known",
            order=lambda k: (k == "", k.casefold()),
        ),
        *archive(
            folder=f"{ARCHIVE_DIR}/agencies",
            title="Articles by wire agency",
            key=lambda a: a.agency or "",
            label=lambda k: k or "No agency credited",
            order=lambda k: (k == "", k.casefold()),
        ),
    ]


def _invert(month: str) -> str:
    """Return a key sorting YYYY-MM months newest first."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in month)


def _archive(
    articles: Sequence[Article],
    config: Config,
    *,
    memo: PageMemo | None,
    folder: str,
    title: str,
    key: Callable[[Article], str],
    label: Callable[[str], str],
    order: Callable[[str], tuple[bool, str]],
) -> list[Page]:
    """Return an archive's index (each key with its count) and a list of articles per key, in pages; articles
    newest first (each key's list keeps their order)."""
    by_key: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_key[key(article)].append(article)
    keys = sorted(by_key, key=order)
    slugs = _slugs(keys)
    index = f"{folder}/index.md"
    lines = [front_matter(title=title), f"# {title}", ""]
    if keys:
        rows = [(anchor(url_link(index, f"{folder}/{slugs[k]}.md"), label(k)), f"{len(by_key[k]):,}") for k in keys]
        lines += table(("", "Articles"), rows, right=(1,))
    else:
        lines += paragraph("No articles.")
    pages = [Page(index, "\n".join(lines).rstrip("\n") + "\n")]
    for k in keys:
        listed = by_key[k]
        parts = chunks(listed, config.index_page_size)
        paths = [f"{folder}/{slugs[k]}.md"] + [f"{folder}/{slugs[k]}/page-{n}.md" for n in range(2, len(parts) + 1)]
        for number, (path, part) in enumerate(zip(paths, parts, strict=True), start=1):
            heading = label(k) if number == 1 else f"{label(k)}, page {number}"
            inputs = (title, heading, len(listed), tuple(paths))
            list_page = partial(_list_page, path, index, inputs)
            pages.append(kept_list(memo, path, inputs, part, list_page))
    return pages


def _list_page(path: str, index: str, inputs: tuple[str, str, int, tuple[str, ...]], part: Sequence[Article]) -> Page:
    """Return one page of an archive's list: its heading, count, link back to the index, articles and pager."""
    title, heading, count, paths = inputs
    body = [front_matter(title=heading), f"# {md_text(heading)}", ""]
    back = anchor(url_link(path, index), title)
    body += paragraph(concat(f"{counted(count, 'article')}, newest first. ", back, "."))
    body += bullets(_dated_item(path, a) for a in part)
    body += pager(path, paths)
    return Page(path, "\n".join(body).rstrip("\n") + "\n")


def _slugs(keys: Sequence[str]) -> dict[str, str]:
    """Return a unique page name for each key, in the keys' order."""
    taken: set[str] = {"index"}
    out = {}
    for k in keys:
        base = outlet_slug(k) if k else "not-known"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out[k] = slug
    return out


def _dated_item(from_page: str, article: Article) -> Html:
    """Return an article's list item with its publication date in front."""
    item = article_item(from_page, article)
    day = published_date(article)
    return concat(f"{day.isoformat()} · ", item) if day else item
