"""Raw HTML blocks for the lists and tables of article pages, every piece of text in them escaped.

Python-Markdown runs each of its inline patterns (links, emphasis, escapes, ...) over every list item and
table cell, and an article page's metadata, facts, related articles and versions are most of its items
and cells: written as Markdown, they took most of the time of `mkdocs build` on a large site. A raw HTML
block is set aside before those patterns run and written into the site as it is, so these parts are
written as HTML here, in the elements and classes Python-Markdown would have made.

Text is escaped unless it is Html, which only this module makes: every string a builder is given
goes through markup.html_inline first. Links carry the site address MkDocs would give the page linked
(common.url_link), since MkDocs rewrites only Markdown links.

End tags that HTML lets a browser infer are left out (</li>, </td>, </th>, </tr>, </dt>, </dd>: each item, cell or row
ends where the next begins or its list or table ends): the browser builds the same elements, and Python-Markdown
and MkDocs each parse every raw HTML tag of every page with Python's html.parser, which took most of the time
of `mkdocs build`. A list's or table's own end tag is kept: it ends the raw block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..markup import html_inline, html_text
from .common import url_link


class Html(str):
    """HTML made by this module, with every piece of text in it escaped."""

    __slots__ = ()


def html(value: str) -> Html:
    """Return value as HTML: Html as it is, any other string escaped as text."""
    return value if isinstance(value, Html) else Html(html_inline(value))


def concat(*parts: str) -> Html:
    """Return the parts one after the other, each string that is not Html escaped."""
    return Html("".join(map(html, parts)))


def anchor(href: str, text: str, rel: str = "") -> Html:
    """Return a link to a site address (common.url_link) or a safe outside one (markup.safe_url) around text."""
    rel_attribute = f' rel="{html_text(rel)}"' if rel else ""
    return Html(f'<a href="{html_text(href)}"{rel_attribute}>{html(text)}</a>')


def strong(text: str) -> Html:
    """Return text in bold."""
    return Html(f"<strong>{html(text)}</strong>")


def paragraph(text: str) -> list[str]:
    """Return a paragraph as a raw HTML block, followed by the blank line that ends it."""
    return [f"<p>{html(text)}</p>", ""]


def bullets(items: Iterable[str], css_class: str = "") -> list[str]:
    """Return a bulleted list as a raw HTML block, one item a line, followed by a blank line; nothing for no items.

    Each item's </li> is left for the browser to infer (see the module's docstring). A css_class is
    given to the list (<ul class="...">), for the stylesheet.
    """
    lines = [f"<li>{html(item)}" for item in items]
    opening = f'<ul class="{html_text(css_class)}">' if css_class else "<ul>"
    return [opening, *lines, "</ul>", ""] if lines else []


def table(head: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """Return a table with a header row as a raw HTML block, one row a line, followed by a blank line.

    The columns numbered in right (from 0) are aligned right, as a Markdown table's "---:" column is.
    The rows' <tbody> is left for the browser to add, as HTML lets it: one element less to parse; so are
    the end tags of cells and rows (see the module's docstring). </thead> stays: without it the rows
    would join the head.
    """
    opening = [_RIGHT if n in right else "" for n in range(len(head))]
    th = [f"<th{o}>{html(h)}" for o, h in zip(opening, head, strict=True)]
    lines = ["<table>", "<thead><tr>" + "".join(th) + "</thead>"]
    lines += ["<tr>" + "".join(f"<td{o}>{html(cell)}" for o, cell in zip(opening, row, strict=True)) for row in rows]
    return [*lines, "</table>", ""]


def fields(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Return names and their values as a description list (class nc-fields), one pair a line, and a blank line.

    The site's stylesheet draws it as Material draws a two-column table (stylesheets/extra.css): two tags
    a pair, where a table's row takes three (and its head row five more). </dt> and </dd> are left out.
    """
    lines = [f"<dt>{html(name)}<dd>{html(value)}" for name, value in pairs]
    return ['<dl class="nc-fields">', *lines, "</dl>", ""]


# The attribute Python-Markdown gives the cells of a right-aligned column.
_RIGHT = ' style="text-align: right;"'


def pager(from_page: str, paths: Sequence[str]) -> list[str]:
    """Return the "Pages: 1 · 2 · 3" paragraph linking a list's pages, or nothing for one page."""
    if len(paths) < 2:
        return []
    nav = [anchor(url_link(from_page, p), str(n)) if p != from_page else strong(str(n)) for n, p in enumerate(paths, 1)]
    return paragraph(concat("Pages: ", Html(" · ".join(nav))))


def quoted(text: str) -> Html:
    """Return a block quotation of one paragraph, for inside a list item.

    The paragraph's </p> is left for the browser to infer, as </blockquote> ends it; so is the </p> of
    a paragraph just before the quotation, which <blockquote> ends.
    """
    return Html(f"<blockquote><p>{html(text)}</blockquote>")


def admonition(kind: str, title: str, body: Sequence[str]) -> list[str]:
    """Return a Material admonition ("abstract", "note", ...) around raw HTML lines, as a raw HTML block."""
    lines = [f'<div class="admonition {html_text(kind)}">', f'<p class="admonition-title">{html(title)}</p>']
    return [*lines, *(line for line in body if line), "</div>", ""]
