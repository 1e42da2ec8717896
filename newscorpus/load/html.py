"""Saved web pages: the story's text and metadata by trafilatura, menus and footers left behind."""

from __future__ import annotations

import dataclasses
import logging

import lxml.html

from ..config import Config
from .common import Entry, FileRead, Note, Unreadable
from .html_blocks import page_blocks, text_story
from .html_title import Printed, page_headline
from .meta import meta_from_mapping

# trafilatura reports pages it finds no text in through its own loggers; the build reports
# them itself, once, so they are kept from Python's last-resort handler.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("htmldate").addHandler(logging.NullHandler())

# Which of trafilatura's metadata fields fills which of ours.
_FIELDS = {
    "title": ("title",),
    "date": ("date",),
    "outlet": ("sitename",),
    "url": ("url",),
    "byline": ("author",),
    "language": ("language",),
    "tags": ("tags", "categories"),
}
# The latest date a page can carry: a fixed bound instead of today's date, so a page reads the
# same whenever it is built.
# Fewer lines than this are a short item, not a list of links.
_LIST_MIN_LINES = 3
_NO_TEXT = "not an article page: no story text found beside the menus and links"
_NO_TEXT_HINT = "keep saved pages of single articles only; index pages, galleries and link lists have no story"
_GALLERY = "not an article page: a photo gallery"
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


def _page_texts(tree: lxml.html.HtmlElement) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the text of every link on a page, and of every photo caption, whitespace collapsed."""
    links = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    captions = tuple(" ".join(c.text_content().split()) for c in tree.iter("figcaption"))
    return links, tuple(c for c in captions if c)


def read_html(text: str, config: Config) -> FileRead:
    """Return the story in a saved web page, with the page's metadata."""
    # trafilatura is imported when a saved page is first read, not with the build: a rebuild reads only the
    # files that changed, often none of them web pages, and the import costs a third of a second.
    import trafilatura  # noqa: PLC0415
    from trafilatura.utils import load_html  # noqa: PLC0415

    # The page is parsed once, as trafilatura parses it (a page declaring its encoding included), and
    # that tree serves trafilatura (which works on a copy), the headline and the screening alike.
    tree = _repaired(load_html(text), text)
    # The blocks the page prints, read before trafilatura, which prunes what it walks.
    blocks = [] if tree is None else page_blocks(tree)
    document = (
        None
        if tree is None
        else trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    )
    found = document.as_dict() if document is not None and not isinstance(document, dict) else document
    body = str((found or {}).get("text") or "").strip()
    lines = [" ".join(line.split()) for line in body.split("\n") if line.strip()]
    if tree is None:
        raise Unreadable(_NO_TEXT, _NO_TEXT_HINT)
    lines = _story_lines(tree, lines, blocks, config)
    values = {k: v for k, v in (found or {}).items() if v not in (None, "", [])}
    tags = [t for key in _FIELDS["tags"] for t in values.get(key) or []]
    values["tags"] = tags
    meta, warnings = meta_from_mapping(values, _FIELDS)
    page = Printed(blocks, "\n".join(lines), config, meta.url)
    meta = dataclasses.replace(meta, title=page_headline(tree, meta.title, meta.outlet, page))
    # trafilatura keeps the page's headline as the first line of the text; it is metadata here.
    printed = {t for t in (meta.title, values.get("title")) if t}
    if lines and lines[0] in printed:
        lines = lines[1:]
    if not lines:
        raise Unreadable(
            "not an article page: a headline and no story text", "keep saved pages of single articles only"
        )
    notes = tuple(Note(None, f"page metadata: {w}", "the story was published without it") for w in warnings)
    return FileRead((Entry(None, "\n\n".join(lines), meta, story_only=True),), notes)


def _repaired(tree: lxml.html.HtmlElement | None, text: str) -> lxml.html.HtmlElement | None:
    """Return the page parsed from its <body> tag on when its head is damaged: a <title> left open (cut off or
    garbled in the saving) runs to the end of the page and holds all of it, with no body left to read."""
    from trafilatura.utils import load_html  # noqa: PLC0415  (imported by `read_html`, see there)

    start = text.lower().find("<body")
    if tree is None or start < 0 or tree.find("body") is not None:
        return tree
    repaired = load_html(f"<html>{text[start:]}")
    return tree if repaired is None else repaired


def _story_lines(tree: lxml.html.HtmlElement, lines: list[str], blocks: list[str], config: Config) -> list[str]:
    """Return the story's lines: trafilatura's, else, where it finds no text or only a list of links (an older
    page setting its story in tables among menus and teasers), the blocks the text extractor reads as the story
    among those the page prints. Raise Unreadable for a page with neither, or whose story is links or captions."""
    try:
        if not lines:
            raise Unreadable(_NO_TEXT, _NO_TEXT_HINT)
        _screen_page(tree, lines, config)
    except Unreadable as unread:
        printed = text_story(blocks, config) if not unread.message.startswith(_GALLERY) else []
        if not printed:
            raise
        _screen_page(tree, printed, config)
        return printed
    return lines


def _screen_page(tree: lxml.html.HtmlElement, lines: list[str], config: Config) -> None:
    """Raise Unreadable for a page whose text is mostly its links' or its photos' captions."""
    anchors, captions = _page_texts(tree)
    # An index or a menu: most lines are the words of a link.
    linked = sum(1 for line in lines if line in anchors)
    if len(lines) >= _LIST_MIN_LINES and linked >= config.screen_list_share * len(lines):
        raise Unreadable(
            f"not an article page: a list of links ({linked} of {len(lines)} paragraphs are links)",
            "keep saved pages of single articles only",
        )
    # A gallery: trafilatura runs captions together, so they are measured in words, not lines.
    caption_words = sum(len(c.split()) for c in captions)
    words = sum(len(line.split()) for line in lines)
    if len(captions) >= _LIST_MIN_LINES and caption_words >= config.screen_list_share * words:
        raise Unreadable(
            f"{_GALLERY} ({len(captions)} captions are {caption_words} of its {words} words)",
            "keep saved pages of single articles only",
        )
