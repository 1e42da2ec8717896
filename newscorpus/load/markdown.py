"""Markdown articles: YAML front matter for metadata, a body read as plain text."""

from __future__ import annotations

import re

import yaml

from ..model import SourceMeta
from .common import Entry, FileRead, Note
from .meta import meta_from_mapping

# Front matter opens on the first line with "---" and closes with "---" or "...", as in
# Jekyll, Hugo and MkDocs.
_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.M)

# Markdown syntax taken off the body so the article's words, not its markup, are kept. The site
# escapes whatever is left, so anything this misses shows literally rather than as markup.
_PLAIN = (
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\n\1\n"),  # ATX headings, kept apart
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # thematic breaks and setext underlines
    (re.compile(r"^ {0,3}=+[ \t]*$", re.M), ""),  # setext underlines of level-1 headings
    (re.compile(r"^ {0,3}> ?", re.M), ""),  # block quotes
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),  # images: the alt text is no part of the story
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong emphasis
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # _emphasis_
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
)
_NAME_HINT = "fix the front matter between the two '---' lines; the article was published without it"


def read_markdown(text: str) -> FileRead:
    """Return the article in a Markdown file, with its front matter as metadata."""
    meta, body, notes = split_front_matter(text)
    return FileRead((Entry(None, markdown_to_text(body), meta, story_only=True),), tuple(notes))


def split_front_matter(text: str) -> tuple[SourceMeta, str, list[Note]]:
    """Return the metadata in text's front matter, the body after it, and notes on what was wrong."""
    opened = _OPEN.match(text)
    if not opened:
        return SourceMeta(), text, []
    closed = _CLOSE.search(text, opened.end())
    if not closed:
        return SourceMeta(), text, [Note(None, "front matter opened with '---' on line 1 is never closed", _NAME_HINT)]
    body = text[closed.end() :]
    values, problem = _parse(text[opened.end() : closed.start()])
    if problem:
        return SourceMeta(), body, [Note(None, problem, _NAME_HINT)]
    meta, warnings = meta_from_mapping(values)
    hint = "correct the value in the front matter"
    return meta, body, [Note(None, f"front matter: {w}", hint) for w in warnings]


def _parse(block: str) -> tuple[dict[str, object], str | None]:
    """Return the key-value pairs of a front matter block, or why it has none."""
    try:
        values = yaml.safe_load(block)
    except RecursionError:
        return {}, "front matter is nested too deeply to be read"
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return {}, f"front matter is not valid YAML{where}: {getattr(err, 'problem', None) or 'cannot be read'}"
    if values is None:
        return {}, None
    if not isinstance(values, dict):
        return {}, f"front matter is a {type(values).__name__}, not 'key: value' lines"
    return {str(k): v for k, v in values.items()}, None


def markdown_to_text(body: str) -> str:
    """Return a Markdown body with its common syntax taken off, paragraphs kept apart."""
    for pattern, replacement in _PLAIN:
        body = pattern.sub(replacement, body)
    return body
