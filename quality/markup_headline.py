"""A page's headline as its markup names it, for scoring the headline found in the page's text.

A saved page names its headline up to three times: in ``<meta property="og:title">``, in an ``<h1>``
and in ``<title>``, the last two often with the site's name after a bar or a dash ("Mayor quits |
Harbour Gazette"). One of them alone may be wrong (a logo's ``<h1>``, a title written for search
engines), so a page has a gold headline only where two of them agree once normalised: case, quotes
and spacing aside, one equal to the other or to the other with its trailing parts cut off at " | ",
" - ", " – ", " — ", " :: " or " » " (the site's name, a section's). The gold is the text that
agrees, without the cut parts: the ``<h1>`` where it agrees, else the og:title; and only where the page
prints it as a block of its text (a page may give its og:title and ``<title>`` one text written for search
engines and print another headline over the story).

A headline found in the text is right when it equals the gold once normalised (case, quotes, dashes,
spacing and a closing full stop aside): a headline with a kicker before it or the site's name after it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import lxml.etree
import lxml.html

from newscorpus.load.html_title import headline_key

# Where a title's trailing part (a site's name, a section's) starts.
_SUFFIX = re.compile(r"\s(?:\||-|–|—|::|»)\s")
# Case, quotes, dashes, spacing and a closing full stop aside: as the loader compares a page's titles.
norm = headline_key


def _cuts(text: str) -> list[str]:
    """Return text normalised and every start of it before a trailing part, the longest first."""
    whole = norm(text)
    return [whole, *(norm(text[: m.start()]) for m in reversed(list(_SUFFIX.finditer(text))))]


def _agreed(short: str, other: str) -> bool:
    """Return True when short, normalised, is other or other with its trailing parts cut off."""
    return bool(norm(short)) and norm(short) in _cuts(other)


def markup_titles(page: str) -> tuple[str, str, list[str]]:
    """Return a page's og:title, its ``<title>`` and the texts of its ``<h1>`` elements, spacing collapsed."""
    try:
        root = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return "", "", []
    og = next((str(v) for v in root.xpath('//meta[@property="og:title"]/@content')), "")
    title = next((t.text_content() for t in root.iter("title")), "")
    h1s = [" ".join(h.text_content().split()) for h in root.iter("h1")]
    return " ".join(og.split()), " ".join(title.split()), [h for h in h1s if h]


def gold_headline(page: str, blocks: Sequence[str]) -> str | None:
    """Return the headline two of the page's og:title, ``<h1>`` and ``<title>`` agree on and its text
    blocks print, or None."""
    found = _agreed_headline(*markup_titles(page))
    printed = {norm(b) for b in blocks}
    return found if found is not None and norm(found) in printed else None


def _agreed_headline(og: str, title: str, h1s: list[str]) -> str | None:
    """Return the headline two of og:title, ``<title>`` and the ``<h1>`` texts agree on, or None."""
    for h1 in h1s:
        if _agreed(h1, og) or _agreed(h1, title) or (og and _agreed(og, h1)):
            return h1 if _agreed(h1, og) or _agreed(h1, title) else og
    if og and title and _agreed(og, title) and norm(og) != norm(title):
        return og  # the title is the og:title and the site's name
    if og and norm(og) == norm(title) and not _SUFFIX.search(og):
        return og  # one text, no trailing part it might hold
    return None


def same_headline(found: str | None, gold: str) -> bool:
    """Return True when the headline found equals the gold, case, quotes and spacing aside."""
    return found is not None and norm(found) == norm(gold)
