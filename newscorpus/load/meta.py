"""Metadata from front matter, sidecar files and records, checked and normalised into SourceMeta."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import fields

from ..markup import safe_url
from ..model import SourceMeta

# The names each metadata field is found under in front matter, sidecars and CSV columns,
# the field's own name first. Aliases are the names other tools write: Jekyll and Hugo use
# "author" and "link", news APIs "headline", "published" and "publisher", news-please "date_publish",
# newspaper3k "publish_date".
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "published_at", "datePublished", "date_publish", "publish_date"),
    "outlet": ("outlet", "publisher", "site_name", "sitename", "newspaper", "publication"),
    "url": ("url", "link", "canonical_url"),
    "byline": ("byline", "author", "authors"),
    "agency": ("agency", "wire"),
    "language": ("language", "lang"),
    "tags": ("tags", "keywords", "categories"),
}
# Dates are kept only in ISO 8601 shapes the site can sort: a day, a month, a year, or a date-time.
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2})?$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_FIELD_MAX = 1000
"""Longest metadata value kept; a longer "title" is a body pasted into the wrong field."""


def meta_from_mapping(
    values: Mapping[str, object], names: Mapping[str, tuple[str, ...]] = FIELD_NAMES
) -> tuple[SourceMeta, list[str]]:
    """Return the metadata in a key-value mapping, and a sentence for each value that was ignored."""
    found: dict[str, object] = {}
    warnings: list[str] = []
    for field_name, keys in names.items():
        key = next((k for k in keys if k in values and values[k] not in (None, "", [])), None)
        if key is None:
            continue
        value, warning = _FIELD_CHECKS[field_name](values[key])
        if warning:
            warnings.append(f"{key} {warning}; ignored")
        elif value:
            found[field_name] = value
    return SourceMeta(**found), warnings  # type: ignore[arg-type]


def merge_meta(*metas: SourceMeta) -> SourceMeta:
    """Return the metadata with each field taken from the first of metas that has it."""
    # Most files have metadata from one place or none: those need no merging (every source of a corpus is merged).
    given = [meta for meta in metas if meta != _NONE]
    if len(given) <= 1:
        return given[0] if given else _NONE
    merged = {}
    for name in _FIELDS:
        value = next((v for meta in given if (v := getattr(meta, name))), None)
        if value:
            merged[name] = value
    return SourceMeta(**merged)


_NONE = SourceMeta()
_FIELDS = tuple(field.name for field in fields(SourceMeta))


def _text(value: object) -> tuple[str | None, str | None]:
    """Return a one-line text value, or why it is not one."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None, f"is {_kind(value)}, not text"
    text = " ".join(str(value).split())
    if len(text) > _FIELD_MAX:
        return None, f"is {len(text):,} characters long, over the {_FIELD_MAX:,}-character limit"
    return text or None, None


def _byline(value: object) -> tuple[str | None, str | None]:
    """Return a byline; a list of authors is joined with commas."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ", ".join(value)
    return _text(value)


def _date(value: object) -> tuple[str | None, str | None]:
    """Return a date as ISO 8601 text, or why it is not a date."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(), None
    text, warning = _text(value)
    if warning or text is None:
        return None, warning
    if _ISO_PARTIAL.match(text):
        return text, None
    try:
        parsed = dt.datetime.fromisoformat(text) if "T" in text or " " in text else dt.date.fromisoformat(text)
    except ValueError:
        return None, f"'{_quote(text)}' is not an ISO 8601 date such as 2024-12-05"
    return parsed.isoformat(), None


def _url(value: object) -> tuple[str | None, str | None]:
    """Return a web address, or why it is not one: only http and https addresses are kept."""
    text, warning = _text(value)
    if warning or text is None:
        return None, warning
    if safe_url(text) is None:
        return None, f"'{_quote(text)}' is not an http or https address"
    return text, None


def _language(value: object) -> tuple[str | None, str | None]:
    """Return a language tag such as "en" or "pt-BR", or why it is not one."""
    text, warning = _text(value)
    if warning or text is None:
        return None, warning
    if not _LANGUAGE.match(text):
        return None, f"'{_quote(text)}' is not a language code such as en or pt-BR"
    return text, None


def _tags(value: object) -> tuple[tuple[str, ...] | None, str | None]:
    """Return tags from a list or a comma-separated text, each once, in their order."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in items
    ):
        return None, f"is {_kind(value)}, not a list of tags"
    tags = [" ".join(str(v).split()) for v in items]
    return tuple(dict.fromkeys(t[:_FIELD_MAX] for t in tags if t)), None


def _kind(value: object) -> str:
    """Return what a YAML or JSON value is, in words."""
    kinds = {dict: "a mapping", list: "a list", bool: "true or false", type(None): "empty"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _quote(text: str) -> str:
    """Return text cut short enough to quote in a one-line message."""
    return text if len(text) <= 60 else text[:59] + "…"


_FIELD_CHECKS = {
    "title": _text,
    "date": _date,
    "outlet": _text,
    "url": _url,
    "byline": _byline,
    "agency": _text,
    "language": _language,
    "tags": _tags,
}
