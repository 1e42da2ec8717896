"""Paths, links and JSON shared by every page renderer."""

from __future__ import annotations

import functools
import json
import posixpath
import re
from collections.abc import Sequence
from typing import TypeVar
from urllib.parse import quote

T = TypeVar("T")

ARTICLES_DIR = "articles"
SYNDICATION_DIR = "syndication"
DATA_DIR = "data"
ARCHIVE_DIR = "archive"
# Folder of each kind of entity hub, and how its index page is titled.
HUB_DIRS = {"person": "people", "organization": "organizations", "place": "places"}
HUB_TITLES = {"person": "People", "organization": "Organisations", "place": "Places"}


def counted(count: int, noun: str) -> str:
    """Return a count with its noun, singular for one: "1 article", "2,000 articles"."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def article_path(article_id: str) -> str:
    """Return the docs-relative path of an article's page."""
    return f"{ARTICLES_DIR}/{article_id}.md"


def group_path(group_id: str) -> str:
    """Return the docs-relative path of a variant group's page."""
    return f"{SYNDICATION_DIR}/{group_id}.md"


def page_url(path: str) -> str:
    """Return the address MkDocs gives a docs-relative Markdown path, from the site root.

    mkdocs.yml keeps MkDocs' default directory URLs: "articles/x.md" is served as "articles/x/"."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def hub_path(hub_key: str, page: int = 1) -> str:
    """Return the docs-relative path of an entity hub's page ("person/x" -> "people/x.md")."""
    kind, slug = hub_key.split("/", 1)
    return f"{HUB_DIRS[kind]}/{slug}.md" if page == 1 else f"{HUB_DIRS[kind]}/{slug}/page-{page}.md"


def numbered_paths(first: str, count: int) -> list[str]:
    """Return the paths of a list split into pages: "x/index.md", "x/index-2.md", …"""
    stem = first.removesuffix(".md")
    return [first] + [f"{stem}-{n}.md" for n in range(2, count + 1)]


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Return items in pages of size (one empty page for no items)."""
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]


def link(from_page: str, to_page: str) -> str:
    """Return a relative link between two docs-relative Markdown paths."""
    from_folder = from_page.rpartition("/")[0]
    if (
        _UNUSUAL_PATH.search(from_page)
        or _UNUSUAL_PATH.search(to_page)
        or (from_folder + "/").startswith(to_page + "/")
    ):
        return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    to_folder, _, name = to_page.rpartition("/")
    return _folder_link(from_folder, to_folder) + name


def url_link(from_page: str, to_page: str) -> str:
    """Return the address of one docs page from another, as MkDocs writes it into the site.

    For links in raw HTML, which MkDocs leaves as they are: "../../people/x/" from "articles/a.md"
    to "people/x.md" (page_url's directory addresses), "./" to the page itself.
    """
    if from_page == to_page:
        return "./"
    if _UNUSUAL_PATH.search(from_page) or _UNUSUAL_PATH.search(to_page) or not _URL_SAFE.fullmatch(to_page):
        return quote(posixpath.relpath(page_url(to_page) or ".", page_url(from_page) or ".")) + "/"
    from_folder, _, from_name = from_page.rpartition("/")
    to_folder, _, to_name = to_page.rpartition("/")
    up = "" if from_name == "index.md" else "../"
    url = up + _folder_link(from_folder, to_folder) + ("" if to_name == "index.md" else to_name[:-3] + "/")
    return url or "./"


# Paths url_link writes without quoting: the letters, digits and marks of the slugs pages are named by.
_URL_SAFE = re.compile(r"[A-Za-z0-9._/-]+\.md")


# A path link() leaves to posixpath.relpath (as it does a link to a folder holding the page): absolute,
# ending in "/", or with an empty, "." or ".." part. Every path the renderers make is plain
# ("people/x.md"), so their links come from _folder_link.
_UNUSUAL_PATH = re.compile(r"^/|/$|//|(?:^|/)\.\.?(?:/|$)|^$")


@functools.lru_cache(maxsize=1024)
def _folder_link(from_folder: str, to_folder: str) -> str:
    """Return the relative path from one docs folder to another, "" for the same folder, else ending in "/".

    A site has a few dozen folders and hundreds of thousands of links between its pages.
    """
    path = posixpath.relpath(to_folder or ".", from_folder or ".")
    return "" if path == "." else f"{path}/"


def to_json(value: object) -> str:
    """Return value as stable, compact JSON text.

    The data files are for programs (a reader sees the same facts on the pages): without indents
    and spaces they are about a quarter smaller, and json writes them in C instead of in Python.
    """
    return json_text(value) + "\n"


def json_text(value: object) -> str:
    """Return value as the compact JSON text to_json writes, without the closing newline."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_list(items: Sequence[str]) -> str:
    """Return what to_json gives for a list, from its items' json_text: the same text, joined."""
    return "[" + ",".join(items) + "]\n"
