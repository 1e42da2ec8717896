"""A saved page's text block by block, as a scraper keeps it, and the headline block the page's titles name.

A page printed on screen is a run of blocks: a heading, a paragraph, a menu's entry, a caption. Walking the
markup in order and starting a new block at every element that does so on screen gives the page's text as a
scraper saves it; the text extractor's first step (``newscorpus.extract.page``) then finds the story's
headline among those blocks, just above its byline or first paragraph and written in the words of its lede.

An older page often gives its headline nowhere in its markup but as printed text: its window title is the
site's name ("The Harbour Gazette"), or the headline with the site's or section's name beside it ("Quay
reopens - News - Harbour Gazette"), and no ``<h1>`` or og:title names it. The headline is then the block the
page prints that its titles name, with their site or section part cut off, and that shares the story's words
(a section's label "Top Stories" or "News Article" in the title and on the page shares none), else the block
the text extractor reads as the headline.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import lxml.html

from ..config import Config
from ..extract.gazetteer import load_gazetteer
from ..extract.headline_shape import stems
from ..extract.page import label_page
from ..extract.page_blocks import PROSE_MIN_WORDS
from ..model import PageBlock

# Elements that start a new block of text on screen; inline ones (a, span, b, em, font, ...) continue theirs.
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "br", "button", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "img", "input", "label", "legend"),
        *("li", "main", "nav", "ol", "option", "p", "pre", "section", "select", "table", "tbody", "td"),
        *("textarea", "tfoot", "th", "thead", "title", "tr", "ul"),
    )
)
# Elements whose text is never shown.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "head", "template", "object", "embed", "svg", "map"})
# A headline the titles name shares at least this many of the lede's words, or this share of its own.
_SHARED_WORDS = 2
_SHARED_SHARE = 0.5
# The story's words compared with a headline are those of its first this many characters.
LEDE_CHARS = 1500


def page_blocks(root: lxml.html.HtmlElement) -> list[str]:
    """Return the text blocks of a parsed page in order, spacing collapsed."""
    body = root.find("body")
    blocks: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text:
            blocks.append(text)
        parts.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _HIDDEN_TAGS or not tag:
            if element.tail:
                parts.append(element.tail)
            return
        if tag in _BLOCK_TAGS:
            flush()
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in _BLOCK_TAGS:
            flush()
        if element.tail:
            parts.append(element.tail)

    walk(root if body is None else body)
    flush()
    return blocks


def text_headline(blocks: list[str], config: Config, url: str | None = None) -> str | None:
    """Return the block the text extractor reads as the story's headline among a page's blocks, or None; the
    page's address (url), whose words may name the headline, helps it as it helps a scraped page's."""
    return next((b.text for b in _labelled(blocks, config, url) if b.label == "headline"), None)


def text_story(blocks: list[str], config: Config) -> list[str]:
    """Return the blocks the text extractor reads as the story among a page's blocks (none when it finds no
    paragraph of prose there): the story of a page whose markup hides it from trafilatura."""
    story = [b.text for b in _labelled(blocks, config) if b.label == "story"]
    return story if any(len(b.split()) >= PROSE_MIN_WORDS for b in story) else []


def _labelled(blocks: list[str], config: Config, url: str | None = None) -> tuple[PageBlock, ...]:
    given = load_gazetteer(config.min_place_population).given_names
    return label_page(blocks, config, frozenset(), given, url=url)


def named_block(blocks: list[str], named: Collection[str], key: Callable[[str], str], lede: str) -> str | None:
    """Return the block the page prints that its titles name (``named``: their texts and cuts, as ``key``
    gives them) and that shares the lede's words; of several, the one whose words are most the lede's."""
    words = stems(lede[:LEDE_CHARS])
    best: tuple[float, int, str] | None = None
    for block in blocks:
        if len(block.split()) < 2 or key(block) not in named:
            continue
        share = _lede_share(block, words)
        if share is not None:
            candidate = (share, len(block.split()), block)
            best = candidate if best is None or candidate[:2] > best[:2] else best
    return None if best is None else best[2]


def shares_lede(text: str, lede: str, least: int = _SHARED_WORDS) -> bool:
    """Return True when text shares at least least of the lede's words: two, as a headline does (a site's
    name may share one: "Harbour Gazette" over "The harbour board voted …")."""
    return len(stems(text) & stems(lede[:LEDE_CHARS])) >= least


def _lede_share(text: str, words: set[str]) -> float | None:
    """Return the share of text's words that are the lede's, or None when it shares too few of them."""
    own = stems(text)
    shared = len(own & words)
    share = shared / len(own) if own else 0.0
    return share if shared >= _SHARED_WORDS or (shared and share >= _SHARED_SHARE) else None
