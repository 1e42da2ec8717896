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
# Every character md_text may rewrite, found in one pass (it runs on every piece of text on every
# page): the escaped and entity characters anywhere, "." and "-" where no ASCII letter stands before
# them (_escape checks the rest: a letter outside ASCII leaves them bare too).
_TO_ESCAPE = re.compile(
    "[" + re.escape("".join(sorted(_BACKSLASHED | _ENTITIES.keys()))) + "]"
    "|(?<![A-Za-z])[" + re.escape("".join(sorted(_IN_WORD))) + "]"
)
# Characters the theme would read as markup in a page title (front matter, <title>, nav):
# Jinja's striptags unescapes entities there, so they are replaced by look-alikes instead.
_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆"})
# Strings PyYAML writes unquoted: a letter first, then letters, digits, spaces and punctuation
# that means nothing to YAML inside a scalar (no ":" or "#", which can), printable characters
# outside ASCII, no space at the end; short enough to stay on one line. What YAML reads as true,
# false or null is quoted. Anything else goes through PyYAML itself.
_PLAIN = re.compile(
    r"[A-Za-z]"
    r"(?:[A-Za-z0-9 !$%&()*+,./;<=>?@^_`{|}~'\"\[\]\\-]|[\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]){0,1000}"
    r"(?<! )"
)
_YAML_WORDS = frozenset(
    f(word) for word in ("yes", "no", "true", "false", "on", "off", "null") for f in (str.lower, str.title, str.upper)
)
# Only web addresses become links: "javascript:", "data:" and "vbscript:" run code, and an
# address with spaces, quotes or control characters is not one a browser should be handed.
_LINK_SCHEMES = frozenset({"http", "https"})
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f\"'<>`\\]")
# A copyright line where a site's name should be: "Copyright 2014", "(c) 2019 The Gazette", "© Harbour Media".
_COPYRIGHT = re.compile(r"(?:copyright\b|©|\(c\)\s)", re.IGNORECASE)


def md_text(text: str) -> str:
    """Return text escaped for a Markdown paragraph, heading, link text or table cell."""
    return _TO_ESCAPE.sub(_escape, " ".join(text.split()))


def _escape(match: re.Match[str]) -> str:
    """Return one character of md_text's text as it is written: an entity, escaped, or as it is."""
    char = match[0]
    if char in _ENTITIES:
        return _ENTITIES[char]
    start = match.start()
    if char in _IN_WORD and start and match.string[start - 1].isalpha():
        return char
    return "\\" + char


def html_text(text: str) -> str:
    """Return text escaped for raw HTML written into a page."""
    return html.escape(text, quote=True)


def html_inline(text: str) -> str:
    """Return text escaped for the content of an element in raw HTML, on one line.

    "<", ">" and "&" become entities; quotation marks are left as they are, as Markdown leaves them
    in text: only in an attribute's value could they end something (html_text escapes them there).
    Each run of white space is one space, so no line break (or blank line) is left in a raw block.
    """
    # Most text holds no white space but single spaces (every other space character is unprintable):
    # the pattern is run only on text that may hold some (a sentence escapes four times quicker).
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SPACES = re.compile(r"\s+")


FrontMatterValue = str | bool | int | float | Sequence[str] | Mapping[str, "FrontMatterValue"]


def front_matter(**fields: FrontMatterValue) -> str:
    """Return a YAML front matter block; PyYAML quotes and escapes every string value.

    An empty mapping (no search settings, say) leaves its key out.
    """
    values = {
        key: _safe_value(value) for key, value in fields.items() if not (isinstance(value, Mapping) and not value)
    }
    body = _plain_yaml(values)
    if body is None:
        body = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n\n"


def _plain_yaml(values: Mapping[str, object]) -> str | None:
    """Return the YAML PyYAML writes for keys with plain strings or lists of them, else None.

    Most pages' front matter is a title and a list of tags that PyYAML would write unquoted; those
    are written here, in its layout, and everything else is left to PyYAML.
    """
    lines = []
    for key, value in values.items():
        if isinstance(value, str) and _plain(key) and _plain(value):
            lines.append(f"{key}: {value}\n")
        elif isinstance(value, list) and value and _plain(key) and all(isinstance(v, str) and _plain(v) for v in value):
            lines.append(f"{key}:\n" + "".join(f"- {v}\n" for v in value))
        else:
            return None
    return "".join(lines)


def _plain(text: str) -> bool:
    """Return whether PyYAML writes text as a plain (unquoted) scalar on one line."""
    return bool(_PLAIN.fullmatch(text)) and text not in _YAML_WORDS


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


def site_of(url: str | None) -> str | None:
    """Return the site an address is on, without "www." ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk")."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def given_outlet(outlet: str | None) -> str:
    """Return an outlet name as the input gives it, "" for none, for an address ("https://www.example.com") or
    for a copyright line a page's metadata gives as its site's name ("Copyright 2014", "© 2019")."""
    name = " ".join((outlet or "").split())
    return "" if "://" in name or name.lower().startswith("www.") or _COPYRIGHT.match(name) else name


def external_link(url: str) -> str:
    """Return a link to an outside web address for a Markdown page, or the address as text if unsafe."""
    safe = safe_url(url)
    if safe is None:
        return md_text(url)
    return f'<a href="{html_text(safe)}" rel="nofollow noopener noreferrer">{md_text(safe)}</a>'
