"""Write untrusted article text into Markdown so that it can only ever show as text."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

import yaml

# Every ASCII character that some Markdown syntax enabled in mkdocs.yml could read: emphasis,
# links, headings, lists, tables, attribute lists, emoji (":"), admonitions ("!"), critic marks.
# pymdownx.escapeall lets a backslash escape any of them. "<", ">" and "&" become entities
# instead, so raw HTML and entity text ("&lt;") stay literal too.
_BACKSLASHED = frozenset("\\`*_{}[]()#+!|~^=:$@")
# "." and "-" only matter after a digit or at the start ("1. item", "- item", "---"); inside
# words ("U.S.", "Islamist-led") they are left bare so the generated Markdown stays readable.
_IN_WORD = frozenset(".-")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Characters the theme would read as markup in a page title (front matter, <title>, nav):
# Jinja's striptags unescapes entities there, so they are replaced by look-alikes instead.
_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆"})
# Only web addresses become links: "javascript:", "data:" and "vbscript:" run code, and an
# address with spaces, quotes or control characters is not one a browser should be handed.
_LINK_SCHEMES = frozenset({"http", "https"})
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f\"'<>`\\]")


def md_text(text: str) -> str:
    """Return text escaped for a Markdown paragraph, heading, link text or table cell."""
    out = []
    clean = " ".join(text.split())
    for i, char in enumerate(clean):
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in _BACKSLASHED or (char in _IN_WORD and not (i and clean[i - 1].isalpha())):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def html_text(text: str) -> str:
    """Return text escaped for raw HTML written into a page."""
    return html.escape(text, quote=True)


FrontMatterValue = str | bool | int | float | Sequence[str] | Mapping[str, "FrontMatterValue"]


def front_matter(**fields: FrontMatterValue) -> str:
    """Return a YAML front matter block; PyYAML quotes and escapes every string value.

    An empty mapping (no search settings, say) leaves its key out.
    """
    values = {
        key: _safe_value(value) for key, value in fields.items() if not (isinstance(value, Mapping) and not value)
    }
    body = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n\n"


def _safe_value(value: FrontMatterValue) -> object:
    """Return a front matter value with every string in it made safe as a title."""
    if isinstance(value, str):
        return page_title(value)
    if isinstance(value, Mapping):
        return {key: _safe_value(v) for key, v in value.items()}
    if isinstance(value, Sequence):
        return [page_title(v) for v in value]
    return value


def page_title(text: str) -> str:
    """Return text safe to use as a page title in the theme's templates."""
    return " ".join(text.split()).translate(_TITLE_SAFE)


def safe_url(url: str | None) -> str | None:
    """Return url when it is an http or https address a link may point to, else None."""
    if not url or _NOT_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in _LINK_SCHEMES and parts.netloc else None


def external_link(url: str) -> str:
    """Return a link to an outside web address for a Markdown page, or the address as text if unsafe."""
    safe = safe_url(url)
    if safe is None:
        return md_text(url)
    return f'<a href="{html_text(safe)}" rel="nofollow noopener noreferrer">{md_text(safe)}</a>'
