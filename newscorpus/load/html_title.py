"""A saved page's headline from what its markup names: the heading it prints, not its window title.

A page names its headline up to four times: in ``<meta property="og:title">`` (or ``twitter:title``), in an
``<h1>``, in ``<title>`` and in what trafilatura reads from them. The window title and the og:title often
carry the site's name or a section's beside the headline ("Mayor quits | Harbour Gazette", "Opinion | Mayor
quits", "Mayor quits_English_Xinhua"), and on older pages the window title is the site's name alone. The
headline is taken, in this order:

1. an ``<h1>`` the page's titles also name, whole or with their site or section part cut off (the printed
   heading, with its own case and quotes), one the window title or og:title names before one only
   trafilatura's title names (it may have taken that from the first ``<h1>``, a logo's or a section's); not one
   sharing none of the story's words where the text extractor's headline shares them (a section's, "Sports Wire");
2. the og:title when the window title is it with a part cut off;
3. among the blocks the page prints (``html_blocks``): the one the text extractor reads as the story's
   headline, just above its byline or first paragraph and in the words of its lede, when the titles name it;
   else an element the markup calls the headline (as in 4) that the titles name;
   else a block the titles name that shares the story's words; else the text extractor's headline (a page
   whose window title is the site's name alone: "The Harbour Gazette", "Local News");
4. on a page with no og:title, the first element its markup calls the headline (a class or id such as
   "headline", "storyhead", "articleTitle"), unless it is a list's, a link's or a box holding a deck too;
5. trafilatura's title with a leading or trailing part cut off that is the site's name (``og:site_name``);
6. else trafilatura's title as it is.

A title that is the site's name alone is no headline: then a single ``<h1>`` of three words or more
is taken, else none (the headline is derived from the story, as for a text without one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html

from ..config import Config
from ..extract.headline_shape import stems
from .html_blocks import LEDE_CHARS as _LEDE_CHARS
from .html_blocks import named_block, shares_lede, text_headline

# Where a title's site or section part is set off: a bar, a dash or a colon between spaces, two
# colons or a guillemet, or an underscore ("…_English_Xinhua").
_PARTS = re.compile(r"\s+(?:\||-{1,2}|–|—|::|»|:)\s+|_")
_BRACKETED_END = re.compile(r"\s+\([^()]*\)$")
_QUOTES = str.maketrans("–—‒", "---", "\"'“”‘’«»`´")
# A heading shorter than this (in words) is a logo's or a section's, not a headline; longer, a paragraph's.
_MIN_H1_WORDS = 3
_MAX_HEADLINE_WORDS = 30
# An element the page's own markup calls its headline ("headline", "storyhead", "articleTitle",
# "entry-title", "StoryDetailsHeader"), and the words of a list's items, a link's or a box's.
_MARKED = re.compile(r"headline|(?:story|article|entry|post|report)[-_]?(?:title|head)", re.IGNORECASE)
_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "table", "ul", "ol", "br"})
_LISTED = re.compile(
    r"link|item|list|latest|most|related|teaser|promo|icon|more|nav|gallery|photo|comment", re.IGNORECASE
)


def headline_key(text: str | None) -> str:
    """Return a headline as compared: quotes dropped, dashes alike, spacing collapsed, case folded."""
    return " ".join((text or "").translate(_QUOTES).split()).removesuffix(".").casefold()


def _cuts(text: str) -> Iterator[str]:
    """Yield text and each run of its parts with a leading or trailing part cut off, normalised: joined by a
    space, and as the title prints them, separators kept ("Review – shoots for the moon" of "Review – shoots
    for the moon - Site")."""
    parts = _PARTS.split(text)
    # Where each part starts and ends in the title.
    bounds = [0, *(i for m in _PARTS.finditer(text) for i in (m.start(), m.end())), len(text)]
    yield headline_key(text)
    # A part in brackets after the headline: "Quay reopens (from The Harbour Gazette)".
    yield headline_key(_BRACKETED_END.sub("", text))
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            if (start, end) != (0, len(parts)):
                yield headline_key(" ".join(parts[start:end]))
                yield headline_key(text[bounds[2 * start] : bounds[2 * end - 1]])


def _longer_form(h1: str, h1s: list[str]) -> bool:
    """Return True when h1 is another of the page's <h1> texts with a part added after a bar or a dash."""
    cuts = set(_cuts(h1)) - {headline_key(h1)}
    return any(headline_key(other) in cuts for other in h1s)


def _marked(root: lxml.html.HtmlElement) -> list[str]:
    """Return the texts of the elements the page's markup calls its headline, in page order."""
    found = []
    for element in root.iter():
        names = f"{element.get('class') or ''} {element.get('id') or ''}" if isinstance(element.tag, str) else ""
        # Not a box holding a headline and its deck: its blocks are visited themselves.
        boxed = any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element.iterdescendants())
        if _MARKED.search(names) and not _LISTED.search(names) and not boxed and element.find(".//a") is None:
            text = " ".join(element.text_content().split())
            if _MIN_H1_WORDS <= len(text.split()) <= _MAX_HEADLINE_WORDS:
                found.append(text)
    return found


def _markup(root: lxml.html.HtmlElement) -> tuple[list[str], list[str], list[str]]:
    """Return the page's titles (og:title, twitter:title, ``<title>``), its ``<h1>`` texts and the texts its
    markup calls headlines."""
    meta = root.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    titles = [str(v) for v in meta] + [t.text_content() for t in root.iter("title")]
    h1s = [h.text_content() for h in root.iter("h1")]
    clean = [" ".join(t.split()) for t in titles]
    # A page that gives its headline to social sites (og:title) names it there; its marked boxes are left.
    marked = [] if meta else _marked(root)
    return [t for t in clean if t], [h for h in (" ".join(h.split()) for h in h1s) if h], marked


@dataclass(frozen=True)
class Printed:
    """What a page prints: its text blocks in order, its story's text, the settings of the text extractor and the
    page's address, when its metadata gives one."""

    blocks: list[str]
    story: str
    config: Config
    url: str | None = None


def _named_heading(h1: str, named: set[str], site_names: set[str], printed: Printed | None) -> bool:
    """Return True for an ``<h1>`` the page's titles name that is not the site's name, unless it shares no word of
    the story where the text extractor reads a headline over it that does: a section's or a site's heading the
    window title names too ("Sports Wire" of "example.com - Sports Wire")."""
    key = headline_key(h1)
    if key not in named or key in site_names or len(h1.split()) < 2:
        return False
    if printed is None or not printed.story:
        return True
    text = text_headline(printed.blocks, printed.config, printed.url)
    if shares_lede(h1, printed.story, 1):
        # The text extractor's headline the titles name as well, in more of the story's words, over a section's
        # heading the window title names beside it ("Breaking News" of "Port strike ends - Breaking News - Site").
        return not (text and headline_key(text) in named and _story_words(text, printed) > _story_words(h1, printed))
    return not (text and shares_lede(text, printed.story))


def _story_words(text: str, printed: Printed) -> int:
    """Return how many of the story's first words text shares."""
    return len(stems(text) & stems(printed.story[:_LEDE_CHARS]))


def _printed_headline(
    printed: Printed, named: set[str], titles: list[str], headings: tuple[list[str], list[str]]
) -> str | None:
    """Return the headline among the blocks a page prints: the one the text extractor reads as the headline
    where the page's titles name it, else an element the markup calls the headline (headings: the ``<h1>`` texts
    and those elements') that the titles name, else a block they name that shares the story's words, else the text
    extractor's headline (just above the story's byline or first paragraph, in the words of its lede)."""
    h1s, marked = headings
    found = text_headline(printed.blocks, printed.config, printed.url)
    if found and headline_key(found) in named:
        return found
    agreed = next((m for m in marked if headline_key(m) in named), None)
    if agreed:
        return agreed
    agreed = named_block(printed.blocks, named, headline_key, printed.story)
    if agreed:
        return agreed
    # The text extractor's headline that no title names: not one sharing none of the story's words over a window
    # title that is a headline itself (a consent notice over the story: "Welcome to USA TODAY NETWORK'S
    # EUROPEAN UNION EXPERIENCE"), unless the page prints it as its <h1>.
    unrelated = found is not None and not shares_lede(found, printed.story, 1)
    if found and (found in h1s or not unrelated or not any(shares_lede(t, printed.story) for t in titles)):
        return found
    return None


def _site_cut(title: str, site: str | None) -> str | None:
    """Return title without a leading or trailing part that is the site's name, or None."""
    if site and (lead := re.match(rf"{re.escape(site)}\s*:\s+", title, re.IGNORECASE)):
        return title[lead.end() :].strip()  # "Harbour Gazette: Quay reopens"
    parts = _PARTS.split(title)
    if not site or len(parts) < 2:
        return None
    spans = list(_PARTS.finditer(title))
    if headline_key(parts[-1]) == headline_key(site) or headline_key(site) in headline_key(parts[-1]).split(" - "):
        return title[: spans[-1].start()].strip()
    if headline_key(parts[0]) == headline_key(site):
        return title[spans[0].end() :].strip()
    return None


def page_headline(
    root: lxml.html.HtmlElement, title: str | None, site: str | None, printed: Printed | None = None
) -> str | None:
    """Return the headline of a saved page (its parsed markup), given trafilatura's title and site name and,
    when known, the blocks the page prints and its story's text (see the module's notes)."""
    titles, h1s, marked = _markup(root)
    named = {cut for t in [*titles, *([title] if title else [])] for cut in _cuts(t)}
    site_names = {headline_key(site)} if site else set()
    # trafilatura may take its title from the first <h1> (a logo's, a section's): an <h1> the page's own titles
    # name comes first.
    own = {cut for t in titles for cut in _cuts(t)}
    # Of two <h1>, one the other with a section's part after it ("Mayor quits - Local News"), the shorter first.
    for h1 in sorted(h1s, key=lambda h: (headline_key(h) not in own, _longer_form(h, h1s))):
        if _named_heading(h1, named, site_names, printed):
            return h1
    for og in titles:
        others = {cut for t in titles if t != og for cut in _cuts(t) if cut != headline_key(t)}
        if headline_key(og) in others:
            return og
    found = _printed_headline(printed, named - site_names, titles, (h1s, marked)) if printed is not None else None
    if found:
        return found
    if marked:
        return marked[0]
    if title and headline_key(title) not in site_names:
        return _site_cut(title, site) or title
    headings = [h for h in h1s if len(h.split()) >= _MIN_H1_WORDS]
    return headings[0] if len(headings) == 1 else None
