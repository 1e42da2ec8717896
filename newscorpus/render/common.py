"""Paths, links and JSON shared by every page renderer."""

from __future__ import annotations

import json
import posixpath

ARTICLES_DIR = "articles"
SYNDICATION_DIR = "syndication"
DATA_DIR = "data"


def article_path(article_id: str) -> str:
    """Return the docs-relative path of an article's page."""
    return f"{ARTICLES_DIR}/{article_id}.md"


def group_path(group_id: str) -> str:
    """Return the docs-relative path of a variant group's page."""
    return f"{SYNDICATION_DIR}/{group_id}.md"


def link(from_page: str, to_page: str) -> str:
    """Return a relative link between two docs-relative Markdown paths."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def to_json(value: object) -> str:
    """Return value as stable, readable JSON text."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
