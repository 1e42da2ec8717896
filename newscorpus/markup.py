"""Write untrusted article text into Markdown so that it can only ever show as text."""

from __future__ import annotations

import html

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


def front_matter(**fields: str | bool) -> str:
    """Return a YAML front matter block; PyYAML quotes and escapes every string value."""
    values = {key: value if isinstance(value, bool) else page_title(value) for key, value in fields.items()}
    body = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n\n"


def page_title(text: str) -> str:
    """Return text safe to use as a page title in the theme's templates."""
    return " ".join(text.split()).translate(_TITLE_SAFE)
